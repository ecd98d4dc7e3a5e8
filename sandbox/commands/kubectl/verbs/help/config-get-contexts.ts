// `kubectl config get-contexts --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Display one or many contexts from the kubeconfig file.\n" +
  "\n" +
  "Examples:\n" +
  "  # List all the contexts in your kubeconfig file\n" +
  "  kubectl config get-contexts\n" +
  "  \n" +
  "  # Describe one context in your kubeconfig file\n" +
  "  kubectl config get-contexts my-context\n" +
  "\n" +
  "Options:\n" +
  "    --no-headers=false:\n" +
  "\tWhen using the default or custom-column output format, don't print headers (default print headers).\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (name).\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl config get-contexts [(-o|--output=)name)] [options]\n";
