// `kubectl diff` --help text as real kubectl prints it (captured from kubectl v1.32).

export const DIFF = "Diff configurations specified by file name or stdin between the current online configuration, and the configuration as it would be if applied.\n" +
  "\n" +
  " The output is always YAML.\n" +
  "\n" +
  " KUBECTL_EXTERNAL_DIFF environment variable can be used to select your own diff command. Users can use external commands with params too, example: KUBECTL_EXTERNAL_DIFF=\"colordiff -N -u\"\n" +
  "\n" +
  " By default, the \"diff\" command available in your path will be run with the \"-u\" (unified diff) and \"-N\" (treat absent files as empty) options.\n" +
  "\n" +
  " Exit status: 0 No differences were found. 1 Differences were found. >1 Kubectl or diff failed with an error.\n" +
  "\n" +
  " Note: KUBECTL_EXTERNAL_DIFF, if used, is expected to follow that convention.\n" +
  "\n" +
  "Examples:\n" +
  "  # Diff resources included in pod.json\n" +
  "  kubectl diff -f pod.json\n" +
  "  \n" +
  "  # Diff file read from stdin\n" +
  "  cat service.yaml | kubectl diff -f -\n" +
  "\n" +
  "Options:\n" +
  "    --concurrency=1:\n" +
  "\tNumber of objects to process in parallel when diffing against the live version. Larger number = faster, but more memory, I/O and CPU over that shorter period of time.\n" +
  "\n" +
  "    --field-manager='kubectl-client-side-apply':\n" +
  "\tName of the manager used to track field ownership.\n" +
  "\n" +
  "    -f, --filename=[]:\n" +
  "\tFilename, directory, or URL to files contains the configuration to diff\n" +
  "\n" +
  "    --force-conflicts=false:\n" +
  "\tIf true, server-side apply will force the changes against conflicts.\n" +
  "\n" +
  "    -k, --kustomize='':\n" +
  "\tProcess the kustomization directory. This flag can't be used together with -f or -R.\n" +
  "\n" +
  "    --prune=false:\n" +
  "\tInclude resources that would be deleted by pruning. Can be used with -l and default shows all resources would be pruned\n" +
  "\n" +
  "    --prune-allowlist=[]:\n" +
  "\tOverwrite the default allowlist with <group/version/kind> for --prune\n" +
  "\n" +
  "    -R, --recursive=false:\n" +
  "\tProcess the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "    --server-side=false:\n" +
  "\tIf true, apply runs in the server instead of the client.\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, include managed fields in the diff.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl diff -f FILENAME [options]\n" +
  "";
