// `kubectl api-versions --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Print the supported API versions on the server, in the form of \"group/version\".\n" +
  "\n" +
  "Examples:\n" +
  "  # Print the supported API versions\n" +
  "  kubectl api-versions\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl api-versions [options]\n";
