// `kubectl create` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE = "Create a resource from a file or from stdin.\n" +
  "\n" +
  " JSON and YAML formats are accepted.\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a pod using the data in pod.json\n" +
  "  kubectl create -f ./pod.json\n" +
  "  \n" +
  "  # Create a pod based on the JSON passed into stdin\n" +
  "  cat pod.json | kubectl create -f -\n" +
  "  \n" +
  "  # Edit the data in registry.yaml in JSON then create the resource using the edited data\n" +
  "  kubectl create -f registry.yaml --edit -o json\n" +
  "\n" +
  "Available Commands:\n" +
  "  clusterrole           Create a cluster role\n" +
  "  clusterrolebinding    Create a cluster role binding for a particular cluster role\n" +
  "  configmap             Create a config map from a local file, directory or literal value\n" +
  "  cronjob               Create a cron job with the specified name\n" +
  "  deployment            Create a deployment with the specified name\n" +
  "  ingress               Create an ingress with the specified name\n" +
  "  job                   Create a job with the specified name\n" +
  "  namespace             Create a namespace with the specified name\n" +
  "  poddisruptionbudget   Create a pod disruption budget with the specified name\n" +
  "  priorityclass         Create a priority class with the specified name\n" +
  "  quota                 Create a quota with the specified name\n" +
  "  role                  Create a role with single rule\n" +
  "  rolebinding           Create a role binding for a particular role or cluster role\n" +
  "  secret                Create a secret using a specified subcommand\n" +
  "  service               Create a service using a specified subcommand\n" +
  "  serviceaccount        Create a service account with the specified name\n" +
  "  token                 Request a service account token\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --edit=false:\n" +
  "\tEdit the API resource before creating\n" +
  "\n" +
  "    --field-manager='kubectl-create':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files to use to create the resource\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --raw='':\n" +
  "\tRaw URI to POST to the server.  Uses the transport specified by the kubeconfig file.\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "    --windows-line-endings=false:\n" +
  "\tOnly relevant if --edit=true. Defaults to the line ending native to your platform.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create -f FILENAME [options]\n" +
  "\n" +
  "Use \"kubectl create <command> --help\" for more information about a given command.\n" +
  "";

// `kubectl create namespace` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_NAMESPACE = "Create a namespace with the specified name.\n" +
  "\n" +
  "Aliases:\n" +
  "namespace, ns\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a new namespace named my-namespace\n" +
  "  kubectl create namespace my-namespace\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-create':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create namespace NAME [--dry-run=server|client|none] [options]\n" +
  "";

// `kubectl create deployment` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_DEPLOYMENT = "Create a deployment with the specified name.\n" +
  "\n" +
  "Aliases:\n" +
  "deployment, deploy\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a deployment named my-dep that runs the busybox image\n" +
  "  kubectl create deployment my-dep --image=busybox\n" +
  "  \n" +
  "  # Create a deployment with a command\n" +
  "  kubectl create deployment my-dep --image=busybox -- date\n" +
  "  \n" +
  "  # Create a deployment named my-dep that runs the nginx image with 3 replicas\n" +
  "  kubectl create deployment my-dep --image=nginx --replicas=3\n" +
  "  \n" +
  "  # Create a deployment named my-dep that runs the busybox image and expose port 5701\n" +
  "  kubectl create deployment my-dep --image=busybox --port=5701\n" +
  "  \n" +
  "  # Create a deployment named my-dep that runs multiple containers\n" +
  "  kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-create':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    --image=[]:\n" +
  "\tImage names to run. A deployment can have multiple images set for multi-container pod.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --port=-1:\n" +
  "\tThe containerPort that this deployment exposes.\n" +
  "\n" +
  "    -r, --replicas=1:\n" +
  "\tNumber of replicas to create. Default is 1.\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]\n" +
  "";

// `kubectl create configmap` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_CONFIGMAP = "Create a config map based on a file, directory, or specified literal value.\n" +
  "\n" +
  " A single config map may package one or more key/value pairs.\n" +
  "\n" +
  " When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.\n" +
  "\n" +
  " When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).\n" +
  "\n" +
  "Aliases:\n" +
  "configmap, cm\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a new config map named my-config based on folder bar\n" +
  "  kubectl create configmap my-config --from-file=path/to/bar\n" +
  "  \n" +
  "  # Create a new config map named my-config with specified keys instead of file basenames on disk\n" +
  "  kubectl create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt\n" +
  "  \n" +
  "  # Create a new config map named my-config with key1=config1 and key2=config2\n" +
  "  kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2\n" +
  "  \n" +
  "  # Create a new config map named my-config from the key=value pairs in the file\n" +
  "  kubectl create configmap my-config --from-file=path/to/bar\n" +
  "  \n" +
  "  # Create a new config map named my-config from an env file\n" +
  "  kubectl create configmap my-config --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --append-hash=false:\n" +
  "\tAppend a hash of the configmap to its name.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-create':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    --from-env-file=[]:\n" +
  "\tSpecify the path to a file to read lines of key=val pairs to create a configmap.\n" +
  "\n" +
  "    --from-file=[]:\n" +
  "\tKey file can be specified using its file path, in which case file basename will be used as configmap key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid configmap key.\n" +
  "\n" +
  "    --from-literal=[]:\n" +
  "\tSpecify a key and literal value to insert in configmap (i.e. mykey=somevalue)\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]\n" +
  "";

// `kubectl create serviceaccount` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_SERVICEACCOUNT = "Create a service account with the specified name.\n" +
  "\n" +
  "Aliases:\n" +
  "serviceaccount, sa\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a new service account named my-service-account\n" +
  "  kubectl create serviceaccount my-service-account\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-create':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create serviceaccount NAME [--dry-run=server|client|none] [options]\n" +
  "";

// `kubectl create ingress` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_INGRESS = "Create an ingress with the specified name.\n" +
  "\n" +
  "Aliases:\n" +
  "ingress, ing\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a single ingress called 'simple' that directs requests to foo.com/bar to svc\n" +
  "  # svc1:8080 with a TLS secret \"my-cert\"\n" +
  "  kubectl create ingress simple --rule=\"foo.com/bar=svc1:8080,tls=my-cert\"\n" +
  "  \n" +
  "  # Create a catch all ingress of \"/path\" pointing to service svc:port and Ingress Class as \"otheringress\"\n" +
  "  kubectl create ingress catch-all --class=otheringress --rule=\"/path=svc:port\"\n" +
  "  \n" +
  "  # Create an ingress with two annotations: ingress.annotation1 and ingress.annotations2\n" +
  "  kubectl create ingress annotated --class=default --rule=\"foo.com/bar=svc:port\" \\\n" +
  "  --annotation ingress.annotation1=foo \\\n" +
  "  --annotation ingress.annotation2=bla\n" +
  "  \n" +
  "  # Create an ingress with the same host and multiple paths\n" +
  "  kubectl create ingress multipath --class=default \\\n" +
  "  --rule=\"foo.com/=svc:port\" \\\n" +
  "  --rule=\"foo.com/admin/=svcadmin:portadmin\"\n" +
  "  \n" +
  "  # Create an ingress with multiple hosts and the pathType as Prefix\n" +
  "  kubectl create ingress ingress1 --class=default \\\n" +
  "  --rule=\"foo.com/path*=svc:8080\" \\\n" +
  "  --rule=\"bar.com/admin*=svc2:http\"\n" +
  "  \n" +
  "  # Create an ingress with TLS enabled using the default ingress certificate and different path types\n" +
  "  kubectl create ingress ingtls --class=default \\\n" +
  "  --rule=\"foo.com/=svc:https,tls\" \\\n" +
  "  --rule=\"foo.com/path/subpath*=othersvc:8080\"\n" +
  "  \n" +
  "  # Create an ingress with TLS enabled using a specific secret and pathType as Prefix\n" +
  "  kubectl create ingress ingsecret --class=default \\\n" +
  "  --rule=\"foo.com/*=svc:8080,tls=secret1\"\n" +
  "  \n" +
  "  # Create an ingress with a default backend\n" +
  "  kubectl create ingress ingdefault --class=default \\\n" +
  "  --default-backend=defaultsvc:http \\\n" +
  "  --rule=\"foo.com/*=svc:8080,tls=secret1\"\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --annotation=[]:\n" +
  "\tAnnotation to insert in the ingress object, in the format annotation=value\n" +
  "\n" +
  "    --class='':\n" +
  "\tIngress Class to be used\n" +
  "\n" +
  "    --default-backend='':\n" +
  "\tDefault service for backend, in format of svcname:port\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-create':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --rule=[]:\n" +
  "\tRule in format host/path=service:port[,tls=secretname]. Paths containing the leading character '*' are considered pathType=Prefix. tls argument is optional.\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]]  [options]\n" +
  "";

// `kubectl create service` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_SERVICE = "Create a service using a specified subcommand.\n" +
  "\n" +
  "Aliases:\n" +
  "service, svc\n" +
  "\n" +
  "Available Commands:\n" +
  "  clusterip      Create a ClusterIP service\n" +
  "  externalname   Create an ExternalName service\n" +
  "  loadbalancer   Create a LoadBalancer service\n" +
  "  nodeport       Create a NodePort service\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create service [flags] [options]\n" +
  "\n" +
  "Use \"kubectl create service <command> --help\" for more information about a given command.\n" +
  "";

// `kubectl create service clusterip` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_SERVICE_CLUSTERIP = "Create a ClusterIP service with the specified name.\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a new ClusterIP service named my-cs\n" +
  "  kubectl create service clusterip my-cs --tcp=5678:8080\n" +
  "  \n" +
  "  # Create a new ClusterIP service named my-cs (in headless mode)\n" +
  "  kubectl create service clusterip my-cs --clusterip=\"None\"\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --clusterip='':\n" +
  "\tAssign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing).\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-create':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --tcp=[]:\n" +
  "\tPort pairs can be specified as '<port>:<targetPort>'.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create service clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none] [options]\n" +
  "";

// `kubectl create service nodeport` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_SERVICE_NODEPORT = "Create a NodePort service with the specified name.\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a new NodePort service named my-ns\n" +
  "  kubectl create service nodeport my-ns --tcp=5678:8080\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-create':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    --node-port=0:\n" +
  "\tPort used to expose the service on each node in a cluster.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --tcp=[]:\n" +
  "\tPort pairs can be specified as '<port>:<targetPort>'.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create service nodeport NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]\n" +
  "";

// `kubectl create service loadbalancer` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_SERVICE_LOADBALANCER = "Create a LoadBalancer service with the specified name.\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a new LoadBalancer service named my-lbs\n" +
  "  kubectl create service loadbalancer my-lbs --tcp=5678:8080\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-create':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --tcp=[]:\n" +
  "\tPort pairs can be specified as '<port>:<targetPort>'.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create service loadbalancer NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]\n" +
  "";

// `kubectl create service externalname` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_SERVICE_EXTERNALNAME = "Create an ExternalName service with the specified name.\n" +
  "\n" +
  " ExternalName service references to an external DNS address instead of only pods, which will allow application authors to reference services that exist off platform, on other clusters, or locally.\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a new ExternalName service named my-ns\n" +
  "  kubectl create service externalname my-ns --external-name bar.com\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --external-name='':\n" +
  "\tExternal name of service\n" +
  "\n" +
  "    --field-manager='kubectl-create':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --tcp=[]:\n" +
  "\tPort pairs can be specified as '<port>:<targetPort>'.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create service externalname NAME --external-name external.name [--dry-run=server|client|none] [options]\n" +
  "";

// `kubectl create secret` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_SECRET = "Create a secret with specified type.\n" +
  "\n" +
  " A docker-registry type secret is for accessing a container registry.\n" +
  "\n" +
  " A generic type secret indicate an Opaque secret type.\n" +
  "\n" +
  " A tls type secret holds TLS certificate and its associated key.\n" +
  "\n" +
  "Available Commands:\n" +
  "  docker-registry   Create a secret for use with a Docker registry\n" +
  "  generic           Create a secret from a local file, directory, or literal value\n" +
  "  tls               Create a TLS secret\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create secret (docker-registry | generic | tls) [options]\n" +
  "\n" +
  "Use \"kubectl create secret <command> --help\" for more information about a given command.\n" +
  "";

// `kubectl create secret generic` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_SECRET_GENERIC = "Create a secret based on a file, directory, or specified literal value.\n" +
  "\n" +
  " A single secret may package one or more key/value pairs.\n" +
  "\n" +
  " When creating a secret based on a file, the key will default to the basename of the file, and the value will default to the file content. If the basename is an invalid key or you wish to chose your own, you may specify an alternate key.\n" +
  "\n" +
  " When creating a secret based on a directory, each file whose basename is a valid key in the directory will be packaged into the secret. Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a new secret named my-secret with keys for each file in folder bar\n" +
  "  kubectl create secret generic my-secret --from-file=path/to/bar\n" +
  "  \n" +
  "  # Create a new secret named my-secret with specified keys instead of names on disk\n" +
  "  kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-file=ssh-publickey=path/to/id_rsa.pub\n" +
  "  \n" +
  "  # Create a new secret named my-secret with key1=supersecret and key2=topsecret\n" +
  "  kubectl create secret generic my-secret --from-literal=key1=supersecret --from-literal=key2=topsecret\n" +
  "  \n" +
  "  # Create a new secret named my-secret using a combination of a file and a literal\n" +
  "  kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-literal=passphrase=topsecret\n" +
  "  \n" +
  "  # Create a new secret named my-secret from env files\n" +
  "  kubectl create secret generic my-secret --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --append-hash=false:\n" +
  "\tAppend a hash of the secret to its name.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-create':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    --from-env-file=[]:\n" +
  "\tSpecify the path to a file to read lines of key=val pairs to create a secret.\n" +
  "\n" +
  "    --from-file=[]:\n" +
  "\tKey files can be specified using their file path, in which case a default name will be given to them, or optionally with a name and file path, in which case the given name will be used.  Specifying a directory will iterate each named file in the directory that is a valid secret key.\n" +
  "\n" +
  "    --from-literal=[]:\n" +
  "\tSpecify a key and literal value to insert in secret (i.e. mykey=somevalue)\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --type='':\n" +
  "\tThe type of secret to create\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]\n" +
  "";

// `kubectl create secret tls` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const CREATE_SECRET_TLS = "Create a TLS secret from the given public/private key pair.\n" +
  "\n" +
  " The public/private key pair must exist beforehand. The public key certificate must be .PEM encoded and match the given private key.\n" +
  "\n" +
  "Examples:\n" +
  "  # Create a new TLS secret named tls-secret with the given key pair\n" +
  "  kubectl create secret tls tls-secret --cert=path/to/tls.crt --key=path/to/tls.key\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --append-hash=false:\n" +
  "\tAppend a hash of the secret to its name.\n" +
  "\n" +
  "    --cert='':\n" +
  "\tPath to PEM encoded public key certificate.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-create':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    --key='':\n" +
  "\tPath to private key associated with given certificate.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --save-config=false:\n" +
  "\tIf true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --validate='strict':\n" +
  "\tMust be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options]\n" +
  "";

