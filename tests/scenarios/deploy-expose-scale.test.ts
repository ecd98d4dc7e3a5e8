// Tutorial: create a Deployment, expose it, scale it, roll out a new image and roll it back.

import { describe, expect, it } from 'vitest';
import { ok, text, workstation } from './harness.js';

describe('deploy → expose → scale → rollout', () => {
  it('creates a deployment whose pods start on the workers and get IPs from the node pod CIDRs', async () => {
    const { sh } = workstation();
    expect(await sh('kubectl create deployment web --image=nginx:1.27 --replicas=2 --port=80')).toEqual(ok('deployment.apps/web created\n'));
    expect(await sh('kubectl rollout status deployment/web')).toEqual(
      ok('Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...\ndeployment "web" successfully rolled out\n'),
    );
    expect(await sh('kubectl get pods -o wide')).toEqual(
      ok(text(`
        NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES
        web-64bf787f5f-94j4c   1/1     Running   0          4s    10.244.1.2   kind-worker    <none>           <none>
        web-64bf787f5f-n7lhn   1/1     Running   0          4s    10.244.2.2   kind-worker2   <none>           <none>
      `)),
    );
    expect(await sh('kubectl expose deployment web --type=NodePort --port=80')).toEqual(ok('service/web exposed\n'));
    expect(await sh('kubectl get all')).toEqual(
      ok(text(`
        NAME                       READY   STATUS    RESTARTS   AGE
        pod/web-64bf787f5f-94j4c   1/1     Running   0          4s
        pod/web-64bf787f5f-n7lhn   1/1     Running   0          4s

        NAME                 TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)        AGE
        service/kubernetes   ClusterIP   10.96.0.1       <none>        443/TCP        79s
        service/web          NodePort    10.96.108.127   <none>        80:31099/TCP   0s

        NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
        deployment.apps/web   2/2     2            2           4s

        NAME                             DESIRED   CURRENT   READY   AGE
        replicaset.apps/web-64bf787f5f   2         2         2       4s
      `)),
    );
    expect(await sh('kubectl get endpoints web')).toEqual({
      stdout: 'NAME   ENDPOINTS                     AGE\nweb    10.244.1.2:80,10.244.2.2:80   0s\n',
      stderr: 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n',
      exit: 0,
    });
  });

  it('describes the pod and the NodePort service in kubectl 1.34 layout', async () => {
    const { sh } = workstation();
    await sh('kubectl create deployment web --image=nginx:1.27 --replicas=2 --port=80');
    await sh('kubectl rollout status deployment/web');
    await sh('kubectl expose deployment web --type=NodePort --port=80');
    const pod = await sh(`kubectl describe pod $(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}')`);
    expect(pod.exit).toBe(0);
    expect(pod.stdout).toContain(
      text(`
        Name:             web-64bf787f5f-94j4c
        Namespace:        default
        Priority:         0
        Service Account:  default
        Node:             kind-worker/172.18.0.3
        Start Time:       Mon, 01 Sep 2025 09:01:15 +0000
        Labels:           app=web
                          pod-template-hash=64bf787f5f
        Annotations:      <none>
        Status:           Running
        IP:               10.244.1.2
        IPs:
          IP:           10.244.1.2
        Controlled By:  ReplicaSet/web-64bf787f5f
        Containers:
          nginx:
      `),
    );
    expect(pod.stdout).toContain('    Image:          nginx:1.27\n    Image ID:       docker.io/library/nginx@sha256:');
    expect(pod.stdout).toContain(
      [
        '    Port:           80/TCP',
        '    Host Port:      0/TCP',
        '    State:          Running',
        '      Started:      Mon, 01 Sep 2025 09:01:18 +0000',
        '    Ready:          True',
        '    Restart Count:  0',
        '    Environment:    <none>\n',
      ].join('\n'),
    );
    expect(pod.stdout).toContain('Conditions:\n  Type                        Status\n  PodReadyToStartContainers   True \n  Initialized                 True \n  Ready                       True \n  ContainersReady             True \n  PodScheduled                True \n');
    expect(pod.stdout).toContain(
      text(`
        QoS Class:                   BestEffort
        Node-Selectors:              <none>
        Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                     node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
        Events:
          Type    Reason     Age   From               Message
          ----    ------     ----  ----               -------
          Normal  Scheduled  4s    default-scheduler  Successfully assigned default/web-64bf787f5f-94j4c to kind-worker
          Normal  Pulling    4s    kubelet            Pulling image "nginx:1.27"
          Normal  Pulled     1s    kubelet            Successfully pulled image "nginx:1.27" in 3.072s (3.072s including waiting). Image size: 72225394 bytes.
          Normal  Created    1s    kubelet            Created container: nginx
          Normal  Started    1s    kubelet            Started container nginx
      `),
    );
    expect(await sh('kubectl describe svc web')).toEqual(
      ok(text(`
        Name:                     web
        Namespace:                default
        Labels:                   app=web
        Annotations:              <none>
        Selector:                 app=web
        Type:                     NodePort
        IP Family Policy:         SingleStack
        IP Families:              IPv4
        IP:                       10.96.108.127
        IPs:                      10.96.108.127
        Port:                     <unset>  80/TCP
        TargetPort:               80/TCP
        NodePort:                 <unset>  31099/TCP
        Endpoints:                10.244.1.2:80,10.244.2.2:80
        Session Affinity:         None
        External Traffic Policy:  Cluster
        Internal Traffic Policy:  Cluster
        Events:                   <none>
      `)),
    );
  });

  it('scales, rolls out a new image, and rolls it back', async () => {
    const { sh } = workstation();
    await sh('kubectl create deployment web --image=nginx:1.27 --replicas=3');
    expect(await sh('kubectl get pods')).toEqual(
      ok(text(`
        NAME                   READY   STATUS              RESTARTS   AGE
        web-766486c5b6-94j4c   0/1     ContainerCreating   0          0s
        web-766486c5b6-d5fvb   0/1     ContainerCreating   0          0s
        web-766486c5b6-n7lhn   0/1     ContainerCreating   0          0s
      `)),
    );
    expect(await sh('sleep 30')).toEqual(ok(''));
    expect(await sh('kubectl get deploy,rs')).toEqual(
      ok(text(`
        NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
        deployment.apps/web   3/3     3            3           30s

        NAME                             DESIRED   CURRENT   READY   AGE
        replicaset.apps/web-766486c5b6   3         3         3       30s
      `)),
    );
    expect(await sh('kubectl expose deployment web --port=80 --target-port=80')).toEqual(ok('service/web exposed\n'));
    expect(await sh('kubectl get svc web -o wide')).toEqual(
      ok('NAME   TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)   AGE   SELECTOR\nweb    ClusterIP   10.96.46.234   <none>        80/TCP    0s    app=web\n'),
    );
    expect(await sh('kubectl scale deployment web --replicas=5')).toEqual(ok('deployment.apps/web scaled\n'));
    expect(await sh('kubectl get deploy web')).toEqual(ok('NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    3/5     5            3           30s\n'));

    expect(await sh('kubectl set image deployment/web nginx=nginx:1.28')).toEqual(ok('deployment.apps/web image updated\n'));
    const status = await sh('kubectl rollout status deployment/web');
    expect(status.exit).toBe(0);
    const lines = status.stdout.trimEnd().split('\n');
    expect(lines.pop()).toBe('deployment "web" successfully rolled out');
    for (const l of lines) expect(l).toMatch(/^Waiting for deployment "web" rollout to finish: /);
    expect(await sh(`kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image} {.status.updatedReplicas}/{.status.readyReplicas}'`)).toEqual(ok('nginx:1.28 5/5'));
    expect(await sh('kubectl rollout history deployment/web')).toEqual(ok('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n'));

    expect(await sh('kubectl rollout undo deployment/web')).toEqual(ok('deployment.apps/web rolled back\n'));
    expect((await sh('kubectl rollout status deployment/web')).stdout).toMatch(/deployment "web" successfully rolled out\n$/);
    expect(await sh('kubectl rollout history deployment/web')).toEqual(ok('deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n'));
    expect(await sh('kubectl get rs')).toEqual(
      ok(text(`
        NAME             DESIRED   CURRENT   READY   AGE
        web-766486c5b6   5         5         5       37s
        web-77768f5b79   0         0         0       7s
      `)),
    );
    const describe = await sh('kubectl describe deployment web');
    expect(describe.stdout).toContain(
      text(`
        Name:                   web
        Namespace:              default
        CreationTimestamp:      Mon, 01 Sep 2025 09:01:15 +0000
        Labels:                 app=web
        Annotations:            deployment.kubernetes.io/revision: 3
        Selector:               app=web
        Replicas:               5 desired | 5 updated | 5 total | 5 available | 0 unavailable
        StrategyType:           RollingUpdate
        MinReadySeconds:        0
        RollingUpdateStrategy:  25% max unavailable, 25% max surge
        Pod Template:
          Labels:  app=web
          Containers:
           nginx:
            Image:         nginx:1.27
            Port:          <none>
            Host Port:     <none>
            Environment:   <none>
            Mounts:        <none>
          Volumes:         <none>
          Node-Selectors:  <none>
          Tolerations:     <none>
        Conditions:
          Type           Status  Reason
          ----           ------  ------
          Available      True    MinimumReplicasAvailable
          Progressing    True    NewReplicaSetAvailable
        OldReplicaSets:  web-77768f5b79 (0/0 replicas created)
        NewReplicaSet:   web-766486c5b6 (5/5 replicas created)
        Events:
      `),
    );
    expect(describe.stdout).toMatch(/^ {2}Normal {2}ScalingReplicaSet {2}37s +deployment-controller {2}Scaled up replica set web-766486c5b6 from 0 to 3$/m);
    expect(describe.stdout).toMatch(/Scaled up replica set web-766486c5b6 from 3 to 5$/m);
  });
});
