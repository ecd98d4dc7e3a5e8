// `kubectl logs` --help text as real kubectl prints it (captured from kubectl v1.32; flags adjusted where 1.34 differs).

export const LOGS = "Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.\n" +
  "\n" +
  "Examples:\n" +
  "  # Return snapshot logs from pod nginx with only one container\n" +
  "  kubectl logs nginx\n" +
  "  \n" +
  "  # Return snapshot logs from pod nginx, prefixing each line with the source pod and container name\n" +
  "  kubectl logs nginx --prefix\n" +
  "  \n" +
  "  # Return snapshot logs from pod nginx, limiting output to 500 bytes\n" +
  "  kubectl logs nginx --limit-bytes=500\n" +
  "  \n" +
  "  # Return snapshot logs from pod nginx, waiting up to 20 seconds for it to start running.\n" +
  "  kubectl logs nginx --pod-running-timeout=20s\n" +
  "  \n" +
  "  # Return snapshot logs from pod nginx with multi containers\n" +
  "  kubectl logs nginx --all-containers=true\n" +
  "  \n" +
  "  # Return snapshot logs from all pods in the deployment nginx\n" +
  "  kubectl logs deployment/nginx --all-pods=true\n" +
  "  \n" +
  "  # Return snapshot logs from all containers in pods defined by label app=nginx\n" +
  "  kubectl logs -l app=nginx --all-containers=true\n" +
  "  \n" +
  "  # Return snapshot logs from all pods defined by label app=nginx, limiting concurrent log requests to 10 pods\n" +
  "  kubectl logs -l app=nginx --max-log-requests=10\n" +
  "  \n" +
  "  # Return snapshot of previous terminated ruby container logs from pod web-1\n" +
  "  kubectl logs -p -c ruby web-1\n" +
  "  \n" +
  "  # Begin streaming the logs from pod nginx, continuing even if errors occur\n" +
  "  kubectl logs nginx -f --ignore-errors=true\n" +
  "  \n" +
  "  # Begin streaming the logs of the ruby container in pod web-1\n" +
  "  kubectl logs -f -c ruby web-1\n" +
  "  \n" +
  "  # Begin streaming the logs from all containers in pods defined by label app=nginx\n" +
  "  kubectl logs -f -l app=nginx --all-containers=true\n" +
  "  \n" +
  "  # Display only the most recent 20 lines of output in pod nginx\n" +
  "  kubectl logs --tail=20 nginx\n" +
  "  \n" +
  "  # Show all logs from pod nginx written in the last hour\n" +
  "  kubectl logs --since=1h nginx\n" +
  "  \n" +
  "  # Show all logs with timestamps from pod nginx starting from August 30, 2024, at 06:00:00 UTC\n" +
  "  kubectl logs nginx --since-time=2024-08-30T06:00:00Z --timestamps=true\n" +
  "  \n" +
  "  # Show logs from a kubelet with an expired serving certificate\n" +
  "  kubectl logs --insecure-skip-tls-verify-backend nginx\n" +
  "  \n" +
  "  # Return snapshot logs from first container of a job named hello\n" +
  "  kubectl logs job/hello\n" +
  "  \n" +
  "  # Return snapshot logs from container nginx-1 of a deployment named nginx\n" +
  "  kubectl logs deployment/nginx -c nginx-1\n" +
  "\n" +
  "Options:\n" +
  "    --all-containers=false:\n" +
  "\tGet all containers' logs in the pod(s).\n" +
  "\n" +
  "    --all-pods=false:\n" +
  "\tGet logs from all pod(s). Sets prefix to true.\n" +
  "\n" +
  "    -c, --container='':\n" +
  "\tPrint the logs of this container\n" +
  "\n" +
  "    -f, --follow=false:\n" +
  "\tSpecify if the logs should be streamed.\n" +
  "\n" +
  "    --ignore-errors=false:\n" +
  "\tIf watching / following pod logs, allow for any errors that occur to be non-fatal\n" +
  "\n" +
  "    --insecure-skip-tls-verify-backend=false:\n" +
  "\tSkip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.\n" +
  "\n" +
  "    --limit-bytes=0:\n" +
  "\tMaximum bytes of logs to return. Defaults to no limit.\n" +
  "\n" +
  "    --max-log-requests=5:\n" +
  "\tSpecify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.\n" +
  "\n" +
  "    --pod-running-timeout=20s:\n" +
  "\tThe length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running\n" +
  "\n" +
  "    --prefix=false:\n" +
  "\tPrefix each log line with the log source (pod name and container name)\n" +
  "\n" +
  "    -p, --previous=false:\n" +
  "\tIf true, print the logs for the previous instance of the container in a pod if it exists.\n" +
  "\n" +
  "    -l, --selector='':\n" +
  "\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n" +
  "\n" +
  "    --since=0s:\n" +
  "\tOnly return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.\n" +
  "\n" +
  "    --since-time='':\n" +
  "\tOnly return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.\n" +
  "\n" +
  "    --tail=-1:\n" +
  "\tLines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.\n" +
  "\n" +
  "    --timestamps=false:\n" +
  "\tInclude timestamps on each line in the log output\n" +
  "\n" +
  "Usage:\n" +
  "  kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]\n" +
  "";

