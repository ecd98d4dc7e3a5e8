// `kubectl get --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Display one or many resources.\n" +
  "\n" +
  " Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.\n" +
  "\n" +
  " By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.\n" +
  "\n" +
  "Use \"kubectl api-resources\" for a complete list of supported resources.\n" +
  "\n" +
  "Examples:\n" +
  "  # List all pods in ps output format\n" +
  "  kubectl get pods\n" +
  "  \n" +
  "  # List all pods in ps output format with more information (such as node name)\n" +
  "  kubectl get pods -o wide\n" +
  "  \n" +
  "  # List a single replication controller with specified NAME in ps output format\n" +
  "  kubectl get replicationcontroller web\n" +
  "  \n" +
  "  # List deployments in JSON output format, in the \"v1\" version of the \"apps\" API group\n" +
  "  kubectl get deployments.v1.apps -o json\n" +
  "  \n" +
  "  # List a single pod in JSON output format\n" +
  "  kubectl get -o json pod web-pod-13je7\n" +
  "  \n" +
  "  # List a pod identified by type and name specified in \"pod.yaml\" in JSON output format\n" +
  "  kubectl get -f pod.yaml -o json\n" +
  "  \n" +
  "  # List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml\n" +
  "  kubectl get -k dir/\n" +
  "  \n" +
  "  # Return only the phase value of the specified pod\n" +
  "  kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}\n" +
  "  \n" +
  "  # List resource information in custom columns\n" +
  "  kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image\n" +
  "  \n" +
  "  # List all replication controllers and services together in ps output format\n" +
  "  kubectl get rc,services\n" +
  "  \n" +
  "  # List one or more resources by their type and names\n" +
  "  kubectl get rc/web service/frontend pods/web-pod-13je7\n" +
  "  \n" +
  "  # List the 'status' subresource for a single pod\n" +
  "  kubectl get pod web-pod-13je7 --subresource status\n" +
  "  \n" +
  "  # List all deployments in namespace 'backend'\n" +
  "  kubectl get deployments.apps --namespace backend\n" +
  "  \n" +
  "  # List all pods existing in all namespaces\n" +
  "  kubectl get pods --all-namespaces\n" +
  "\n" +
  "Options:\n" +
  "    -A, --all-namespaces=false:\n" +
  "\tIf present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.\n" +
  "\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --chunk-size=500:\n" +
  "\tReturn large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.\n" +
  "\n" +
  "    --field-selector='':\n" +
  "\tSelector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to get from a server.\n" +
  "\n" +
  "    --ignore-not-found=false:\n" +
  "\tIf the requested object does not exist the command will return exit code 0.\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    -L, --label-columns=[]:\n" +
  "\tAccepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...\n" +
  "\n" +
  "    --no-headers=false:\n" +
  "\tWhen using the default or custom-column output format, don't print headers (default print headers).\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].\n" +
  "\n" +
  "    --output-watch-events=false:\n" +
  "\tOutput watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.\n" +
  "\n" +
  "    --raw='':\n" +
  "\tRaw URI to request from the server.  Uses the transport specified by the kubeconfig file.\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "    --server-print=true:\n" +
  "\tIf true, have the server return the appropriate table output. Supports extension APIs and CRDs.\n" +
  "\n" +
  "    --show-kind=false:\n" +
  "\tIf present, list the resource type for the requested object(s).\n" +
  "\n" +
  "    --show-labels=false:\n" +
  "\tWhen printing, show all labels as the last column (default hide labels column)\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --sort-by='':\n" +
  "\tIf non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string.\n" +
  "\n" +
  "    --subresource='':\n" +
  "\tIf specified, gets the subresource of the requested object. This flag is beta and may change in the future.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    -w, --watch=false:\n" +
  "\tAfter listing/getting the requested object, watch for changes.\n" +
  "\n" +
  "    --watch-only=false:\n" +
  "\tWatch for changes to the requested object(s), without listing/getting first.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]\n";
