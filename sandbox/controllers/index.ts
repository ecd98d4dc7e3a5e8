// The controllers, in the order they run after every write (like kind's ordered create steps).

import type { Controller } from './types.js';
import { apiserver } from './apiserver.js';
import { namespace } from './namespace.js';
import { serviceaccount } from './serviceaccount.js';
import { garbagecollector } from './garbagecollector.js';
import { podgc } from './podgc.js';
import { deployment } from './deployment.js';
import { replicaset } from './replicaset.js';
import { daemonset } from './daemonset.js';
import { scheduler } from './scheduler.js';
import { ipam } from './ipam.js';
import { kubeletNodes } from './kubelet/node.js';
import { kubeletPods } from './kubelet/pods.js';
import { kubeletStatic } from './kubelet/static.js';
import { endpointslice } from './endpointslice.js';
import { endpoints } from './endpoints.js';

export const CONTROLLERS: Controller[] = [
  apiserver, // the default/kubernetes Service and its endpoints, re-created if deleted
  namespace, // empties and removes Terminating namespaces
  serviceaccount, // `default` ServiceAccount and `kube-root-ca.crt` in every namespace
  garbagecollector, // dependents of deleted owners; foreground deletion
  podgc, // pods whose node is gone
  deployment, // Deployment → ReplicaSets (rolling update, recreate, scale, status)
  replicaset, // ReplicaSet → pods
  daemonset, // DaemonSet → one pod per eligible node
  scheduler, // binds pending pods to nodes
  ipam, // pod IPs from each node's podCIDR (host-local), node IP for hostNetwork
  kubeletNodes, // node conditions, heartbeat, not-ready taint
  kubeletStatic, // mirror pods for the control plane's static pods
  kubeletPods, // pulls, starts, restarts and stops containers; pod status
  endpointslice, // EndpointSlices for Services with a selector
  endpoints, // legacy v1 Endpoints mirrored from the same pods
];
