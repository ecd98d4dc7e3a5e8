// `kubectl replace` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const REPLACE = "Replace a resource by file name or stdin.\n" +
  "\n" +
  " JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by\n" +
  "\n" +
  "        $ kubectl get TYPE NAME -o yaml\n" +
  "\n" +
  "Examples:\n" +
  "  # Replace a pod using the data in pod.json\n" +
  "  kubectl replace -f ./pod.json\n" +
  "  \n" +
  "  # Replace a pod based on the JSON passed into stdin\n" +
  "  cat pod.json | kubectl replace -f -\n" +
  "  \n" +
  "  # Update a single-container pod's image version (tag) to v4\n" +
  "  kubectl get pod mypod -o yaml | sed 's/\\(image: myimage\\):.*$/\\1:v4/' | kubectl replace -f -\n" +
  "  \n" +
  "  # Force replace, delete and then re-create the resource\n" +
  "  kubectl replace --force -f ./pod.json\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --cascade='background':\n" +
  "\tMust be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-replace':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tThe files that contain the configurations to replace.\n" +
  "\n" +
  "    --force=false:\n" +
  "\tIf true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.\n" +
  "\n" +
  "    --grace-period=-1:\n" +
  "\tPeriod of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess a kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --raw='':\n" +
  "\tRaw URI to PUT to the server.  Uses the transport specified by the kubeconfig file.\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --subresource='':\n" +
  "\tIf specified, replace will operate on the subresource of the requested object. This flag is beta and may change in the future.\n" +
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
  "  kubectl replace -f FILENAME [options]\n" +
  "";

