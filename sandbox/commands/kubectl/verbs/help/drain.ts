// `kubectl drain` --help text as real kubectl prints it (captured from kubectl v1.32).

export const DRAIN = "Drain node in preparation for maintenance.\n" +
  "\n" +
  " The given node will be marked unschedulable to prevent new pods from arriving. 'drain' evicts the pods if the API server supports https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ eviction https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ . Otherwise, it will use normal DELETE to delete the pods. The 'drain' evicts or deletes all pods except mirror pods (which cannot be deleted through the API server).  If there are daemon set-managed pods, drain will not proceed without --ignore-daemonsets, and regardless it will not delete any daemon set-managed pods, because those pods would be immediately replaced by the daemon set controller, which ignores unschedulable markings.  If there are any pods that are neither mirror pods nor managed by a replication controller, replica set, daemon set, stateful set, or job, then drain will not delete any pods unless you use --force.  --force will also allow deletion to proceed if the managing resource of one or more pods is missing.\n" +
  "\n" +
  " 'drain' waits for graceful termination. You should not operate on the machine until the command completes.\n" +
  "\n" +
  " When you are ready to put the node back into service, use kubectl uncordon, which will make the node schedulable again.\n" +
  "\n" +
  "https://kubernetes.io/images/docs/kubectl_drain.svg Workflowhttps://kubernetes.io/images/docs/kubectl_drain.svg\n" +
  "\n" +
  "Examples:\n" +
  "  # Drain node \"foo\", even if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set on it\n" +
  "  kubectl drain foo --force\n" +
  "  \n" +
  "  # As above, but abort if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set, and use a grace period of 15 minutes\n" +
  "  kubectl drain foo --grace-period=900\n" +
  "\n" +
  "Options:\n" +
  "    --chunk-size=500:\n" +
  "\tReturn large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.\n" +
  "\n" +
  "    --delete-emptydir-data=false:\n" +
  "\tContinue even if there are pods using emptyDir (local data that will be deleted when the node is drained).\n" +
  "\n" +
  "    --disable-eviction=false:\n" +
  "\tForce drain to use delete, even if eviction is supported. This will bypass checking PodDisruptionBudgets, use with caution.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --force=false:\n" +
  "\tContinue even if there are pods that do not declare a controller.\n" +
  "\n" +
  "    --grace-period=-1:\n" +
  "\tPeriod of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.\n" +
  "\n" +
  "    --ignore-daemonsets=false:\n" +
  "\tIgnore DaemonSet-managed pods.\n" +
  "\n" +
  "    --pod-selector='':\n" +
  "\tLabel selector to filter pods on the node\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "    --skip-wait-for-delete-timeout=0:\n" +
  "\tIf pod DeletionTimestamp older than N seconds, skip waiting for the pod.  Seconds must be greater than 0 to skip.\n" +
  "\n" +
  "    --timeout=0s:\n" +
  "\tThe length of time to wait before giving up, zero means infinite\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl drain NODE [options]\n" +
  "";
