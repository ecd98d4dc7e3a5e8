// A cluster for the network tools' tests: nginx behind `web`, and one pod per client image.

import { workstation, type Workstation } from '../../../scenarios/harness.js';

export interface NetFixture extends Workstation {
  svcIP: string;
  /** Runs a command line inside a pod (`kubectl exec POD -- sh -c LINE`). */
  inPod(pod: string, line: string): Promise<{ stdout: string; stderr: string; exit: number }>;
}

export async function netFixture(seed = 7): Promise<NetFixture> {
  const w = workstation(seed);
  await w.sh('kubectl create deployment web --image=nginx:1.27 --replicas=2');
  await w.sh('kubectl expose deployment web --port=80');
  await w.sh('kubectl create deployment echo --image=registry.k8s.io/e2e-test-images/agnhost:2.53 -- /agnhost netexec --http-port=8080');
  await w.sh('kubectl expose deployment echo --port=80 --target-port=8080');
  for (const [name, image] of [['curl', 'curlimages/curl:8.16.0'], ['bb', 'busybox:1.36'], ['shoot', 'nicolaka/netshoot']])
    await w.sh(`kubectl run ${name} --image=${image} --command -- sleep infinity`);
  await w.sh('kubectl run nginx --image=nginx:1.27');
  await w.sh('kubectl wait --for=condition=Ready pod --all --timeout=120s');
  const svcIP = (await w.sh('kubectl get svc web -o jsonpath={.spec.clusterIP}')).stdout;
  const inPod = async (pod: string, line: string) => {
    const r = await w.sh(`kubectl exec ${pod} -- sh -c '${line.replace(/'/g, `'\\''`)}'`);
    return { ...r, stderr: r.stderr.replace(/command terminated with exit code \d+\n$/, '') };
  };
  return { ...w, svcIP, inPod };
}
