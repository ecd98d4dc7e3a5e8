// `kubectl apply view-last-applied` --help text as real kubectl prints it (captured from kubectl v1.32).

export const APPLY_VIEW_LAST_APPLIED = "View the latest last-applied-configuration annotations by type/name or file.\n" +
  "\n" +
  " The default output will be printed to stdout in YAML format. You can use the -o option to change the output format.\n" +
  "\n" +
  "Examples:\n" +
  "  # View the last-applied-configuration annotations by type/name in YAML\n" +
  "  kubectl apply view-last-applied deployment/nginx\n" +
  "  \n" +
  "  # View the last-applied-configuration annotations by file in JSON\n" +
  "  kubectl apply view-last-applied -f deploy.yaml -o json\n" +
  "\n" +
  "Options:\n" +
  "    --all=false:\n" +
  "\tSelect all resources in the namespace of the specified resource types\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files that contains the last-applied-configuration annotations\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    -o, --output='yaml':\n" +
  "\tOutput format. Must be one of (yaml, json)\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME) [options]\n" +
  "";
