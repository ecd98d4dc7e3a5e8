// `ip route` / `ip addr` / `ip link` on a kind node: the docker network, kindnet's routes, one veth per local pod.

import { describe, expect, it } from 'vitest';
import { err, ok, text, workstation } from '../../../scenarios/harness.js';

describe('ip route on a kind node', () => {
  it('has the gateway, the docker network and one route per other node on a fresh cluster', async () => {
    const w = workstation();
    expect(await w.sh('docker exec kind-worker ip route')).toEqual(
      ok(text(`
        default via 172.18.0.1 dev eth0
        10.244.0.0/24 via 172.18.0.2 dev eth0
        10.244.2.0/24 via 172.18.0.4 dev eth0
        172.18.0.0/16 dev eth0 proto kernel scope link src 172.18.0.3
      `)),
    );
  });

  it('adds a /32 scope-host route through each local pod’s veth, in address order', async () => {
    const w = workstation();
    await w.sh('kubectl create deployment web --image=nginx:1.27 --replicas=4');
    await w.sh('kubectl rollout status deployment/web');
    const ips = (await w.sh(`kubectl get pods -o jsonpath='{range .items[?(@.spec.nodeName=="kind-worker2")]}{.status.podIP}{"\\n"}{end}'`)).stdout.trim().split('\n').sort();
    expect(ips.length).toBeGreaterThan(0);
    const r = await w.sh('docker exec kind-worker2 ip route');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('default via 172.18.0.1 dev eth0');
    expect(lines[1]).toBe('10.244.0.0/24 via 172.18.0.2 dev eth0');
    expect(lines[2]).toBe('10.244.1.0/24 via 172.18.0.3 dev eth0');
    expect(lines.slice(3, 3 + ips.length).map((l) => l.replace(/ dev veth[0-9a-f]{8} scope host$/, ''))).toEqual(ips);
    expect(lines.at(-1)).toBe('172.18.0.0/16 dev eth0 proto kernel scope link src 172.18.0.4');
  });

  it('has no routes to other nodes without a CNI', async () => {
    const w = workstation();
    await w.sh('kubectl -n kube-system delete daemonset kindnet');
    await w.sh('sleep 60');
    expect(await w.sh('docker exec kind-worker ip r')).toEqual(ok('default via 172.18.0.1 dev eth0\n172.18.0.0/16 dev eth0 proto kernel scope link src 172.18.0.3\n'));
  });
});

describe('ip addr and ip link on a kind node', () => {
  it('shows lo, eth0 on the kind network, and the host side of each pod veth with the ptp gateway /32', async () => {
    const w = workstation();
    await w.sh('kubectl run web --image=nginx:1.27 --overrides=\'{"spec":{"nodeName":"kind-worker"}}\'');
    await w.sh('kubectl wait --for=condition=Ready pod/web');
    const out = (await w.sh('docker exec kind-worker ip addr')).stdout;
    expect(out).toMatch(
      new RegExp(
        '^1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n' +
          '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n' +
          '    inet 127.0.0.1/8 scope host lo\n',
      ),
    );
    expect(out).toContain('    inet 172.18.0.3/16 brd 172.18.255.255 scope global eth0\n       valid_lft forever preferred_lft forever\n');
    expect(out).toMatch(/\n5: (veth[0-9a-f]{8})@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default\n {4}link\/ether [0-9a-f:]{17} brd ff:ff:ff:ff:ff:ff link-netns cni-[0-9a-f-]{36}\n {4}inet 10\.244\.1\.1\/32 scope global \1\n/);
    const route = (await w.sh('docker exec kind-worker ip route')).stdout;
    const veth = /5: (veth[0-9a-f]{8})@/.exec(out)![1];
    expect(route).toContain(`10.244.1.2 dev ${veth} scope host\n`);
    const link = (await w.sh('docker exec kind-worker ip link')).stdout;
    expect(link).not.toContain('inet ');
    expect(link.split('\n').filter((l) => /^\d+: /.test(l))).toHaveLength(3);
    expect((await w.sh('docker exec kind-worker ip -4 a')).stdout).toBe(
      text(`
        1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
            inet 127.0.0.1/8 scope host lo
               valid_lft forever preferred_lft forever
        ${out.split('\n').find((l) => l.startsWith('2: eth0@'))}
            inet 172.18.0.3/16 brd 172.18.255.255 scope global eth0
               valid_lft forever preferred_lft forever
        5: ${veth}@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default
            inet 10.244.1.1/32 scope global ${veth}
               valid_lft forever preferred_lft forever
      `),
    );
  });

  it('has the brief forms and the IPv6 routes of the dual-stack kind network', async () => {
    const w = workstation();
    expect((await w.sh('docker exec kind-worker ip -br -4 a')).stdout).toBe(
      'lo               UNKNOWN        127.0.0.1/8 \n' + `${(await w.sh('docker exec kind-worker ip -br link')).stdout.split('\n')[1]!.slice(0, 32)}172.18.0.3/16 \n`,
    );
    expect((await w.sh('docker exec kind-worker ip -br link')).stdout).toMatch(/^eth0@if\d+ +UP {13}[0-9a-f:]{17} <BROADCAST,MULTICAST,UP,LOWER_UP> $/m);
    expect(await w.sh('docker exec kind-worker ip -6 r')).toEqual(
      ok(text(`
        fc00:f853:ccd:e793::/64 dev eth0 proto kernel metric 256 pref medium
        fe80::/64 dev eth0 proto kernel metric 256 pref medium
        default via fc00:f853:ccd:e793::1 dev eth0 metric 1024 pref medium
      `)),
    );
  });

  it('rejects unknown objects and commands as iproute2 does', async () => {
    const w = workstation();
    expect(await w.sh('docker exec kind-worker ip foo')).toEqual(err('Object "foo" is unknown, try "ip help".\n'));
    expect(await w.sh('docker exec kind-worker ip route frob')).toEqual(err('Command "frob" is unknown, try "ip route help".\n', 255));
  });
});
