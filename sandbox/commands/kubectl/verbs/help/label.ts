// `kubectl label` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const LABEL = "Update the labels on a resource.\n" +
  "\n" +
  "  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.\n" +
  "  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.\n" +
  "  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.\n" +
  "  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.\n" +
  "\n" +
  "Examples:\n" +
  "  # Update pod 'foo' with the label 'unhealthy' and the value 'true'\n" +
  "  kubectl label pods foo unhealthy=true\n" +
  "  \n" +
  "  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value\n" +
  "  kubectl label --overwrite pods foo status=unhealthy\n" +
  "  \n" +
  "  # Update all pods in the namespace\n" +
  "  kubectl label pods --all status=unhealthy\n" +
  "  \n" +
  "  # Update a pod identified by the type and name in \"pod.json\"\n" +
  "  kubectl label -f pod.json status=unhealthy\n" +
  "  \n" +
  "  # Update pod 'foo' only if the resource is unchanged from version 1\n" +
  "  kubectl label pods foo status=unhealthy --resource-version=1\n" +
  "  \n" +
  "  # Update pod 'foo' by removing a label named 'bar' if it exists\n" +
  "  # Does not require the --overwrite flag\n" +
  "  kubectl label pods foo bar-\n" +
  "\n" +
  "Options:\n" +
  "    --all=false:\n" +
  "\tSelect all resources, in the namespace of the specified resource types\n" +
  "\n" +
  "    -A, --all-namespaces=false:\n" +
  "\tIf true, check the specified action in all namespaces.\n" +
  "\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-label':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    --field-selector='':\n" +
  "\tSelector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to update the labels\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    --list=false:\n" +
  "\tIf true, display the labels for a given resource.\n" +
  "\n" +
  "    --local=false:\n" +
  "\tIf true, label will NOT contact api-server but run locally.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --overwrite=false:\n" +
  "\tIf true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    --resource-version='':\n" +
  "\tIf non-empty, the labels update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]\n" +
  "";

