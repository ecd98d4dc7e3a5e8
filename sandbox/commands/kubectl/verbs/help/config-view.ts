// `kubectl config view --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Display merged kubeconfig settings or a specified kubeconfig file.\n" +
  "\n" +
  " You can use --output jsonpath={...} to extract specific values using a jsonpath expression.\n" +
  "\n" +
  "Examples:\n" +
  "  # Show merged kubeconfig settings\n" +
  "  kubectl config view\n" +
  "  \n" +
  "  # Show merged kubeconfig settings, raw certificate data, and exposed secrets\n" +
  "  kubectl config view --raw\n" +
  "  \n" +
  "  # Get the password for the e2e user\n" +
  "  kubectl config view -o jsonpath='{.users[?(@.name == \"e2e\")].user.password}'\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --flatten=false:\n" +
  "\tFlatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)\n" +
  "\n" +
  "    --merge=true:\n" +
  "\tMerge the full hierarchy of kubeconfig files\n" +
  "\n" +
  "    --minify=false:\n" +
  "\tRemove all information not used by current-context from the output\n" +
  "\n" +
  "    -o, --output='yaml':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --raw=false:\n" +
  "\tDisplay raw byte data and sensitive data\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl config view [flags] [options]\n";
