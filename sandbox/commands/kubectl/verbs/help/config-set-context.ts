// `kubectl config set-context --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Set a context entry in kubeconfig.\n" +
  "\n" +
  " Specifying a name that already exists will merge new fields on top of existing values for those fields.\n" +
  "\n" +
  "Examples:\n" +
  "  # Set the user field on the gce context entry without touching other values\n" +
  "  kubectl config set-context gce --user=cluster-admin\n" +
  "\n" +
  "Options:\n" +
  "    --cluster='':\n" +
  "\tcluster for the context entry in kubeconfig\n" +
  "\n" +
  "    --current=false:\n" +
  "\tModify the current context\n" +
  "\n" +
  "    --namespace='':\n" +
  "\tnamespace for the context entry in kubeconfig\n" +
  "\n" +
  "    --user='':\n" +
  "\tuser for the context entry in kubeconfig\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]\n";
