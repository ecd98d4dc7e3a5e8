// `kubectl config current-context --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Display the current-context.\n" +
  "\n" +
  "Examples:\n" +
  "  # Display the current-context\n" +
  "  kubectl config current-context\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl config current-context [flags] [options]\n";
