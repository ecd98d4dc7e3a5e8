// `kubectl config --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Modify kubeconfig files using subcommands like \"kubectl config set current-context my-context\".\n" +
  "\n" +
  " The loading order follows these rules:\n" +
  "\n" +
  "  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.\n" +
  "  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.\n" +
  "  3.  Otherwise, ${HOME}/.kube/config is used and no merging takes place.\n" +
  "\n" +
  "Available Commands:\n" +
  "  current-context   Display the current-context\n" +
  "  delete-cluster    Delete the specified cluster from the kubeconfig\n" +
  "  delete-context    Delete the specified context from the kubeconfig\n" +
  "  delete-user       Delete the specified user from the kubeconfig\n" +
  "  get-clusters      Display clusters defined in the kubeconfig\n" +
  "  get-contexts      Describe one or many contexts\n" +
  "  get-users         Display users defined in the kubeconfig\n" +
  "  rename-context    Rename a context from the kubeconfig file\n" +
  "  set               Set an individual value in a kubeconfig file\n" +
  "  set-cluster       Set a cluster entry in kubeconfig\n" +
  "  set-context       Set a context entry in kubeconfig\n" +
  "  set-credentials   Set a user entry in kubeconfig\n" +
  "  unset             Unset an individual value in a kubeconfig file\n" +
  "  use-context       Set the current-context in a kubeconfig file\n" +
  "  view              Display merged kubeconfig settings or a specified kubeconfig file\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl config SUBCOMMAND [options]\n" +
  "\n" +
  "Use \"kubectl config <command> --help\" for more information about a given command.\n";
