// Tutorial: the kind nodes as a kind user sees them — Docker containers on the workstation, with
// kube-proxy's rules, kindnet's routes and containerd's containers inside.

import { describe, expect, it } from 'vitest';
import { apiServerPort } from '../../sandbox/commands/kubectl/verbs/kubeconfig.js';
import { ok, text, workstation, type Result } from './harness.js';

describe('looking inside the kind nodes', () => {
  it('docker ps → iptables-save | grep web → a shell on kind-worker with ip route and crictl ps', async () => {
    const { sh, session, cluster } = workstation();
    // Step 1: the cluster is three Docker containers; the control plane publishes the API server.
    expect(await sh("docker ps --format 'table {{.Names}}\\t{{.Image}}\\t{{.Ports}}'")).toEqual(
      ok(text(`
        NAMES                IMAGE                  PORTS
        kind-worker2         kindest/node:v1.34.0
        kind-worker          kindest/node:v1.34.0
        kind-control-plane   kindest/node:v1.34.0   127.0.0.1:${apiServerPort(cluster)}->6443/tcp
      `).replace('kindest/node:v1.34.0\n', 'kindest/node:v1.34.0   \n').replace('kindest/node:v1.34.0\n', 'kindest/node:v1.34.0   \n')),
    );

    // Step 2: deploy and expose web; kube-proxy on every node gets a KUBE-SVC chain for it.
    await sh('kubectl create deployment web --image=nginx:1.27 --replicas=2');
    await sh('kubectl expose deployment web --port=80');
    await sh('kubectl rollout status deployment/web');
    const ips = (await sh("kubectl get pods -l app=web -o jsonpath='{.items[*].status.podIP}'")).stdout.split(' ').sort();
    const clusterIP = (await sh("kubectl get svc web -o jsonpath='{.spec.clusterIP}'")).stdout;
    const grep = await sh('docker exec kind-worker iptables-save | grep web');
    expect(grep.exit).toBe(0);
    const lines = grep.stdout.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines).toContain(`-A KUBE-SERVICES -d ${clusterIP}/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G`);
    for (const ip of ips) expect(lines.some((l) => l.endsWith(`-j DNAT --to-destination ${ip}:80`))).toBe(true);
    expect(lines.filter((l) => l.startsWith('-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment')).map((l) => l.replace(/ -j KUBE-SEP-\w+$/, ''))).toEqual([
      `-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> ${ips[0]}:80" -m statistic --mode random --probability 0.50000000000`,
      `-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> ${ips[1]}:80"`,
    ]);
    // The same rules decide where packets go: the other workers' copy is identical for a Cluster-policy Service.
    const other = await sh('docker exec kind-worker2 iptables-save | grep web');
    expect(other.stdout).toBe(grep.stdout);

    // Step 3: an interactive shell on the node.
    const tty = async (line: string): Promise<Result> => {
      let stdout = '';
      let stderr = '';
      const exit = await session.run(line, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), tty: true });
      return { stdout, stderr, exit };
    };
    expect(await tty('docker exec -it kind-worker bash')).toEqual(ok(''));
    expect(await tty('hostname')).toEqual(ok('kind-worker\n'));
    const local = ips.find((ip) => ip.startsWith('10.244.1.'))!;
    const route = await tty('ip route');
    expect(route.stdout).toMatch(
      new RegExp(
        `^default via 172\\.18\\.0\\.1 dev eth0\\n10\\.244\\.0\\.0/24 via 172\\.18\\.0\\.2 dev eth0\\n${local.replace(/\./g, '\\.')} dev veth[0-9a-f]{8} scope host\\n10\\.244\\.2\\.0/24 via 172\\.18\\.0\\.4 dev eth0\\n172\\.18\\.0\\.0/16 dev eth0 proto kernel scope link src 172\\.18\\.0\\.3\\n$`,
      ),
    );
    const ps = await tty('crictl ps');
    expect(ps.stdout.split('\n')[0]).toMatch(/^CONTAINER +IMAGE +CREATED +STATE +NAME +ATTEMPT +POD ID +POD +NAMESPACE$/);
    expect(ps.stdout).toMatch(/ Running +nginx +0 +[0-9a-f]{13} +web-[a-z0-9]+-[a-z0-9]{5} +default\n/);
    expect(ps.stdout).toMatch(/ Running +kube-proxy +0 /);
    // Interactive bash says `exit` on stderr as it leaves; the prompt is the workstation's again.
    expect(await tty('exit')).toEqual({ stdout: '', stderr: 'exit\n', exit: 0 });
    expect(await tty('hostname')).toEqual(ok('knet\n'));
  });
});
