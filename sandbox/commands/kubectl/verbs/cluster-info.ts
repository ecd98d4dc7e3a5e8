// `kubectl cluster-info`: the control plane URL and kube-system services labelled
// kubernetes.io/cluster-service=true, green/yellow when writing to a terminal.

import type { Verb } from '../types.js';
import { help } from './help/cluster-info.js';
import { apiServerURL } from './kubeconfig.js';

const GREEN = '\x1b[0;32m', YELLOW = '\x1b[0;33m', RESET = '\x1b[0m';

export const clusterInfo: Verb = {
  name: 'cluster-info',
  short: 'Display cluster information',
  group: 'Cluster Management Commands:',
  help,
  flags: [],
  run(k) {
    const color = k.ctx.tty;
    const line = (name: string, link: string) =>
      color ? `${GREEN}${name}${RESET} is running at ${YELLOW}${link}${RESET}\n` : `${name} is running at ${link}\n`;
    const host = apiServerURL(k.cluster);
    let out = line('Kubernetes control plane', host);
    for (const svc of k.cluster.store.list('services', 'kube-system')) {
      if (svc.metadata.labels?.['kubernetes.io/cluster-service'] !== 'true') continue;
      const name = svc.metadata.labels?.['kubernetes.io/name'] || svc.metadata.name!;
      const ingress = svc.status?.loadBalancer?.ingress ?? [];
      let link: string;
      if (ingress.length) {
        const ip = ingress[0].ip || ingress[0].hostname;
        link = `http://${ip}${svc.spec?.ports?.[0]?.port ? ':' + svc.spec.ports[0].port : ''}`;
      } else {
        const port = svc.spec?.ports?.[0];
        const ref = port?.name ? `${svc.metadata.name}:${port.name}` : svc.metadata.name;
        link = `${host}/api/v1/namespaces/${svc.metadata.namespace}/services/${ref}/proxy`;
      }
      out += line(name, link);
    }
    k.out(out + "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    return 0;
  },
};
