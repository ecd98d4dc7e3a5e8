// `kubectl config get-users --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Display users defined in the kubeconfig.\n" +
  "\n" +
  "Examples:\n" +
  "  # List the users that kubectl knows about\n" +
  "  kubectl config get-users\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl config get-users [flags] [options]\n";
