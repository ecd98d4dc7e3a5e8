// `kubectl expose` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const EXPOSE = "Expose a resource as a new Kubernetes service.\n" +
  "\n" +
  " Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.\n" +
  "\n" +
  " Possible resources include (case insensitive):\n" +
  "\n" +
  " pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a service for a replicated nginx, which serves on port 80 and connects to the containers on port 8000\n" +
  "  kubectl expose rc nginx --port=80 --target-port=8000\n" +
  "  \n" +
  "  # Create a service for a replication controller identified by type and name specified in \"nginx-controller.yaml\", which serves on port 80 and connects to the containers on port 8000\n" +
  "  kubectl expose -f nginx-controller.yaml --port=80 --target-port=8000\n" +
  "  \n" +
  "  # Create a service for a pod valid-pod, which serves on port 444 with the name \"frontend\"\n" +
  "  kubectl expose pod valid-pod --port=444 --name=frontend\n" +
  "  \n" +
  "  # Create a second service based on the above service, exposing the container port 8443 as port 443 with the name \"nginx-https\"\n" +
  "  kubectl expose service nginx --port=443 --target-port=8443 --name=nginx-https\n" +
  "  \n" +
  "  # Create a service for a replicated streaming application on port 4100 balancing UDP traffic and named 'video-stream'.\n" +
  "  kubectl expose rc streamer --port=4100 --protocol=UDP --name=video-stream\n" +
  "  \n" +
  "  # Create a service for a replicated nginx using replica set, which serves on port 80 and connects to the containers on port 8000\n" +
  "  kubectl expose rs nginx --port=80 --target-port=8000\n" +
  "  \n" +
  "  # Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000\n" +
  "  kubectl expose deployment nginx --port=80 --target-port=8000\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --cluster-ip='':\n" +
  "\tClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --external-ip='':\n" +
  "\tAdditional external IP address (not managed by Kubernetes) to accept for the service. If this IP is routed to a node, the service can be accessed by this IP in addition to its generated service IP.\n" +
  "\n" +
  "    --field-manager='kubectl-expose':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to expose a service\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    -l, --labels='':\n" +
  "\tLabels to apply to the service created by this call.\n" +
  "\n" +
  "    --load-balancer-ip='':\n" +
  "\tIP to assign to the LoadBalancer. If empty, an ephemeral IP will be created and used (cloud-provider specific).\n" +
  "\n" +
  "    --name='':\n" +
  "\tThe name for the newly created object.\n" +
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
  "    --port='':\n" +
  "\tThe port that the service should serve on. Copied from the resource being exposed, if unspecified\n" +
  "\n" +
  "    --protocol='':\n" +
  "\tThe network protocol for the service to be created. Default is 'TCP'.\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --selector='':\n" +
  "\tA label selector to use for this service. Only equality-based selector requirements are supported. If empty (the default) infer the selector from the replication controller or replica set.)\n" +
  "\n" +
  "    --session-affinity='':\n" +
  "\tIf non-empty, set the session affinity for the service to this; legal values: 'None', 'ClientIP'\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --target-port='':\n" +
  "\tName or number for the port on the container that the service should direct traffic to. Optional.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --type='':\n" +
  "\tType for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]\n" +
  "";

