// `kubectl config get-clusters --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Display clusters defined in the kubeconfig.\n" +
  "\n" +
  "Examples:\n" +
  "  # List the clusters that kubectl knows about\n" +
  "  kubectl config get-clusters\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl config get-clusters [flags] [options]\n";
