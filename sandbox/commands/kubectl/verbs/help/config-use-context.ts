// `kubectl config use-context --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Set the current-context in a kubeconfig file.\n" +
  "\n" +
  "Aliases:\n" +
  "use-context, use\n" +
  "\n" +
  "Examples:\n" +
  "  # Use the context for the minikube cluster\n" +
  "  kubectl config use-context minikube\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl config use-context CONTEXT_NAME [options]\n";
