// `kubectl rollout` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const ROLLOUT = "Manage the rollout of one or many resources.\n" +
  "        \n" +
  " Valid resource types include:\n" +
  "\n" +
  "  *  deployments\n" +
  "  *  daemonsets\n" +
  "  *  statefulsets\n" +
  "\n" +
  "Examples:\n" +
  "  # Rollback to the previous deployment\n" +
  "  kubectl rollout undo deployment/abc\n" +
  "  \n" +
  "  # Check the rollout status of a daemonset\n" +
  "  kubectl rollout status daemonset/foo\n" +
  "  \n" +
  "  # Restart a deployment\n" +
  "  kubectl rollout restart deployment/abc\n" +
  "  \n" +
  "  # Restart deployments with the 'app=nginx' label\n" +
  "  kubectl rollout restart deployment --selector=app=nginx\n" +
  "\n" +
  "Available Commands:\n" +
  "  history       View rollout history\n" +
  "  pause         Mark the provided resource as paused\n" +
  "  restart       Restart a resource\n" +
  "  resume        Resume a paused resource\n" +
  "  status        Show the status of the rollout\n" +
  "  undo          Undo a previous rollout\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl rollout SUBCOMMAND [options]\n" +
  "\n" +
  "Use \"kubectl rollout <command> --help\" for more information about a given command.\n" +
  "";

// `kubectl rollout status` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const ROLLOUT_STATUS = "Show the status of the rollout.\n" +
  "\n" +
  " By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.\n" +
  "\n" +
  "Examples:\n" +
  "  # Watch the rollout status of a deployment\n" +
  "  kubectl rollout status deployment/nginx\n" +
  "\n" +
  "Options:\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to get from a server.\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    --revision=0:\n" +
  "\tPin to a specific revision for showing its status. Defaults to 0 (last revision).\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "    --timeout=0s:\n" +
  "\tThe length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).\n" +
  "\n" +
  "    -w, --watch=true:\n" +
  "\tWatch the status of the rollout until it's done.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]\n" +
  "";

// `kubectl rollout restart` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const ROLLOUT_RESTART = "Restart a resource.\n" +
  "\n" +
  "        Resource rollout will be restarted.\n" +
  "\n" +
  "Examples:\n" +
  "  # Restart all deployments in the test-namespace namespace\n" +
  "  kubectl rollout restart deployment -n test-namespace\n" +
  "  \n" +
  "  # Restart a deployment\n" +
  "  kubectl rollout restart deployment/nginx\n" +
  "  \n" +
  "  # Restart a daemon set\n" +
  "  kubectl rollout restart daemonset/abc\n" +
  "  \n" +
  "  # Restart deployments with the app=nginx label\n" +
  "  kubectl rollout restart deployment --selector=app=nginx\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --field-manager='kubectl-rollout':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to get from a server.\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
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
  "  kubectl rollout restart RESOURCE [options]\n" +
  "";

// `kubectl rollout undo` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const ROLLOUT_UNDO = "Roll back to a previous rollout.\n" +
  "\n" +
  "Examples:\n" +
  "  # Roll back to the previous deployment\n" +
  "  kubectl rollout undo deployment/abc\n" +
  "  \n" +
  "  # Roll back to daemonset revision 3\n" +
  "  kubectl rollout undo daemonset/abc --to-revision=3\n" +
  "  \n" +
  "  # Roll back to the previous deployment with dry-run\n" +
  "  kubectl rollout undo --dry-run=server deployment/abc\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to get from a server.\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
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
  "    --to-revision=0:\n" +
  "\tThe revision to rollback to. Default to 0 (last revision).\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]\n" +
  "";

// `kubectl rollout history` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const ROLLOUT_HISTORY = "View previous rollout revisions and configurations.\n" +
  "\n" +
  "Examples:\n" +
  "  # View the rollout history of a deployment\n" +
  "  kubectl rollout history deployment/abc\n" +
  "  \n" +
  "  # View the details of daemonset revision 3\n" +
  "  kubectl rollout history daemonset/abc --revision=3\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to get from a server.\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    --revision=0:\n" +
  "\tSee the details, including podTemplate of the revision specified\n" +
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
  "  kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]\n" +
  "";

// `kubectl rollout pause` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const ROLLOUT_PAUSE = "Mark the provided resource as paused.\n" +
  "\n" +
  " Paused resources will not be reconciled by a controller. Use \"kubectl rollout resume\" to resume a paused resource. Currently only deployments support being paused.\n" +
  "\n" +
  "Examples:\n" +
  "  # Mark the nginx deployment as paused\n" +
  "  # Any current state of the deployment will continue its function; new updates\n" +
  "  # to the deployment will not have an effect as long as the deployment is paused\n" +
  "  kubectl rollout pause deployment/nginx\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --field-manager='kubectl-rollout':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to get from a server.\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
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
  "  kubectl rollout pause RESOURCE [options]\n" +
  "";

// `kubectl rollout resume` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const ROLLOUT_RESUME = "Resume a paused resource.\n" +
  "\n" +
  " Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.\n" +
  "\n" +
  "Examples:\n" +
  "  # Resume an already paused deployment\n" +
  "  kubectl rollout resume deployment/nginx\n" +
  "\n" +
  "Options:\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --field-manager='kubectl-rollout':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files identifying the resource to get from a server.\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
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
  "  kubectl rollout resume RESOURCE [options]\n" +
  "";

