// `kubectl config delete-context --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Delete the specified context from the kubeconfig.\n" +
  "\n" +
  "Examples:\n" +
  "  # Delete the context for the minikube cluster\n" +
  "  kubectl config delete-context minikube\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl config delete-context NAME [options]\n";
