// `kubectl cp` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CP = "Copy files and directories to and from containers.\n" +
  "\n" +
  "Examples:\n" +
  "  # !!!Important Note!!!\n" +
  "  # Requires that the 'tar' binary is present in your container\n" +
  "  # image.  If 'tar' is not present, 'kubectl cp' will fail.\n" +
  "  #\n" +
  "  # For advanced use cases, such as symlinks, wildcard expansion or\n" +
  "  # file mode preservation, consider using 'kubectl exec'.\n" +
  "  \n" +
  "  # Copy /tmp/foo local file to /tmp/bar in a remote pod in namespace <some-namespace>\n" +
  "  tar cf - /tmp/foo | kubectl exec -i -n <some-namespace> <some-pod> -- tar xf - -C /tmp/bar\n" +
  "  \n" +
  "  # Copy /tmp/foo from a remote pod to /tmp/bar locally\n" +
  "  kubectl exec -n <some-namespace> <some-pod> -- tar cf - /tmp/foo | tar xf - -C /tmp/bar\n" +
  "  \n" +
  "  # Copy /tmp/foo_dir local directory to /tmp/bar_dir in a remote pod in the default namespace\n" +
  "  kubectl cp /tmp/foo_dir <some-pod>:/tmp/bar_dir\n" +
  "  \n" +
  "  # Copy /tmp/foo local file to /tmp/bar in a remote pod in a specific container\n" +
  "  kubectl cp /tmp/foo <some-pod>:/tmp/bar -c <specific-container>\n" +
  "  \n" +
  "  # Copy /tmp/foo local file to /tmp/bar in a remote pod in namespace <some-namespace>\n" +
  "  kubectl cp /tmp/foo <some-namespace>/<some-pod>:/tmp/bar\n" +
  "  \n" +
  "  # Copy /tmp/foo from a remote pod to /tmp/bar locally\n" +
  "  kubectl cp <some-namespace>/<some-pod>:/tmp/foo /tmp/bar\n" +
  "\n" +
  "Options:\n" +
  "    -c, --container='':\n" +
  "\tContainer name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen\n" +
  "\n" +
  "    --no-preserve=false:\n" +
  "\tThe copied file/directory's ownership and permissions will not be preserved in the container\n" +
  "\n" +
  "    --retries=0:\n" +
  "\tSet number of retries to complete a copy operation from a container. Specify 0 to disable or any negative value for infinite retrying. The default is 0 (no retry).\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl cp <file-spec-src> <file-spec-dest> [options]\n" +
  "";

