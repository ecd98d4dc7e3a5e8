// crictl, conntrack and the small node facts (hostname, resolv.conf) on a kind node.

import { describe, expect, it } from 'vitest';
import { findCommand } from '../../../../sandbox/commands/registry.js';
import { err, ok, workstation } from '../../../scenarios/harness.js';

describe('crictl on a node', () => {
  it('lists the running containers of the pods on that node, newest first', async () => {
    const w = workstation();
    await w.sh('kubectl run web --image=nginx:1.27 --overrides=\'{"spec":{"nodeName":"kind-worker"}}\'');
    await w.sh('kubectl wait --for=condition=Ready pod/web');
    const r = await w.sh('docker exec kind-worker crictl ps');
    expect(r.exit).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n');
    expect(head).toMatch(/^CONTAINER {11}IMAGE {15}CREATED +STATE {15}NAME {16}ATTEMPT {13}POD ID {14}POD +NAMESPACE$/);
    expect(rows.map((l) => l.split(/\s{2,}/).slice(3))).toEqual([
      ['Running', 'web', '0', rows[0]!.split(/\s+/)[8], 'web', 'default'],
      ['Running', 'kindnet-cni', '0', rows[1]!.split(/\s+/)[9], expect.stringMatching(/^kindnet-/), 'kube-system'],
      ['Running', 'kube-proxy', '0', rows[2]!.split(/\s+/)[9], expect.stringMatching(/^kube-proxy-/), 'kube-system'],
    ]);
    const id = (await w.sh("kubectl get pod web -o jsonpath='{.status.containerStatuses[0].containerID}'")).stdout.replace('containerd://', '');
    expect(rows[0]!.startsWith(`${id.slice(0, 13)}       `)).toBe(true);
    expect(rows[0]).toMatch(/ {3}\d+ seconds? ago {3,}Running/);
  });

  it('filters by name and namespace and prints full IDs with -q', async () => {
    const w = workstation();
    const ids = (await w.sh('docker exec kind-worker crictl ps -q --namespace kube-system')).stdout.trim().split('\n');
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{64}$/);
    const proxy = await w.sh('docker exec kind-worker crictl ps --name kube-proxy');
    expect(proxy.stdout.trim().split('\n')).toHaveLength(2);
    expect(proxy.stdout).toMatch(/ kube-proxy +0 /);
  });

  it('shows exited containers only with -a', async () => {
    const w = workstation();
    await w.sh('kubectl run once --image=busybox:1.36 --restart=Never --overrides=\'{"spec":{"nodeName":"kind-worker2"}}\' -- true');
    await w.sh('sleep 20');
    expect((await w.sh('docker exec kind-worker2 crictl ps')).stdout).not.toContain(' once ');
    expect((await w.sh('docker exec kind-worker2 crictl ps -a')).stdout).toMatch(/ Exited +once +0 +[0-9a-f]{13} +once +default\n/);
  });

  it('lists the pod sandboxes with crictl pods', async () => {
    const w = workstation();
    const r = await w.sh('docker exec kind-control-plane crictl pods');
    expect(r.stdout.split('\n')[0]).toMatch(/^POD ID {14}CREATED +STATE {15}NAME +NAMESPACE +ATTEMPT +RUNTIME$/);
    expect(r.stdout).toMatch(/\n[0-9a-f]{13} +About a minute ago +Ready +etcd-kind-control-plane +kube-system +0 +\(default\)\n/);
  });

  it('says so for an unknown subcommand', async () => {
    const w = workstation();
    expect(await w.sh('docker exec kind-worker crictl frob')).toEqual(err("No help topic for 'frob'\n", 3));
  });
});

describe('conntrack and node facts', () => {
  it('conntrack -L prints no flows and its count on stderr', async () => {
    const w = workstation();
    expect(await w.sh('docker exec kind-worker conntrack -L')).toEqual({ stdout: '', stderr: 'conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n', exit: 0 });
  });

  it('hostname and resolv.conf come from the node container', async () => {
    const w = workstation();
    expect(await w.sh('docker exec kind-worker2 hostname')).toEqual(ok('kind-worker2\n'));
    expect((await w.sh('docker exec kind-worker cat /etc/resolv.conf')).stdout).toMatch(/^nameserver 172\.18\.0\.1$/m);
  });

  it('the node tools exist only on nodes', async () => {
    const w = workstation();
    for (const tool of ['iptables-save', 'crictl ps', 'ip route', 'conntrack -L']) expect((await w.sh(tool)).exit).toBe(127);
  });

  it('a kubectl debug node container has its image’s tools, not the node’s', () => {
    const node = { kind: 'node' as const, hostname: 'kind-worker', node: 'kind-worker' };
    const debug = (image: string) => ({ ...node, pod: 'node-debugger-kind-worker-abcde', image });
    expect(findCommand('iptables-save', node)).toBeDefined();
    expect(findCommand('crictl', node)).toBeDefined();
    expect(findCommand('iptables-save', debug('busybox:1.36'))).toBeUndefined();
    expect(findCommand('iptables-save', debug('nicolaka/netshoot'))).toBeDefined();
    expect(findCommand('crictl', debug('nicolaka/netshoot'))).toBeUndefined();
  });
});
