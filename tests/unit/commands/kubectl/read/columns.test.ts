// Table cell rules from the API server's printers (printPod, printService, formatEndpoints…),
// one rule per case, on hand-written objects.

import { describe, expect, it } from 'vitest';
import { podStatusCells } from '../../../../../sandbox/commands/kubectl/printers/columns/pod.js';
import { serviceColumns } from '../../../../../sandbox/commands/kubectl/printers/columns/service.js';
import { formatEndpoints } from '../../../../../sandbox/commands/kubectl/printers/columns/endpoints.js';
import { endpointSliceColumns } from '../../../../../sandbox/commands/kubectl/printers/columns/endpointslice.js';
import { nodeRoles, nodeStatus } from '../../../../../sandbox/commands/kubectl/printers/columns/node.js';
import { ingressHosts } from '../../../../../sandbox/commands/kubectl/printers/columns/networking.js';

const NOW = Date.UTC(2025, 8, 1, 10, 0, 0);
const x = { now: NOW, wide: false };
const pod = (spec: any, status: any, meta: any = {}) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', ...meta }, spec, status });
const c1 = { containers: [{ name: 'a' }] };

describe('printPod STATUS, READY, RESTARTS', () => {
  it('an init container still running shows Init:0/1', () => {
    const p = pod({ ...c1, initContainers: [{ name: 'i' }] }, { phase: 'Pending', initContainerStatuses: [{ name: 'i', state: { running: {} } }], containerStatuses: [{ name: 'a', state: { waiting: { reason: 'PodInitializing' } } }] });
    expect(podStatusCells(p as any, x)).toEqual({ ready: '0/1', status: 'Init:0/1', restarts: '0' });
  });
  it('a failed init container shows Init:Error, or Init:ExitCode:N without a reason', () => {
    const base = { ...c1, initContainers: [{ name: 'i' }] };
    expect(podStatusCells(pod(base, { phase: 'Pending', initContainerStatuses: [{ name: 'i', restartCount: 2, state: { terminated: { exitCode: 1, reason: 'Error' } } }] }) as any, x).status).toBe('Init:Error');
    expect(podStatusCells(pod(base, { phase: 'Pending', initContainerStatuses: [{ name: 'i', state: { terminated: { exitCode: 3 } } }] }) as any, x).status).toBe('Init:ExitCode:3');
    expect(podStatusCells(pod(base, { phase: 'Pending', initContainerStatuses: [{ name: 'i', state: { waiting: { reason: 'ImagePullBackOff' } } }] }) as any, x).status).toBe('Init:ImagePullBackOff');
  });
  it('a started restartable (sidecar) init container counts in READY', () => {
    const p = pod({ ...c1, initContainers: [{ name: 's', restartPolicy: 'Always' }] }, {
      phase: 'Running',
      conditions: [{ type: 'Initialized', status: 'True' }],
      initContainerStatuses: [{ name: 's', started: true, ready: true, restartCount: 1, state: { running: {} } }],
      containerStatuses: [{ name: 'a', ready: true, state: { running: {} } }],
    });
    expect(podStatusCells(p as any, x)).toEqual({ ready: '2/2', status: 'Running', restarts: '1' });
  });
  it('deletionTimestamp on a running pod shows Terminating; on a finished one keeps the phase', () => {
    const running = { phase: 'Running', containerStatuses: [{ name: 'a', ready: true, state: { running: {} } }] };
    expect(podStatusCells(pod(c1, running, { deletionTimestamp: '2025-09-01T10:00:30Z' }) as any, x).status).toBe('Terminating');
    expect(podStatusCells(pod(c1, { phase: 'Succeeded', containerStatuses: [{ name: 'a', state: { terminated: { exitCode: 0, reason: 'Completed' } } }] }, { deletionTimestamp: '2025-09-01T10:00:30Z' }) as any, x).status).toBe('Completed');
  });
  it('a terminated container without a reason shows ExitCode:N or Signal:N', () => {
    expect(podStatusCells(pod(c1, { phase: 'Failed', containerStatuses: [{ name: 'a', state: { terminated: { exitCode: 137 } } }] }) as any, x).status).toBe('ExitCode:137');
    expect(podStatusCells(pod(c1, { phase: 'Failed', containerStatuses: [{ name: 'a', state: { terminated: { exitCode: 0, signal: 9 } } }] }) as any, x).status).toBe('Signal:9');
  });
  it('the first container decides the reason; Completed with another running becomes Running or NotReady', () => {
    const two = { containers: [{ name: 'a' }, { name: 'b' }] };
    const st = (ready: boolean) => ({
      phase: 'Running',
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
      containerStatuses: [{ name: 'a', state: { terminated: { exitCode: 0, reason: 'Completed' } } }, { name: 'b', ready: true, state: { running: {} } }],
    });
    expect(podStatusCells(pod(two, st(true)) as any, x)).toEqual({ ready: '1/2', status: 'Running', restarts: '0' });
    expect(podStatusCells(pod(two, st(false)) as any, x).status).toBe('NotReady');
  });
  it('RESTARTS shows the age of the last termination', () => {
    const p = pod(c1, { phase: 'Running', containerStatuses: [{ name: 'a', restartCount: 5, ready: true, state: { running: {} }, lastState: { terminated: { finishedAt: '2025-09-01T09:59:19Z' } } }] });
    expect(podStatusCells(p as any, x).restarts).toBe('5 (41s ago)');
  });
  it('a SchedulingGated pod says so', () => {
    expect(podStatusCells(pod(c1, { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }) as any, x).status).toBe('SchedulingGated');
  });
});

describe('printService', () => {
  const svc = (spec: any, status: any = {}) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's', creationTimestamp: '2025-09-01T09:58:00Z' }, spec, status });
  it('LoadBalancer EXTERNAL-IP: ingress IPs cut to 16 characters unless wide, plus externalIPs', () => {
    const s = svc({ type: 'LoadBalancer', clusterIPs: ['10.96.0.9'], ports: [{ port: 80, nodePort: 30001, protocol: 'TCP' }] }, { loadBalancer: { ingress: [{ ip: '172.18.255.200' }, { ip: '172.18.255.201' }] } });
    expect(serviceColumns.cells(s as any, x)[3]).toBe('172.18.255.20...');
    expect(serviceColumns.cells(s as any, { ...x, wide: true })[3]).toBe('172.18.255.200,172.18.255.201');
    const withExt = svc({ type: 'LoadBalancer', externalIPs: ['1.2.3.4'], ports: [] }, { loadBalancer: { ingress: [{ hostname: 'lb.example' }] } });
    expect(serviceColumns.cells(withExt as any, x)[3]).toBe('lb.example,1.2.3.4');
  });
  it('ClusterIP with externalIPs, and no ports at all', () => {
    const cells = serviceColumns.cells(svc({ type: 'ClusterIP', clusterIPs: ['10.96.0.7'], externalIPs: ['1.1.1.1', '2.2.2.2'] }) as any, x);
    expect(cells.slice(1, 6)).toEqual(['ClusterIP', '10.96.0.7', '1.1.1.1,2.2.2.2', '<none>', '2m']);
  });
});

describe('endpoints and endpointslices', () => {
  it('formatEndpoints lists 3 ip:port then "+ N more...", and nothing for not-ready-only subsets', () => {
    const ep = { subsets: [{ addresses: [{ ip: '10.0.0.1' }, { ip: '10.0.0.2' }], ports: [{ port: 80 }, { port: 443 }] }] };
    expect(formatEndpoints(ep as any)).toBe('10.0.0.1:80,10.0.0.2:80,10.0.0.1:443 + 1 more...');
    expect(formatEndpoints({ subsets: [{ notReadyAddresses: [{ ip: '10.0.0.3' }], ports: [{ port: 80 }] }] } as any)).toBe('');
    expect(formatEndpoints({} as any)).toBe('<none>');
  });
  it('EndpointSlice PORTS and ENDPOINTS, <unset> when empty', () => {
    const es = { metadata: { name: 'web-x' }, addressType: 'IPv4', ports: [{ port: 80 }, { port: null }], endpoints: ['a', 'b', 'c', 'd'].map((n) => ({ addresses: [`10.0.0.${n.charCodeAt(0) - 96}`] })) };
    expect(endpointSliceColumns.cells(es as any, x).slice(1, 4)).toEqual(['IPv4', '80,*', '10.0.0.1,10.0.0.2,10.0.0.3 + 1 more...']);
    expect(endpointSliceColumns.cells({ metadata: { name: 'e' }, addressType: 'IPv4' } as any, x).slice(2, 4)).toEqual(['<unset>', '<unset>']);
  });
});

describe('nodes and ingresses', () => {
  it('node STATUS and ROLES', () => {
    const n = { metadata: { labels: { 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/role': 'master' } }, spec: { unschedulable: true }, status: { conditions: [{ type: 'Ready', status: 'False' }] } };
    expect(nodeStatus(n as any)).toBe('NotReady,SchedulingDisabled');
    expect(nodeRoles(n as any)).toBe('control-plane,master');
    expect(nodeStatus({ metadata: {}, status: {} } as any)).toBe('Unknown');
  });
  it('ingress HOSTS: * without hosts, 3 then "+ N more..."', () => {
    expect(ingressHosts([{}])).toBe('*');
    expect(ingressHosts(['a', 'b', 'c', 'd', 'e'].map((h) => ({ host: `${h}.example` })))).toBe('a.example,b.example,c.example + 2 more...');
  });
});
