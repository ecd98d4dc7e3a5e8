// `kubectl version --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Print the client and server version information for the current context.\n" +
  "\n" +
  "Examples:\n" +
  "  # Print the client and server versions for the current context\n" +
  "  kubectl version\n" +
  "\n" +
  "Options:\n" +
  "    --client=false:\n" +
  "\tIf true, shows client version only (no server required).\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOne of 'yaml' or 'json'.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl version [flags] [options]\n";
