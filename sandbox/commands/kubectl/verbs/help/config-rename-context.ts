// `kubectl config rename-context --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Renames a context from the kubeconfig file.\n" +
  "\n" +
  " CONTEXT_NAME is the context name that you want to change.\n" +
  "\n" +
  " NEW_NAME is the new name you want to set.\n" +
  "\n" +
  " Note: If the context being renamed is the 'current-context', this field will also be updated.\n" +
  "\n" +
  "Examples:\n" +
  "  # Rename the context 'old-name' to 'new-name' in your kubeconfig file\n" +
  "  kubectl config rename-context old-name new-name\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl config rename-context CONTEXT_NAME NEW_NAME [options]\n";
