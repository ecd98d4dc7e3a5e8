// Byte-for-byte checks against the transcripts in the reference notes (dns.md §5,
// tools-output.md §1–3), with the notes' Service `web` at 10.96.120.15:80.

import { beforeAll, describe, expect, it } from 'vitest';
import { workstation, type Workstation } from '../../../scenarios/harness.js';

const WEB = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  clusterIP: 10.96.120.15
  selector:
    app: web
  ports:
  - port: 80
`;

interface Fixture {
  source: string;
  pod: string;
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

const FIXTURES: Fixture[] = [
  {
    source: 'dns.md §5, busybox nslookup web from namespace default',
    pod: 'bb',
    command: 'nslookup web',
    stdout:
      'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.120.15\n\n' +
      "** server can't find web.svc.cluster.local: NXDOMAIN\n\n** server can't find web.cluster.local: NXDOMAIN\n\n\n" +
      "** server can't find web.svc.cluster.local: NXDOMAIN\n\n** server can't find web.cluster.local: NXDOMAIN\n\n",
    stderr: '',
    exitCode: 1,
  },
  {
    source: 'dns.md §5, BIND nslookup web',
    pod: 'shoot',
    command: 'nslookup web',
    stdout: 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.120.15\n\n',
    stderr: '',
    exitCode: 0,
  },
  {
    source: 'dns.md §5, BIND nslookup nosuch',
    pod: 'shoot',
    command: 'nslookup nosuch',
    stdout: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find nosuch: NXDOMAIN\n\n",
    stderr: '',
    exitCode: 1,
  },
  {
    source: 'dns.md §5, dig +short',
    pod: 'shoot',
    command: 'dig +short web.default.svc.cluster.local',
    stdout: '10.96.120.15\n',
    stderr: '',
    exitCode: 0,
  },
  {
    source: 'tools-output.md §1, busybox wget http://web',
    pod: 'bb',
    command: 'mkdir -p /w && cd /w && wget http://web',
    stdout: '',
    stderr: "Connecting to web (10.96.120.15:80)\nsaving to 'index.html'\nindex.html           100% |********************************|   615  0:00:00 ETA\n'index.html' saved\n",
    exitCode: 0,
  },
  {
    source: 'tools-output.md §3, busybox nc -zv web 80 (open)',
    pod: 'bb',
    command: 'nc -zv web 80',
    stdout: '',
    stderr: 'web (10.96.120.15:80) open\n',
    exitCode: 0,
  },
  {
    source: 'tools-output.md §3, OpenBSD nc -zv -w 3 web 80 (open)',
    pod: 'shoot',
    command: 'nc -zv -w 3 web 80',
    stdout: '',
    stderr: 'Connection to web (10.96.120.15) 80 port [tcp/http] succeeded!\n',
    exitCode: 0,
  },
  {
    source: 'tools-output.md §7, cat /etc/resolv.conf in a pod',
    pod: 'bb',
    command: 'cat /etc/resolv.conf',
    stdout: 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
    stderr: '',
    exitCode: 0,
  },
];

const AFTER_SCALE_TO_ZERO: Fixture[] = [
  {
    source: 'tools-output.md §1, wget against a Service with no endpoints',
    pod: 'bb',
    command: 'wget http://web',
    stdout: '',
    stderr: "Connecting to web (10.96.120.15:80)\nwget: can't connect to remote host (10.96.120.15): Connection refused\n",
    exitCode: 1,
  },
  {
    source: 'tools-output.md §3, busybox nc -zv web 80 refused (single -v prints nothing)',
    pod: 'bb',
    command: 'nc -zv web 80',
    stdout: '',
    stderr: '',
    exitCode: 1,
  },
  {
    source: 'tools-output.md §3, busybox nc -zvv refused',
    pod: 'bb',
    command: 'nc -zvv web 80',
    stdout: '',
    stderr: 'nc: web (10.96.120.15:80): Connection refused\n',
    exitCode: 1,
  },
  {
    source: 'tools-output.md §3, OpenBSD nc refused',
    pod: 'shoot',
    command: 'nc -zv -w 3 web 80',
    stdout: '',
    stderr: 'nc: connect to web (10.96.120.15) port 80 (tcp) failed: Connection refused\n',
    exitCode: 1,
  },
];

let w: Workstation;
const run = async (fx: Fixture) => {
  const r = await w.sh(`kubectl exec ${fx.pod} -- sh -c '${fx.command}'`);
  return { stdout: r.stdout, stderr: r.stderr.replace(/command terminated with exit code \d+\n$/, ''), exitCode: r.exit };
};

beforeAll(async () => {
  w = workstation(1, { 'web.yaml': WEB });
  await w.sh('kubectl create deployment web --image=nginx:1.27 --replicas=2');
  await w.sh('kubectl apply -f web.yaml');
  await w.sh('kubectl run bb --image=busybox:1.36 --command -- sleep infinity');
  await w.sh('kubectl run shoot --image=nicolaka/netshoot --command -- sleep infinity');
  await w.sh('kubectl wait --for=condition=Ready pod --all --timeout=120s');
});

describe('transcripts from the notes', () => {
  for (const fx of FIXTURES)
    it(fx.source, async () => {
      expect(await run(fx)).toEqual({ stdout: fx.stdout, stderr: fx.stderr, exitCode: fx.exitCode });
    });
  it('…and once the Service has no endpoints', async () => {
    await w.sh('kubectl scale deployment web --replicas=0');
    await w.sh('kubectl wait --for=delete pod -l app=web --timeout=60s');
    for (const fx of AFTER_SCALE_TO_ZERO) expect([fx.source, await run(fx)]).toEqual([fx.source, { stdout: fx.stdout, stderr: fx.stderr, exitCode: fx.exitCode }]);
  });
});
