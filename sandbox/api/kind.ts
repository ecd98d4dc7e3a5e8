// What each kind tells the API server: how to default it, how to validate it, what it
// allocates on create, and which of its fields are immutable. One file per kind in kinds/.

import type { FieldCause } from './errors.js';
import type { KubeObject } from './types.js';
import type { Schema } from './schema/types.js';

/** What a kind's hooks may read and allocate from while the API server handles a write. */
export interface AdmissionContext {
  now(): number;
  /** The stored objects, read-only. */
  list(resource: string, ns?: string): readonly KubeObject[];
  get(resource: string, ns: string | undefined, name: string): KubeObject | undefined;
  /** Seeded random numbers for allocations (ClusterIPs, NodePorts, name suffixes). */
  random(n: number): number;
  /** The cluster's network settings (service CIDR and the like). */
  network: NetworkConfig;
  dryRun: boolean;
}

export interface NetworkConfig {
  serviceSubnet: string;
  podSubnet: string;
  nodePortRange: [number, number];
  dnsDomain: string;
  dnsIP: string;
}

export interface KindHandler {
  kind: string;
  /** Known fields, for strict decoding and `kubectl explain`. */
  schema?: Schema;
  /** Fills in what the API server defaults (in place). */
  defaults?(obj: KubeObject, ctx: AdmissionContext): void;
  /** Field errors for an object being created (old undefined) or updated. */
  validate?(obj: KubeObject, old: KubeObject | undefined, ctx: AdmissionContext): FieldCause[];
  /** Allocations at create (ClusterIP, NodePort); may return field errors (`provided IP is already allocated`). */
  prepareCreate?(obj: KubeObject, ctx: AdmissionContext): FieldCause[] | void;
  /** Carry-over and allocations at update (ClusterIP kept, NodePorts kept unless changed). */
  prepareUpdate?(obj: KubeObject, old: KubeObject, ctx: AdmissionContext): FieldCause[] | void;
  /** Does the API server keep metadata.generation for this kind? Default true (false for ConfigMaps, Services…). */
  generation?: boolean;
  /** Does a change to this object count as a spec change (bumps metadata.generation)? Default: spec differs. */
  specChanged?(obj: KubeObject, old: KubeObject): boolean;
}
