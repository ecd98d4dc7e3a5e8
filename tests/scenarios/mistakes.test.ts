// Tutorial: the mistakes every learner makes, with the API server's and kubectl's real words and exit codes.

import { describe, expect, it } from 'vitest';
import { err, ok, workstation } from './harness.js';

const POD_TYPO = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    imagee: nginx
`;

const svc = (ports: string, extra = '') => `cat <<EOF | kubectl apply -f -
apiVersion: v1
kind: Service
metadata:
  name: web
spec:${extra}
  selector:
    app: web
  ports:
${ports}
EOF`;

const DNS1123 =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

describe('manifest mistakes', () => {
  it('a typo in a field name is a strict decoding error from the server', async () => {
    const { sh, write, cluster } = workstation();
    write('pod.yaml', POD_TYPO);
    expect(await sh('kubectl apply -f pod.yaml')).toEqual(
      err('Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"\n'),
    );
    const heredoc = `cat <<EOF | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx
    port: 80
  restartPolcy: Never
EOF`;
    expect(await sh(heredoc)).toEqual(
      err('Error from server (BadRequest): error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].port", unknown field "spec.restartPolcy"\n'),
    );
    expect(cluster.store.get('pods', 'default', 'web')).toBeUndefined();
  });

  it('bad indentation and tabs are YAML errors with a line number', async () => {
    const { sh, write } = workstation();
    write('bad.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n spec:\n  containers:\n  - name: nginx\n');
    expect(await sh('kubectl apply -f bad.yaml')).toEqual(err('error: error parsing bad.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n'));
    expect(await sh('printf "apiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: web\\nspec:\\n  containers:\\n  - name: nginx\\n\\timage: nginx\\n" | kubectl apply -f -')).toEqual(
      err('error: error parsing STDIN: error converting YAML to JSON: yaml: line 8: found character that cannot start any token\n'),
    );
    expect(await sh('kubectl apply -f nosuch.yaml')).toEqual(err('error: the path "nosuch.yaml" does not exist\n'));
  });

  it('a wrong kind or apiVersion has no REST mapping', async () => {
    const { sh } = workstation();
    expect(await sh('printf "apiVersion: apps/v1\\nkind: Deploymnt\\nmetadata:\\n  name: web\\n" | kubectl apply -f -')).toEqual(
      err('error: resource mapping not found for name: "web" namespace: "" from "STDIN": no matches for kind "Deploymnt" in version "apps/v1"\nensure CRDs are installed first\n'),
    );
    expect(await sh('printf "apiVersion: v1\\nkind: Deployment\\nmetadata:\\n  name: web\\n" | kubectl apply -f -')).toEqual(
      err('error: resource mapping not found for name: "web" namespace: "" from "STDIN": no matches for kind "Deployment" in version "v1"\nensure CRDs are installed first\n'),
    );
  });

  it('Service ports: out of range, NodePort range, duplicate and unnamed ports', async () => {
    const { sh, cluster } = workstation();
    const before = JSON.stringify(cluster.store.snapshot());
    expect(await sh(svc('  - port: 70000'))).toEqual(
      err('The Service "web" is invalid: \n* spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive\n'),
    );
    expect(await sh(svc('  - port: 80\n    nodePort: 29999', '\n  type: NodePort'))).toEqual(
      err('The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 29999: provided port is not in the valid range. The range of valid ports is 30000-32767\n'),
    );
    expect(await sh(svc('  - name: http\n    port: 80\n  - name: http\n    port: 81'))).toEqual(err('The Service "web" is invalid: spec.ports[1].name: Duplicate value: "http"\n'));
    expect(await sh(svc('  - port: 80\n  - port: 81'))).toEqual(
      err('The Service "web" is invalid: \n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value\n'),
    );
    expect(await sh('kubectl create service nodeport web --tcp=80:80 --node-port=40000')).toEqual(
      err('error: failed to create NodePort service: The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767\n'),
    );
    expect(await sh('kubectl create service clusterip web --tcp=70000:80')).toEqual(err('error: strconv.ParseUint: parsing "70000": value out of range\n'));
    expect(JSON.stringify(cluster.store.snapshot())).toBe(before);
  });

  it('Deployment selector: must match the template, and is immutable on apply', async () => {
    const { sh } = workstation();
    const deploy = (sel: string, lbl: string) => `cat <<EOF | kubectl apply -f -
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: ${sel}
  template:
    metadata:
      labels:
        app: ${lbl}
    spec:
      containers:
      - name: nginx
        image: nginx
EOF`;
    expect(await sh(deploy('web', 'webb'))).toEqual(
      err('The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"webb"}: `selector` does not match template `labels`\n'),
    );
    expect(await sh(deploy('web', 'web'))).toEqual(ok('deployment.apps/web created\n'));
    expect(await sh(deploy('other', 'other'))).toEqual(err('The Deployment "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"other"}}: field is immutable\n'));
    expect(await sh('kubectl get deploy web -o jsonpath={.spec.selector.matchLabels.app}')).toEqual(ok('web'));
  });

  it('names with uppercase letters are invalid, each kind with its own rule', async () => {
    const { sh } = workstation();
    expect(await sh('kubectl create deployment Web --image=nginx')).toEqual(
      err(`error: failed to create deployment: The Deployment "Web" is invalid: metadata.name: Invalid value: "Web": ${DNS1123}\n`),
    );
    expect(await sh('kubectl create ns Bad_NS')).toEqual(
      err(
        `The Namespace "Bad_NS" is invalid: metadata.name: Invalid value: "Bad_NS": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')\n`,
      ),
    );
    expect(await sh('kubectl create service clusterip My_Svc --tcp=80:80')).toEqual(
      err(
        `error: failed to create ClusterIP service: The Service "My_Svc" is invalid: metadata.name: Invalid value: "My_Svc": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')\n`,
      ),
    );
  });
});

describe('command-line mistakes', () => {
  it('missing namespace, missing objects, duplicates', async () => {
    const { sh } = workstation();
    expect(await sh('kubectl get pods -n nosuch')).toEqual(err('No resources found in nosuch namespace.\n', 0));
    expect(await sh('kubectl create deployment web --image=nginx -n nosuch')).toEqual(err('error: failed to create deployment: namespaces "nosuch" not found\n'));
    expect(await sh('kubectl delete pod nosuch')).toEqual(err('Error from server (NotFound): pods "nosuch" not found\n'));
    expect(await sh('kubectl delete deployment nosuch')).toEqual(err('Error from server (NotFound): deployments.apps "nosuch" not found\n'));
    expect(await sh('kubectl get pod nosuch')).toEqual(err('Error from server (NotFound): pods "nosuch" not found\n'));
    expect(await sh('kubectl expose deployment nosuch --port=80')).toEqual(err('Error from server (NotFound): deployments.apps "nosuch" not found\n'));
    expect(await sh('kubectl create deployment web --image=nginx')).toEqual(ok('deployment.apps/web created\n'));
    expect(await sh('kubectl create deployment web --image=nginx')).toEqual(err('error: failed to create deployment: deployments.apps "web" already exists\n'));
  });

  // Flag errors go through cmdutil.CheckErr upstream (`error: …`); the dispatcher build installed here prints cobra's `Error: …`.
  it('flags, resource types and arguments (checked against the real kubectl client)', async () => {
    const { sh } = workstation();
    expect(await sh('kubectl get pods --foo')).toEqual(err("error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"));
    expect(await sh('kubectl get pods -z')).toEqual(err("error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n"));
    expect(await sh('kubectl get pods -n')).toEqual(err("error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n"));
    expect(await sh('kubectl get foos')).toEqual(err('error: the server doesn\'t have a resource type "foos"\n'));
    expect(await sh('kubectl create deployment web')).toEqual(err('E0901 09:01:15.000000   12345 run.go:72] "command failed" err="required flag(s) \\"image\\" not set"\n'));
    expect(await sh('kubectl delete pods')).toEqual(err('error: resource(s) were provided, but no name was specified\n'));
    expect(await sh('kubectl logs')).toEqual(
      err("error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n"),
    );
    expect(await sh('kubectl get deploy web -o yml')).toEqual(
      err(
        'error: unable to match a printer suitable for the output format "yml", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
      ),
    );
  });

  it('an unknown command exits 1 with a suggestion', async () => {
    const { sh } = workstation();
    const r = await sh('kubectl descibe pod x');
    expect(r.exit).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown command "descibe" for "kubectl"\n\nDid you mean this\?\n\tdescribe\n/);
  });
});
