// `kubectl apply` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const APPLY = "Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.\n" +
  "\n" +
  " JSON and YAML formats are accepted.\n" +
  "\n" +
  " Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.\n" +
  "\n" +
  "Examples:\n" +
  "  # Apply the configuration in pod.json to a pod\n" +
  "  kubectl apply -f ./pod.json\n" +
  "  \n" +
  "  # Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml\n" +
  "  kubectl apply -k dir/\n" +
  "  \n" +
  "  # Apply the JSON passed into stdin to a pod\n" +
  "  cat pod.json | kubectl apply -f -\n" +
  "  \n" +
  "  # Apply the configuration from all files that end with '.json'\n" +
  "  kubectl apply -f '*.json'\n" +
  "  \n" +
  "  # Note: --prune is still in Alpha\n" +
  "  # Apply the configuration in manifest.yaml that matches label app=nginx and delete all other resources that are not in the file and match label app=nginx\n" +
  "  kubectl apply --prune -f manifest.yaml -l app=nginx\n" +
  "  \n" +
  "  # Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file\n" +
  "  kubectl apply --prune -f manifest.yaml --all --prune-allowlist=core/v1/ConfigMap\n" +
  "\n" +
  "Available Commands:\n" +
  "  edit-last-applied   Edit latest last-applied-configuration annotations of a resource/object\n" +
  "  set-last-applied    Set the last-applied-configuration annotation on a live object to match the contents of a file\n" +
  "  view-last-applied   View the latest last-applied-configuration annotations of a resource/object\n" +
  "\n" +
  "Options:\n" +
  "    --all=false:\n" +
  "\tSelect all resources in the namespace of the specified resource types.\n" +
  "\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --cascade='background':\n" +
  "\tMust be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-client-side-apply':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tThe files that contain the configurations to apply.\n" +
  "\n" +
  "    --force=false:\n" +
  "\tIf true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.\n" +
  "\n" +
  "    --force-conflicts=false:\n" +
  "\tIf true, server-side apply will force the changes against conflicts.\n" +
  "\n" +
  "    --grace-period=-1:\n" +
  "\tPeriod of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess a kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    --openapi-patch=true:\n" +
  "\tIf true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec. Otherwise, fall back to use baked-in types.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --overwrite=true:\n" +
  "\tAutomatically resolve conflicts between the modified and live configuration by using values from the modified configuration\n" +
  "\n" +
  "    --prune=false:\n" +
  "\tAutomatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.\n" +
  "\n" +
  "    --prune-allowlist=[]:\n" +
  "\tOverwrite the default allowlist with <group/version/kind> for --prune\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "    --server-side=false:\n" +
  "\tIf true, apply runs in the server instead of the client.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --subresource='':\n" +
  "\tIf specified, apply will operate on the subresource of the requested object.  Only allowed when using --server-side. This flag is beta and may change in the future.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --timeout=0s:\n" +
  "\tThe length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "    --wait=false:\n" +
  "\tIf true, wait for resources to be gone before returning. This waits for finalizers.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl apply (-f FILENAME | -k DIRECTORY) [options]\n" +
  "\n" +
  "Use \"kubectl apply <command> --help\" for more information about a given command.\n" +
  "";

