// `kubectl attach` --help text as real kubectl prints it (captured from kubectl v1.32).

export const ATTACH = "Attach to a process that is already running inside an existing container.\n" +
  "\n" +
  "Examples:\n" +
  "  # Get output from running pod mypod; use the 'kubectl.kubernetes.io/default-container' annotation\n" +
  "  # for selecting the container to be attached or the first container in the pod will be chosen\n" +
  "  kubectl attach mypod\n" +
  "  \n" +
  "  # Get output from ruby-container from pod mypod\n" +
  "  kubectl attach mypod -c ruby-container\n" +
  "  \n" +
  "  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod\n" +
  "  # and sends stdout/stderr from 'bash' back to the client\n" +
  "  kubectl attach mypod -c ruby-container -i -t\n" +
  "  \n" +
  "  # Get output from the first pod of a replica set named nginx\n" +
  "  kubectl attach rs/nginx\n" +
  "\n" +
  "Options:\n" +
  "    -c, --container='':\n" +
  "\tContainer name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen\n" +
  "\n" +
  "    --pod-running-timeout=1m0s:\n" +
  "\tThe length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running\n" +
  "\n" +
  "    -q, --quiet=false:\n" +
  "\tOnly print output from the remote session\n" +
  "\n" +
  "    -i, --stdin=false:\n" +
  "\tPass stdin to the container\n" +
  "\n" +
  "    -t, --tty=false:\n" +
  "\tStdin is a TTY\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl attach (POD | TYPE/NAME) -c CONTAINER [options]\n" +
  "";
