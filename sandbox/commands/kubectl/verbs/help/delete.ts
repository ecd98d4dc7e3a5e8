// `kubectl delete` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const DELETE = "Delete resources by file names, stdin, resources and names, or by resources and label selector.\n" +
  "\n" +
  " JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.\n" +
  "\n" +
  " Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.\n" +
  "\n" +
  " IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can leave those processes running until the node detects the deletion and completes graceful deletion. If your processes use shared storage or talk to a remote API and depend on the name of the pod to identify themselves, force deleting those pods may result in multiple processes running on different machines using the same identification which may lead to data corruption or inconsistency. Only force delete pods when you are sure the pod is terminated, or if your application can tolerate multiple copies of the same pod running at once. Also, if you force delete pods, the scheduler may place new pods on those nodes before the node has released those resources and causing those pods to be evicted immediately.\n" +
  "\n" +
  " Note that the delete command does NOT do resource version checks, so if someone submits an update to a resource right when you submit a delete, their update will be lost along with the rest of the resource.\n" +
  "\n" +
  " After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up to 6 hours. If you don't want to wait, you might want to run \"kubectl api-resources\" to refresh the discovery cache.\n" +
  "\n" +
  "Examples:\n" +
  "  # Delete a pod using the type and name specified in pod.json\n" +
  "  kubectl delete -f ./pod.json\n" +
  "  \n" +
  "  # Delete resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml\n" +
  "  kubectl delete -k dir\n" +
  "  \n" +
  "  # Delete resources from all files that end with '.json'\n" +
  "  kubectl delete -f '*.json'\n" +
  "  \n" +
  "  # Delete a pod based on the type and name in the JSON passed into stdin\n" +
  "  cat pod.json | kubectl delete -f -\n" +
  "  \n" +
  "  # Delete pods and services with same names \"baz\" and \"foo\"\n" +
  "  kubectl delete pod,service baz foo\n" +
  "  \n" +
  "  # Delete pods and services with label name=myLabel\n" +
  "  kubectl delete pods,services -l name=myLabel\n" +
  "  \n" +
  "  # Delete a pod with minimal delay\n" +
  "  kubectl delete pod foo --now\n" +
  "  \n" +
  "  # Force delete a pod on a dead node\n" +
  "  kubectl delete pod foo --force\n" +
  "  \n" +
  "  # Delete all pods\n" +
  "  kubectl delete pods --all\n" +
  "  \n" +
  "  # Delete all pods only if the user confirms the deletion\n" +
  "  kubectl delete pods --all --interactive\n" +
  "\n" +
  "Options:\n" +
  "    --all=false:\n" +
  "\tDelete all resources, in the namespace of the specified resource types.\n" +
  "\n" +
  "    -A, --all-namespaces=false:\n" +
  "\tIf present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.\n" +
  "\n" +
  "    --cascade='background':\n" +
  "\tMust be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-selector='':\n" +
  "\tSelector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tcontaining the resource to delete.\n" +
  "\n" +
  "    --force=false:\n" +
  "\tIf true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.\n" +
  "\n" +
  "    --grace-period=-1:\n" +
  "\tPeriod of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).\n" +
  "\n" +
  "    --ignore-not-found=false:\n" +
  "\tTreat \"resource not found\" as a successful delete. Defaults to \"true\" when --all is specified.\n" +
  "\n" +
  "    -i, --interactive=false:\n" +
  "\tIf true, delete resource only when user confirms.\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess a kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    --now=false:\n" +
  "\tIf true, resources are signaled for immediate shutdown (same as --grace-period=1).\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput mode. Use \"-o name\" for shorter output (resource/name).\n" +
  "\n" +
  "    --raw='':\n" +
  "\tRaw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file.\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "    --timeout=0s:\n" +
  "\tThe length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object\n" +
  "\n" +
  "    --wait=true:\n" +
  "\tIf true, wait for resources to be gone before returning. This waits for finalizers.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]\n" +
  "";

