// `kubectl patch` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const PATCH = "Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.\n" +
  "\n" +
  " JSON and YAML formats are accepted.\n" +
  "\n" +
  " Note: Strategic merge patch is not supported for custom resources.\n" +
  "\n" +
  "Examples:\n" +
  "  # Partially update a node using a strategic merge patch, specifying the patch as JSON\n" +
  "  kubectl patch node k8s-node-1 -p '{\"spec\":{\"unschedulable\":true}}'\n" +
  "  \n" +
  "  # Partially update a node using a strategic merge patch, specifying the patch as YAML\n" +
  "  kubectl patch node k8s-node-1 -p $'spec:\\n" +
  " unschedulable: true'\n" +
  "  \n" +
  "  # Partially update a node identified by the type and name specified in \"node.json\" using strategic merge patch\n" +
  "  kubectl patch -f node.json -p '{\"spec\":{\"unschedulable\":true}}'\n" +
  "  \n" +
  "  # Update a container's image; spec.containers[*].name is required because it's a merge key\n" +
  "  kubectl patch pod valid-pod -p '{\"spec\":{\"containers\":[{\"name\":\"kubernetes-serve-hostname\",\"image\":\"new image\"}]}}'\n" +
  "  \n" +
  "  # Update a container's image using a JSON patch with positional arrays\n" +
  "  kubectl patch pod valid-pod --type='json' -p='[{\"op\": \"replace\", \"path\": \"/spec/containers/0/image\", \"value\":\"new image\"}]'\n" +
  "  \n" +
  "  # Update a deployment's replicas through the 'scale' subresource using a merge patch\n" +
  "  kubectl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{\"spec\":{\"replicas\":2}}'\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-patch':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to update\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    --local=false:\n" +
  "\tIf true, patch will operate on the content of the file, not the server-side resource.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    -p, --patch='':\n" +
  "\tThe patch to be applied to the resource JSON file.\n" +
  "\n" +
  "    --patch-file='':\n" +
  "\tA file containing a patch to be applied to the resource.\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --subresource='':\n" +
  "\tIf specified, patch will operate on the subresource of the requested object. This flag is beta and may change in the future.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --type='strategic':\n" +
  "\tThe type of patch being provided; one of [json merge strategic]\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]\n" +
  "";

