// `kubectl taint` --help text as real kubectl prints it (captured from kubectl v1.32).

export const TAINT = "Update the taints on one or more nodes.\n" +
  "\n" +
  "  *  A taint consists of a key, value, and effect. As an argument here, it is expressed as key=value:effect.\n" +
  "  *  The key must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 253 characters.\n" +
  "  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.\n" +
  "  *  The value is optional. If given, it must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters.\n" +
  "  *  The effect must be NoSchedule, PreferNoSchedule or NoExecute.\n" +
  "  *  Currently taint can only apply to node.\n" +
  "\n" +
  "Examples:\n" +
  "  # Update node 'foo' with a taint with key 'dedicated' and value 'special-user' and effect 'NoSchedule'\n" +
  "  # If a taint with that key and effect already exists, its value is replaced as specified\n" +
  "  kubectl taint nodes foo dedicated=special-user:NoSchedule\n" +
  "  \n" +
  "  # Remove from node 'foo' the taint with key 'dedicated' and effect 'NoSchedule' if one exists\n" +
  "  kubectl taint nodes foo dedicated:NoSchedule-\n" +
  "  \n" +
  "  # Remove from node 'foo' all the taints with key 'dedicated'\n" +
  "  kubectl taint nodes foo dedicated-\n" +
  "  \n" +
  "  # Add a taint with key 'dedicated' on nodes having label myLabel=X\n" +
  "  kubectl taint node -l myLabel=X  dedicated=foo:PreferNoSchedule\n" +
  "  \n" +
  "  # Add to node 'foo' a taint with key 'bar' and no value\n" +
  "  kubectl taint nodes foo bar:NoSchedule\n" +
  "\n" +
  "Options:\n" +
  "    --all=false:\n" +
  "\tSelect all nodes in the cluster\n" +
  "\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-taint':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --overwrite=false:\n" +
  "\tIf true, allow taints to be overwritten, otherwise reject taint updates that overwrite existing taints.\n" +
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
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]\n" +
  "";

