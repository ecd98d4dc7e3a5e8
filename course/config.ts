// Course-wide settings: the chapter order, the default runtime and the classroom defaults.

export interface Chapter {
  /** The folder name under lessons/, numeric prefix included (`02-services`). */
  readonly id: string;
  readonly title: string;
  /** One sentence on what the chapter teaches, shown on the home page. */
  readonly summary: string;
  /** Sub-topics, in teaching order. */
  readonly topics: readonly string[];
}

export const CHAPTERS = [
  {
    id: '01-pod-networking',
    title: 'Pod networking basics',
    summary: 'Every pod gets its own IP: follow a packet from one pod to another, on the same node and across nodes.',
    topics: ['Pod IPs and network namespaces', 'veth pairs and the node bridge', 'Pod-to-pod across nodes'],
  },
  {
    id: '02-services',
    title: 'Services',
    summary: 'Give a set of pods one stable address, and see how kube-proxy turns it into rules on every node.',
    topics: ['ClusterIP', 'EndpointSlices', 'kube-proxy', 'NodePort', 'LoadBalancer', 'Headless Services'],
  },
  {
    id: '03-dns',
    title: 'DNS',
    summary: 'How a pod turns a name like web.default.svc.cluster.local into an address, and why search domains matter.',
    topics: ['CoreDNS and kube-dns', 'resolv.conf, search and ndots', 'Headless and SRV records'],
  },
  {
    id: '04-ingress-gateway',
    title: 'Ingress and Gateway API',
    summary: 'Route HTTP from outside the cluster to the right Service by host and path.',
    topics: ['Ingress and IngressClass', 'ingress-nginx', 'Gateway and HTTPRoute'],
  },
  {
    id: '05-egress',
    title: 'Egress',
    summary: 'Reach the internet from a pod, and see the source NAT that makes it work.',
    topics: ['SNAT and masquerading', 'DNS forwarding to upstream resolvers'],
  },
  {
    id: '06-network-policy',
    title: 'NetworkPolicy',
    summary: 'Default-deny, then open exactly the paths your application needs.',
    topics: ['Isolation and policy types', 'Pod and namespace selectors', 'Ports and named ports', 'Egress policies'],
  },
  {
    id: '07-cni',
    title: 'Choosing a CNI',
    summary: 'Start a cluster without a network plugin, install one, and compare how they move packets.',
    topics: ['flannel (VXLAN)', 'calico (routed and IPIP)', 'cilium (eBPF, kube-proxy replacement)'],
  },
  {
    id: '08-troubleshooting',
    title: 'Troubleshooting',
    summary: 'Broken clusters, one symptom each: find the cause with the same tools you use at work.',
    topics: ['Services without endpoints', 'DNS failures', 'Policies that block too much'],
  },
  {
    id: '09-capstone',
    title: 'Capstone',
    summary: 'Put it all together: ship a multi-tier application with ingress, DNS and policies, and get it graded.',
    topics: ['A three-tier app, end to end'],
  },
] as const satisfies readonly Chapter[];

export type ChapterId = (typeof CHAPTERS)[number]['id'];

export const CHAPTER_IDS = CHAPTERS.map((c) => c.id) as [ChapterId, ...ChapterId[]];

/** Where lessons run unless a page says otherwise (DESIGN contract 4). */
export const DEFAULT_RUNTIME: 'local' | 'webcontainer' = 'local';

export function chapterById(id: string): Chapter | undefined {
  return CHAPTERS.find((c) => c.id === id);
}
