// `kubectl cordon` --help text as real kubectl prints it (captured from kubectl v1.32).

export const CORDON = "Mark node as unschedulable.\n" +
  "\n" +
  "Examples:\n" +
  "  # Mark node \"foo\" as unschedulable\n" +
  "  kubectl cordon foo\n" +
  "\n" +
  "Options:\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl cordon NODE [options]\n" +
  "";

// `kubectl uncordon` --help text as real kubectl prints it (captured from kubectl v1.32).

export const UNCORDON = "Mark node as schedulable.\n" +
  "\n" +
  "Examples:\n" +
  "  # Mark node \"foo\" as schedulable\n" +
  "  kubectl uncordon foo\n" +
  "\n" +
  "Options:\n" +
  "    --dry-run='none':\n" +
  "\tMust be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl uncordon NODE [options]\n" +
  "";

