// `kubectl describe --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Show details of a specific resource or group of resources.\n" +
  "\n" +
  " Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:\n" +
  "\n" +
  "        $ kubectl describe TYPE NAME_PREFIX\n" +
  "        \n" +
  " will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.\n" +
  "\n" +
  "Use \"kubectl api-resources\" for a complete list of supported resources.\n" +
  "\n" +
  "Examples:\n" +
  "  # Describe a node\n" +
  "  kubectl describe nodes kubernetes-node-emt8.c.myproject.internal\n" +
  "  \n" +
  "  # Describe a pod\n" +
  "  kubectl describe pods/nginx\n" +
  "  \n" +
  "  # Describe a pod identified by type and name in \"pod.json\"\n" +
  "  kubectl describe -f pod.json\n" +
  "  \n" +
  "  # Describe all pods\n" +
  "  kubectl describe pods\n" +
  "  \n" +
  "  # Describe pods by label name=myLabel\n" +
  "  kubectl describe pods -l name=myLabel\n" +
  "  \n" +
  "  # Describe all pods managed by the 'frontend' replication controller\n" +
  "  # (rc-created pods get the name of the rc as a prefix in the pod name)\n" +
  "  kubectl describe pods frontend\n" +
  "\n" +
  "Options:\n" +
  "    -A, --all-namespaces=false:\n" +
  "\tIf present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.\n" +
  "\n" +
  "    --chunk-size=500:\n" +
  "\tReturn large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files containing the resource to describe\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "    --show-events=true:\n" +
  "\tIf true, display events related to the described object.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]\n";
