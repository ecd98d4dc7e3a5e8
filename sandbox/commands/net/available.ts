// Which hosts ship which network tool: busybox applets in busybox and the Alpine-based images,
// curl in curlimages/curl, netshoot, Debian-based nginx, the nodes and the workstation.

import { parseImage } from '../../controllers/kubelet/images.js';
import type { HostInfo } from '../types.js';

/** The image's repository basename (`curl` for curlimages/curl:8.16.0), '' off-pod. */
export function imageName(host: HostInfo): string {
  return host.kind === 'pod' && host.image ? parseImage(host.image).repo.split('/').pop()! : '';
}

/** busybox applets: busybox itself and the Alpine-based images (curlimages/curl is Alpine). */
export function hasBusybox(host: HostInfo): boolean {
  return ['busybox', 'alpine', 'curl'].includes(imageName(host));
}

export function isNetshoot(host: HostInfo): boolean {
  return imageName(host) === 'netshoot';
}


export const hasCurl = (h: HostInfo): boolean => h.kind !== 'pod' || ['curl', 'netshoot', 'nginx'].includes(imageName(h));
export const hasWget = (h: HostInfo): boolean => hasBusybox(h);
/** The workstation (an Ubuntu laptop) has bind9-dnsutils: BIND's nslookup and dig. */
export const hasNslookup = (h: HostInfo): boolean => hasBusybox(h) || isNetshoot(h) || h.kind === 'workstation';
export const hasDig = (h: HostInfo): boolean => isNetshoot(h) || h.kind === 'workstation';
export const hasNc = (h: HostInfo): boolean => hasBusybox(h) || isNetshoot(h);
export const hasPing = (h: HostInfo): boolean => hasBusybox(h) || isNetshoot(h) || h.kind !== 'pod';
export const hasTraceroute = (h: HostInfo): boolean => hasBusybox(h) || isNetshoot(h);
/**
 * A kind node itself (`docker exec`; kindest/node is Debian 12) has iproute2, iptables 1.8.9 (nft),
 * crictl and conntrack. A `kubectl debug node/…` container shares the node's network namespace but
 * has its image's tools: netshoot ships ip, iptables and conntrack; busybox none of these.
 */
export const onNode = (h: HostInfo): boolean => h.kind === 'node' && !h.image;
export const hasNodeNetTools = (h: HostInfo): boolean => onNode(h) || (h.kind === 'node' && /netshoot/.test(h.image ?? ''));
/** Docker runs on the workstation: the kind nodes are its containers. */
export const hasDocker = (h: HostInfo): boolean => h.kind === 'workstation';
