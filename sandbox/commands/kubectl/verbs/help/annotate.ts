// `kubectl annotate` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const ANNOTATE = "Update the annotations on one or more resources.\n" +
  "\n" +
  " All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.\n" +
  "\n" +
  " Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.\n" +
  "\n" +
  "Use \"kubectl api-resources\" for a complete list of supported resources.\n" +
  "\n" +
  "Examples:\n" +
  "  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'\n" +
  "  # If the same annotation is set multiple times, only the last value will be applied\n" +
  "  kubectl annotate pods foo description='my frontend'\n" +
  "  \n" +
  "  # Update a pod identified by type and name in \"pod.json\"\n" +
  "  kubectl annotate -f pod.json description='my frontend'\n" +
  "  \n" +
  "  # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value\n" +
  "  kubectl annotate --overwrite pods foo description='my frontend running nginx'\n" +
  "  \n" +
  "  # Update all pods in the namespace\n" +
  "  kubectl annotate pods --all description='my frontend running nginx'\n" +
  "  \n" +
  "  # Update pod 'foo' only if the resource is unchanged from version 1\n" +
  "  kubectl annotate pods foo description='my frontend running nginx' --resource-version=1\n" +
  "  \n" +
  "  # Update pod 'foo' by removing an annotation named 'description' if it exists\n" +
  "  # Does not require the --overwrite flag\n" +
  "  kubectl annotate pods foo description-\n" +
  "\n" +
  "Options:\n" +
  "    --all=false:\n" +
  "\tSelect all resources, in the namespace of the specified resource types.\n" +
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
  "    --field-manager='kubectl-annotate':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    --field-selector='':\n" +
  "\tSelector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to update the annotation\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    --list=false:\n" +
  "\tIf true, display the annotations for a given resource.\n" +
  "\n" +
  "    --local=false:\n" +
  "\tIf true, annotation will NOT contact api-server but run locally.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --overwrite=false:\n" +
  "\tIf true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations.\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    --resource-version='':\n" +
  "\tIf non-empty, the annotation update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.\n" +
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
  "  kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]\n" +
  "";

