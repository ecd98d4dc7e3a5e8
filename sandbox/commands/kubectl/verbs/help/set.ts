// `kubectl set` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const SET = "Configure application resources.\n" +
  "\n" +
  " These commands help you make changes to existing application resources.\n" +
  "\n" +
  "Available Commands:\n" +
  "  env              Update environment variables on a pod template\n" +
  "  image            Update the image of a pod template\n" +
  "  resources        Update resource requests/limits on objects with pod templates\n" +
  "  selector         Set the selector on a resource\n" +
  "  serviceaccount   Update the service account of a resource\n" +
  "  subject          Update the user, group, or service account in a role binding or cluster role binding\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl set SUBCOMMAND [options]\n" +
  "\n" +
  "Use \"kubectl set <command> --help\" for more information about a given command.\n" +
  "";

// `kubectl set image` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const SET_IMAGE = "Update existing container image(s) of resources.\n" +
  "\n" +
  " Possible resources include (case insensitive):\n" +
  "\n" +
  "        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)\n" +
  "\n" +
  "Examples:\n" +
  "  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'\n" +
  "  kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1\n" +
  "  \n" +
  "  # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'\n" +
  "  kubectl set image deployments,rc nginx=nginx:1.9.1 --all\n" +
  "  \n" +
  "  # Update image of all containers of daemonset abc to 'nginx:1.9.1'\n" +
  "  kubectl set image daemonset abc *=nginx:1.9.1\n" +
  "  \n" +
  "  # Print result (in yaml format) of updating nginx container image from local file, without hitting the server\n" +
  "  kubectl set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml\n" +
  "\n" +
  "Options:\n" +
  "    --all=false:\n" +
  "\tSelect all resources, in the namespace of the specified resource types\n" +
  "\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    --field-manager='kubectl-set':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to get from a server.\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    --local=false:\n" +
  "\tIf true, set image will NOT contact api-server but run locally.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
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
  "Usage:\n" +
  "  kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]\n" +
  "";

// `kubectl set env` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const SET_ENV = "Update environment variables on a pod template.\n" +
  "\n" +
  " List environment variable definitions in one or more pods, pod templates. Add, update, or remove container environment variable definitions in one or more pod templates (within replication controllers or deployment configurations). View or modify the environment variable definitions on all containers in the specified pods or pod templates, or just those that match a wildcard.\n" +
  "\n" +
  " If \"--env -\" is passed, environment variables can be read from STDIN using the standard env syntax.\n" +
  "\n" +
  " Possible resources include (case insensitive):\n" +
  "\n" +
  "        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)\n" +
  "\n" +
  "Examples:\n" +
  "  # Update deployment 'registry' with a new environment variable\n" +
  "  kubectl set env deployment/registry STORAGE_DIR=/local\n" +
  "  \n" +
  "  # List the environment variables defined on a deployments 'sample-build'\n" +
  "  kubectl set env deployment/sample-build --list\n" +
  "  \n" +
  "  # List the environment variables defined on all pods\n" +
  "  kubectl set env pods --all --list\n" +
  "  \n" +
  "  # Output modified deployment in YAML, and does not alter the object on the server\n" +
  "  kubectl set env deployment/sample-build STORAGE_DIR=/data -o yaml\n" +
  "  \n" +
  "  # Update all containers in all replication controllers in the project to have ENV=prod\n" +
  "  kubectl set env rc --all ENV=prod\n" +
  "  \n" +
  "  # Import environment from a secret\n" +
  "  kubectl set env --from=secret/mysecret deployment/myapp\n" +
  "  \n" +
  "  # Import environment from a config map with a prefix\n" +
  "  kubectl set env --from=configmap/myconfigmap --prefix=MYSQL_ deployment/myapp\n" +
  "  \n" +
  "  # Import specific keys from a config map\n" +
  "  kubectl set env --keys=my-example-key --from=configmap/myconfigmap deployment/myapp\n" +
  "  \n" +
  "  # Remove the environment variable ENV from container 'c1' in all deployment configs\n" +
  "  kubectl set env deployments --all --containers=\"c1\" ENV-\n" +
  "  \n" +
  "  # Remove the environment variable ENV from a deployment definition on disk and\n" +
  "  # update the deployment config on the server\n" +
  "  kubectl set env -f deploy.json ENV-\n" +
  "  \n" +
  "  # Set some of the local shell environment into a deployment config on the server\n" +
  "  env | grep RAILS_ | kubectl set env -e - deployment/registry\n" +
  "\n" +
  "Options:\n" +
  "    --all=false:\n" +
  "\tIf true, select all resources in the namespace of the specified resource types\n" +
  "\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    -c, --containers='*':\n" +
  "\tThe names of containers in the selected pod templates to change - may use wildcards\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    -e, --env=[]:\n" +
  "\tSpecify a key-value pair for an environment variable to set into each container.\n" +
  "\n" +
  "    --field-manager='kubectl-set':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files the resource to update the env\n" +
  "\n" +
  "    --from='':\n" +
  "\tThe name of a resource from which to inject environment variables\n" +
  "\n" +
  "    --keys=[]:\n" +
  "\tComma-separated list of keys to import from specified resource\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    --list=false:\n" +
  "\tIf true, display the environment and any changes in the standard format. this flag will removed when we have kubectl view env.\n" +
  "\n" +
  "    --local=false:\n" +
  "\tIf true, set env will NOT contact api-server but run locally.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --overwrite=true:\n" +
  "\tIf true, allow environment to be overwritten, otherwise reject updates that overwrite existing environment.\n" +
  "\n" +
  "    --prefix='':\n" +
  "\tPrefix to append to variable names\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    --resolve=false:\n" +
  "\tIf true, show secret or configmap references when listing variables\n" +
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
  "Usage:\n" +
  "  kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]\n" +
  "";

