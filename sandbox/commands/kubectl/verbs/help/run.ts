// `kubectl run` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const RUN = "Create and run a particular image in a pod.\n" +
  "\n" +
  "Examples:\n" +
  "  # Start a nginx pod\n" +
  "  kubectl run nginx --image=nginx\n" +
  "  \n" +
  "  # Start a hazelcast pod and let the container expose port 5701\n" +
  "  kubectl run hazelcast --image=hazelcast/hazelcast --port=5701\n" +
  "  \n" +
  "  # Start a hazelcast pod and set environment variables \"DNS_DOMAIN=cluster\" and \"POD_NAMESPACE=default\" in the container\n" +
  "  kubectl run hazelcast --image=hazelcast/hazelcast --env=\"DNS_DOMAIN=cluster\" --env=\"POD_NAMESPACE=default\"\n" +
  "  \n" +
  "  # Start a hazelcast pod and set labels \"app=hazelcast\" and \"env=prod\" in the container\n" +
  "  kubectl run hazelcast --image=hazelcast/hazelcast --labels=\"app=hazelcast,env=prod\"\n" +
  "  \n" +
  "  # Dry run; print the corresponding API objects without creating them\n" +
  "  kubectl run nginx --image=nginx --dry-run=client\n" +
  "  \n" +
  "  # Start a nginx pod, but overload the spec with a partial set of values parsed from JSON\n" +
  "  kubectl run nginx --image=nginx --overrides='{ \"apiVersion\": \"v1\", \"spec\": { ... } }'\n" +
  "  \n" +
  "  # Start a busybox pod and keep it in the foreground, don't restart it if it exits\n" +
  "  kubectl run -i -t busybox --image=busybox --restart=Never\n" +
  "  \n" +
  "  # Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command\n" +
  "  kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>\n" +
  "  \n" +
  "  # Start the nginx pod using a different command and custom arguments\n" +
  "  kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --annotations=[]:\n" +
  "\tAnnotations to apply to the pod.\n" +
  "\n" +
  "    --attach=false:\n" +
  "\tIf true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned.\n" +
  "\n" +
  "    --cascade='background':\n" +
  "\tMust be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.\n" +
  "\n" +
  "    --command=false:\n" +
  "\tIf true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --env=[]:\n" +
  "\tEnvironment variables to set in the container.\n" +
  "\n" +
  "    --expose=false:\n" +
  "\tIf true, create a ClusterIP service associated with the pod.  Requires `--port`.\n" +
  "\n" +
  "    --field-manager='kubectl-run':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tto use to replace the resource.\n" +
  "\n" +
  "    --force=false:\n" +
  "\tIf true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.\n" +
  "\n" +
  "    --grace-period=-1:\n" +
  "\tPeriod of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).\n" +
  "\n" +
  "    --image='':\n" +
  "\tThe image for the container to run.\n" +
  "\n" +
  "    --image-pull-policy='':\n" +
  "\tThe image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server.\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess a kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    -l, --labels='':\n" +
  "\tComma separated labels to apply to the pod. Will override previous values.\n" +
  "\n" +
  "    --leave-stdin-open=false:\n" +
  "\tIf the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --override-type='merge':\n" +
  "\tThe method used to override the generated object: json, merge, or strategic.\n" +
  "\n" +
  "    --overrides='':\n" +
  "\tAn inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.\n" +
  "\n" +
  "    --pod-running-timeout=1m0s:\n" +
  "\tThe length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running\n" +
  "\n" +
  "    --port='':\n" +
  "\tThe port that this container exposes.\n" +
  "\n" +
  "    --privileged=false:\n" +
  "\tIf true, run the container in privileged mode.\n" +
  "\n" +
  "    -q, --quiet=false:\n" +
  "\tIf true, suppress prompt messages.\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    --restart='Always':\n" +
  "\tThe restart policy for this Pod.  Legal values [Always, OnFailure, Never].\n" +
  "\n" +
  "    --rm=false:\n" +
  "\tIf true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'.\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    -i, --stdin=false:\n" +
  "\tKeep stdin open on the container in the pod, even if nothing is attached.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --timeout=0s:\n" +
  "\tThe length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object\n" +
  "\n" +
  "    -t, --tty=false:\n" +
  "\tAllocate a TTY for the container in the pod.\n" +
  "\n" +
  "    --wait=false:\n" +
  "\tIf true, wait for resources to be gone before returning. This waits for finalizers.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl run NAME --image=image [--env=\"key=value\"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]\n" +
  "";

