// `kubectl events --help`, as kubectl v1.34 prints it (without the global-options note).

export const help =
  "Display events.\n" +
  "\n" +
  " Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.\n" +
  "\n" +
  "Examples:\n" +
  "  # List recent events in the default namespace\n" +
  "  kubectl events\n" +
  "  \n" +
  "  # List recent events in all namespaces\n" +
  "  kubectl events --all-namespaces\n" +
  "  \n" +
  "  # List recent events for the specified pod, then wait for more events and list them as they arrive\n" +
  "  kubectl events --for pod/web-pod-13je7 --watch\n" +
  "  \n" +
  "  # List recent events in YAML format\n" +
  "  kubectl events -oyaml\n" +
  "  \n" +
  "  # List recent only events of type 'Warning' or 'Normal'\n" +
  "  kubectl events --types=Warning,Normal\n" +
  "\n" +
  "Options:\n" +
  "    -A, --all-namespaces=false:\n" +
  "\tIf present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.\n" +
  "\n" +
  "    --allow-missing-template-keys=true:\n" +
  "\tIf true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.\n" +
  "\n" +
  "    --chunk-size=500:\n" +
  "\tReturn large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.\n" +
  "\n" +
  "    --for='':\n" +
  "\tFilter events to only those pertaining to the specified resource.\n" +
  "\n" +
  "    --no-headers=false:\n" +
  "\tWhen using the default output format, don't print headers.\n" +
  "\n" +
  "    -o, --output='':\n" +
  "\tOutput format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).\n" +
  "\n" +
  "    --show-managed-fields=false:\n" +
  "\tIf true, keep the managedFields when printing objects in JSON or YAML format.\n" +
  "\n" +
  "    --template='':\n" +
  "\tTemplate string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].\n" +
  "\n" +
  "    --types=[]:\n" +
  "\tOutput only events of given types.\n" +
  "\n" +
  "    -w, --watch=false:\n" +
  "\tAfter listing the requested events, watch for more events.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]\n";
