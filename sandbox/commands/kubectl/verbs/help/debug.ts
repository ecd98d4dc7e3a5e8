// `kubectl debug` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const DEBUG = "Debug cluster resources using interactive debugging containers.\n" +
  "\n" +
  " 'debug' provides automation for common debugging tasks for cluster objects identified by resource and name. Pods will be used by default if no resource is specified.\n" +
  "\n" +
  " The action taken by 'debug' varies depending on what resource is specified. Supported actions include:\n" +
  "\n" +
  "  *  Workload: Create a copy of an existing pod with certain attributes changed, for example changing the image tag to a new version.\n" +
  "  *  Workload: Add an ephemeral container to an already running pod, for example to add debugging utilities without restarting the pod.\n" +
  "  *  Node: Create a new pod that runs in the node's host namespaces and can access the node's filesystem.\n" +
  "\n" +
  "Examples:\n" +
  "  # Create an interactive debugging session in pod mypod and immediately attach to it.\n" +
  "  kubectl debug mypod -it --image=busybox\n" +
  "  \n" +
  "  # Create an interactive debugging session for the pod in the file pod.yaml and immediately attach to it.\n" +
  "  # (requires the EphemeralContainers feature to be enabled in the cluster)\n" +
  "  kubectl debug -f pod.yaml -it --image=busybox\n" +
  "  \n" +
  "  # Create a debug container named debugger using a custom automated debugging image.\n" +
  "  kubectl debug --image=myproj/debug-tools -c debugger mypod\n" +
  "  \n" +
  "  # Create a copy of mypod adding a debug container and attach to it\n" +
  "  kubectl debug mypod -it --image=busybox --copy-to=my-debugger\n" +
  "  \n" +
  "  # Create a copy of mypod changing the command of mycontainer\n" +
  "  kubectl debug mypod -it --copy-to=my-debugger --container=mycontainer -- sh\n" +
  "  \n" +
  "  # Create a copy of mypod changing all container images to busybox\n" +
  "  kubectl debug mypod --copy-to=my-debugger --set-image=*=busybox\n" +
  "  \n" +
  "  # Create a copy of mypod adding a debug container and changing container images\n" +
  "  kubectl debug mypod -it --copy-to=my-debugger --image=debian --set-image=app=app:debug,sidecar=sidecar:debug\n" +
  "  \n" +
  "  # Create an interactive debugging session on a node and immediately attach to it.\n" +
  "  # The container will run in the host namespaces and the host's filesystem will be mounted at /host\n" +
  "  kubectl debug node/mynode -it --image=busybox\n" +
  "\n" +
  "Options:\n" +
  "    --arguments-only=false:\n" +
  "\tIf specified, everything after -- will be passed to the new container as Args instead of Command.\n" +
  "\n" +
  "    --attach=false:\n" +
  "\tIf true, wait for the container to start running, and then attach as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true.\n" +
  "\n" +
  "    -c, --container='':\n" +
  "\tContainer name to use for debug container.\n" +
  "\n" +
  "    --copy-to='':\n" +
  "\tCreate a copy of the target Pod with this name.\n" +
  "\n" +
  "    --custom='':\n" +
  "\tPath to a JSON or YAML file containing a partial container spec to customize built-in debug profiles.\n" +
  "\n" +
  "    --env=[]:\n" +
  "\tEnvironment variables to set in the container.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tidentifying the resource to debug\n" +
  "\n" +
  "    --image='':\n" +
  "\tContainer image to use for debug container.\n" +
  "\n" +
  "    --image-pull-policy='':\n" +
  "\tThe image pull policy for the container. If left empty, this value will not be specified by the client and defaulted by the server.\n" +
  "\n" +
  "    --keep-annotations=false:\n" +
  "\tIf true, keep the original pod annotations.(This flag only works when used with '--copy-to')\n" +
  "\n" +
  "    --keep-init-containers=true:\n" +
  "\tRun the init containers for the pod. Defaults to true.(This flag only works when used with '--copy-to')\n" +
  "\n" +
  "    --keep-labels=false:\n" +
  "\tIf true, keep the original pod labels.(This flag only works when used with '--copy-to')\n" +
  "\n" +
  "    --keep-liveness=false:\n" +
  "\tIf true, keep the original pod liveness probes.(This flag only works when used with '--copy-to')\n" +
  "\n" +
  "    --keep-readiness=false:\n" +
  "\tIf true, keep the original pod readiness probes.(This flag only works when used with '--copy-to')\n" +
  "\n" +
  "    --keep-startup=false:\n" +
  "\tIf true, keep the original startup probes.(This flag only works when used with '--copy-to')\n" +
  "\n" +
  "    --profile='legacy':\n" +
  "\tOptions are \"legacy\", \"general\", \"baseline\", \"netadmin\", \"restricted\" or \"sysadmin\".\n" +
  "\n" +
  "    -q, --quiet=false:\n" +
  "\tIf true, suppress informational messages.\n" +
  "\n" +
  "    --replace=false:\n" +
  "\tWhen used with '--copy-to', delete the original Pod.\n" +
  "\n" +
  "    --same-node=false:\n" +
  "\tWhen used with '--copy-to', schedule the copy of target Pod on the same node.\n" +
  "\n" +
  "    --set-image=[]:\n" +
  "\tWhen used with '--copy-to', a list of name=image pairs for changing container images, similar to how 'kubectl set image' works.\n" +
  "\n" +
  "    --share-processes=true:\n" +
  "\tWhen used with '--copy-to', enable process namespace sharing in the copy.\n" +
  "\n" +
  "    -i, --stdin=false:\n" +
  "\tKeep stdin open on the container(s) in the pod, even if nothing is attached.\n" +
  "\n" +
  "    --target='':\n" +
  "\tWhen using an ephemeral container, target processes in this container name.\n" +
  "\n" +
  "    -t, --tty=false:\n" +
  "\tAllocate a TTY for the debugging container.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl debug (POD | TYPE[[.VERSION].GROUP]/NAME) [ -- COMMAND [args...] ] [options]\n" +
  "";

