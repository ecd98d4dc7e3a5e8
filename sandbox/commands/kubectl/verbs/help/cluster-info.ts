// `kubectl cluster-info --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n" +
  "\n" +
  "Examples:\n" +
  "  # Print the address of the control plane and cluster services\n" +
  "  kubectl cluster-info\n" +
  "\n" +
  "Available Commands:\n" +
  "  dump          Dump relevant information for debugging and diagnosis\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl cluster-info [flags] [options]\n" +
  "\n" +
  "Use \"kubectl cluster-info <command> --help\" for more information about a given command.\n";
