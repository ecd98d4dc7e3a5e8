// Tutorial: readiness and liveness probes — a readiness probe on the wrong port keeps a pod out of
// its Service until the Deployment is fixed; a liveness probe nginx cannot pass restarts it.

import { describe, expect, it } from 'vitest';
import { text, workstation } from './harness.js';

const WEB = text(`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    replicas: 2
    selector:
      matchLabels:
        app: web
    template:
      metadata:
        labels:
          app: web
      spec:
        containers:
        - name: web
          image: nginx:1.27
          ports:
          - containerPort: 80
          readinessProbe:
            tcpSocket:
              port: 8080
            periodSeconds: 5
`);

describe('a readiness probe on the wrong port', () => {
  it('keeps the pods Running but not Ready, and out of the Service, until the probe is fixed', async () => {
    const w = workstation(7, { 'web.yaml': WEB });
    const { sh } = w;
    expect((await sh('kubectl apply -f web.yaml')).stdout).toBe('deployment.apps/web created\n');
    await sh('kubectl expose deployment web --port=80');
    await sh('sleep 40');
    const pods = (await sh('kubectl get pods -l app=web --no-headers')).stdout.trim().split('\n');
    expect(pods).toHaveLength(2);
    for (const line of pods) expect(line).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\s+0\/1\s+Running\s+0\s+4\ds$/);
    // Only notReadyAddresses: formatEndpoints prints ready ones, so the column is blank (not <none>).
    expect((await sh('kubectl get endpoints web')).stdout).toBe('NAME   ENDPOINTS   AGE\nweb                40s\n');
    expect((await sh('kubectl get endpointslices -l kubernetes.io/service-name=web -o jsonpath={.items[0].endpoints[*].conditions.ready}')).stdout).toBe('false false');
    const name = pods[0]!.split(/\s+/)[0]!;
    const ip = (await sh(`kubectl get pod ${name} -o jsonpath={.status.podIP}`)).stdout;
    const describe = (await sh(`kubectl describe pod ${name}`)).stdout;
    expect(describe).toContain('    Readiness:      tcp-socket :8080 delay=0s timeout=1s period=5s #success=1 #failure=3\n');
    expect(describe).toContain('\n  Ready                       False \n  ContainersReady             False \n');
    expect(describe).toMatch(new RegExp(`Warning  Unhealthy  \\d+s \\(x\\d+ over \\d+s\\)\\s+kubelet +Readiness probe failed: dial tcp ${ip.replace(/\./g, '\\.')}:8080: connect: connection refused\n`));
    expect((await sh('kubectl rollout status deployment/web --timeout=5s')).stderr).toBe('error: timed out waiting for the condition\n');

    // Fix the probe: the Deployment rolls out new pods, which pass their first probe and join the Service.
    await sh(`kubectl patch deployment web --type=json -p '[{"op":"replace","path":"/spec/template/spec/containers/0/readinessProbe/tcpSocket/port","value":80}]'`);
    expect((await sh('kubectl rollout status deployment/web --timeout=120s')).stdout).toContain('deployment "web" successfully rolled out\n');
    await sh('sleep 5'); // the old, never-ready pods finish terminating
    const ready = (await sh('kubectl get pods -l app=web -o jsonpath={.items[*].status.containerStatuses[0].ready}')).stdout;
    expect(ready).toBe('true true');
    expect((await sh('kubectl get endpoints web')).stdout).toMatch(/^NAME\s+ENDPOINTS\s+AGE\nweb\s+10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80\s+\d+s\n/);
  });
});

describe('a liveness probe nginx cannot pass', () => {
  it('restarts the container every few periods, and the events say why', async () => {
    const w = workstation(7, {
      'liveness.yaml': text(`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: web
            image: nginx:1.27
            livenessProbe:
              httpGet:
                path: /healthz
                port: 80
              periodSeconds: 5
              failureThreshold: 3
      `),
    });
    const { sh } = w;
    expect((await sh('kubectl apply -f liveness.yaml')).stdout).toBe('pod/web created\n');
    expect((await sh('kubectl wait --for=condition=Ready pod/web --timeout=60s')).stdout).toBe('pod/web condition met\n');
    await sh('sleep 20');
    expect((await sh('kubectl get pod web --no-headers')).stdout).toMatch(/^web\s+1\/1\s+Running\s+1 \(\d+s ago\)\s+\d+s\n$/);
    const describe = (await sh('kubectl describe pod web')).stdout;
    expect(describe).toContain('    Liveness:       http-get http://:80/healthz delay=0s timeout=1s period=5s #success=1 #failure=3\n');
    expect(describe).toMatch(/ {4}Last State: {5}Terminated\n {6}Reason: {7}Completed\n {6}Exit Code: {4}0\n/);
    expect(describe).toMatch(/Warning {2}Unhealthy {2}.*kubelet +Liveness probe failed: HTTP probe failed with statuscode: 404\n/);
    expect(describe).toMatch(/Normal {3}Killing {4}.*kubelet +Container web failed liveness probe, will be restarted\n/);
    await sh('sleep 120');
    const restarts = Number((await sh('kubectl get pod web -o jsonpath={.status.containerStatuses[0].restartCount}')).stdout);
    expect(restarts).toBeGreaterThanOrEqual(3);
  });
});
