// `kubectl scale` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const SCALE = "Set a new size for a deployment, replica set, replication controller, or stateful set.\n" +
  "\n" +
  " Scale also allows users to specify one or more preconditions for the scale action.\n" +
  "\n" +
  " If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.\n" +
  "\n" +
  "Examples:\n" +
  "  # Scale a replica set named 'foo' to 3\n" +
  "  kubectl scale --replicas=3 rs/foo\n" +
  "  \n" +
  "  # Scale a resource identified by type and name specified in \"foo.yaml\" to 3\n" +
  "  kubectl scale --replicas=3 -f foo.yaml\n" +
  "  \n" +
  "  # If the deployment named mysql's current size is 2, scale mysql to 3\n" +
  "  kubectl scale --current-replicas=2 --replicas=3 deployment/mysql\n" +
  "  \n" +
  "  # Scale multiple replication controllers\n" +
  "  kubectl scale --replicas=5 rc/example1 rc/example2 rc/example3\n" +
  "  \n" +
  "  # Scale stateful set named 'web' to 3\n" +
  "  kubectl scale --replicas=3 statefulset/web\n" +
  "\n" +
  "Options:\n" +
  "    --all=false:\n" +
  "\tSelect all resources in the namespace of the specified resource types\n" +
  "\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --current-replicas=-1:\n" +
  "\tPrecondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to set a new size\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    --replicas=0:\n" +
  "\tThe new desired number of replicas. Required.\n" +
  "\n" +
  "    --resource-version='':\n" +
  "\tPrecondition for resource version. Requires that the current resource version match this value in order to scale.\n" +
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
  "    --timeout=0s:\n" +
  "\tThe length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]\n" +
  "";

