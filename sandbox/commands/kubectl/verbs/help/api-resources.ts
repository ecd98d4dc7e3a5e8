// `kubectl api-resources --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Print the supported API resources on the server.\n" +
  "\n" +
  "Examples:\n" +
  "  # Print the supported API resources\n" +
  "  kubectl api-resources\n" +
  "  \n" +
  "  # Print the supported API resources with more information\n" +
  "  kubectl api-resources -o wide\n" +
  "  \n" +
  "  # Print the supported API resources sorted by a column\n" +
  "  kubectl api-resources --sort-by=name\n" +
  "  \n" +
  "  # Print the supported namespaced resources\n" +
  "  kubectl api-resources --namespaced=true\n" +
  "  \n" +
  "  # Print the supported non-namespaced resources\n" +
  "  kubectl api-resources --namespaced=false\n" +
  "  \n" +
  "  # Print the supported API resources with a specific APIGroup\n" +
  "  kubectl api-resources --api-group=rbac.authorization.k8s.io\n" +
  "\n" +
  "Options:\n" +
  "    --api-group='':\n" +
  "\tLimit to resources in the specified API group.\n" +
  "\n" +
  "    --cached=false:\n" +
  "\tUse the cached list of resources if available.\n" +
  "\n" +
  "    --categories=[]:\n" +
  "\tLimit to resources that belong to the specified categories.\n" +
  "\n" +
  "    --namespaced=true:\n" +
  "\tIf false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.\n" +
  "\n" +
  "    --no-headers=false:\n" +
  "\tWhen using the default or custom-column output format, don't print headers (default print headers).\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (wide, name).\n" +
  "\n" +
  "    --sort-by='':\n" +
  "\tIf non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.\n" +
  "\n" +
  "    --verbs=[]:\n" +
  "\tLimit to resources that support the specified verbs.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl api-resources [flags] [options]\n";
