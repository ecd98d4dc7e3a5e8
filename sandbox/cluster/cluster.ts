// One simulated cluster: the object store, the clock, the seeded randomness and the journal,
// all in one serializable value. Controllers converge it after every write.

import { ApiServer } from '../api/server.js';
import { ObjectStore, type StoreSnapshot } from '../api/store.js';
import type { NetworkConfig } from '../api/kind.js';
import type { KubeObject } from '../api/types.js';
import { CONTROLLERS } from '../controllers/index.js';
import { Rng, seedRng, type RngState } from '../util/rng.js';
import { rfc3339 } from '../util/duration.js';
import { DEFAULT_KIND_CONFIG, type KindConfig } from './config.js';

export interface JournalEntry {
  /** The line as typed. */
  line: string;
  /** Cluster clock (ms since epoch) when the line started. */
  at: number;
  /** Exit status. */
  exit: number;
  /** Workstation files the line read, by path, so replay sees the same content. */
  files?: Record<string, string>;
  /** Standard input the line was given from outside (`cat app.yaml | knet run -- kubectl apply -f -`). */
  stdin?: string;
  /** Typed at a terminal (`-it` sessions, prompts): replay must run it the same way. */
  tty?: boolean;
  /** The line ran where nested shells can be entered (`kubectl exec -it POD -- sh`). */
  interactive?: boolean;
  /** Who ran it: `workstation`, or a pod/node shell. */
  where?: string;
  /** Set when a lesson's "apply solution" produced this entry. */
  solution?: boolean;
}

export interface ClusterState {
  format: 'knet-cluster/v1';
  seed: number;
  startTime: number;
  now: number;
  rv: number;
  rng: RngState;
  config: KindConfig;
  objects: StoreSnapshot;
  journal: JournalEntry[];
  /** Free-form state owned by subsystems (e.g. the dataplane's conntrack), keyed by owner. */
  ext: Record<string, unknown>;
}

export interface CreateOptions {
  seed?: number;
  /** Clock at creation (ms since epoch). */
  startTime?: number;
  config?: KindConfig;
}

/** Event correlation index per store (rebuilt lazily after a restore): key → event name. */
const EVENT_INDEX = new WeakMap<ObjectStore, Map<string, string>>();
function eventKey(...parts: (string | undefined)[]): string {
  return parts.map((p) => p ?? '').join('\u0000');
}

export const DEFAULT_START = Date.UTC(2025, 8, 1, 9, 0, 0);

export class Cluster {
  store: ObjectStore;
  rng: Rng;
  now: number;
  rv: number;
  readonly api: ApiServer;
  /** Set by every store write; reconcile loops until a pass leaves it clear. */
  dirty = false;
  journal: JournalEntry[];
  ext: Record<string, unknown>;

  private constructor(
    readonly seed: number,
    readonly startTime: number,
    readonly config: KindConfig,
    state?: ClusterState,
  ) {
    this.store = state ? ObjectStore.restore(state.objects) : new ObjectStore();
    this.rng = new Rng(state ? state.rng : seedRng(seed));
    this.now = state ? state.now : startTime;
    this.rv = state ? state.rv : 1000;
    this.journal = state ? state.journal : [];
    this.ext = state ? state.ext : {};
    this.api = new ApiServer(this);
  }

  /** An empty cluster (no nodes, no objects); `bootstrap` makes it a kind cluster. */
  static empty(opts: CreateOptions = {}): Cluster {
    return new Cluster(opts.seed ?? 1, opts.startTime ?? DEFAULT_START, structuredClone(opts.config ?? DEFAULT_KIND_CONFIG));
  }

  static restore(state: ClusterState): Cluster {
    if (state?.format !== 'knet-cluster/v1') throw new Error('not a knet cluster state');
    // Objects are shared (the store never mutates them); the mutable parts are copied.
    return new Cluster(state.seed, state.startTime, structuredClone(state.config), {
      ...state,
      journal: [...state.journal],
      rng: [...state.rng] as RngState,
      ext: structuredClone(state.ext),
    });
  }

  /**
   * The whole cluster as one serializable value. API objects are shared with the live store
   * (they are immutable), so a snapshot is cheap; treat it as read-only.
   */
  snapshot(): ClusterState {
    return {
      format: 'knet-cluster/v1',
      seed: this.seed,
      startTime: this.startTime,
      now: this.now,
      rv: this.rv,
      rng: this.rng.state,
      config: structuredClone(this.config),
      objects: this.store.snapshot(),
      journal: [...this.journal],
      ext: structuredClone(this.ext),
    };
  }

  get network(): NetworkConfig {
    return {
      serviceSubnet: this.config.networking.serviceSubnet,
      podSubnet: this.config.networking.podSubnet,
      nodePortRange: [30000, 32767],
      dnsDomain: 'cluster.local',
      dnsIP: '10.96.0.10',
    };
  }

  nextResourceVersion(): string {
    this.rv += 1;
    return String(this.rv);
  }

  /** Runs the controllers, in order, until a whole pass changes nothing. Returns the next wake time. */
  reconcile(): number | undefined {
    // Controllers talk to the API too; a client's request log (kubectl -v=6) must not show them.
    const observer = this.api.observer;
    this.api.observer = undefined;
    try {
      return this.reconcilePasses();
    } finally {
      this.api.observer = observer;
    }
  }

  private reconcilePasses(): number | undefined {
    let wake: number | undefined;
    for (let pass = 0; pass < 50; pass++) {
      this.dirty = false;
      wake = undefined;
      for (const ctl of CONTROLLERS) {
        const w = ctl.reconcile(this);
        if (w !== undefined && w !== null && (wake === undefined || w < wake)) wake = w;
      }
      if (!this.dirty) break;
    }
    return wake;
  }

  /** Moves the clock forward to `target`, stopping at each moment a controller asked to be woken. */
  advanceTo(target: number): void {
    let wake = this.reconcile();
    let guard = 0;
    while (wake !== undefined && wake <= target && guard++ < 100000) {
      if (wake > this.now) this.now = wake;
      wake = this.reconcile();
      if (wake !== undefined && wake <= this.now) wake = this.now + 1;
    }
    if (target > this.now) this.now = target;
    this.reconcile();
  }

  advance(ms: number): void {
    this.advanceTo(this.now + Math.max(0, Math.round(ms)));
  }

  /**
   * Advances the clock until `done()` holds or `timeoutMs` passes; returns whether it held.
   * This is how `kubectl wait`, `rollout status` and `delete --wait` pass time without real waiting.
   */
  waitUntil(done: () => boolean, timeoutMs: number): boolean {
    const deadline = this.now + timeoutMs;
    this.reconcile();
    if (done()) return true;
    while (this.now < deadline) {
      let wake = this.reconcile();
      if (done()) return true;
      if (wake === undefined || wake <= this.now) wake = this.now + 1000;
      this.advanceTo(Math.min(wake, deadline));
      if (done()) return true;
    }
    return done();
  }

  /**
   * Records an Event as the component `source` would, folding repeats into one object with a count
   * (as the event recorder's correlator does).
   */
  recordEvent(involved: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string, source: string, fieldPath?: string): void {
    const ns = involved.metadata.namespace ?? 'default';
    // The correlator's lookup, through an index (a scan per event made 1,000 pods quadratic).
    let index = EVENT_INDEX.get(this.store);
    if (!index) {
      index = new Map();
      for (const e of this.store.list('events')) index.set(eventKey(e.metadata.namespace, e.involvedObject?.uid, e.reason, e.message, e.source?.component, e.source?.host), e.metadata.name!);
      EVENT_INDEX.set(this.store, index);
    }
    const key = eventKey(ns, involved.metadata.uid, reason, message, source.split('/')[0], source.split('/')[1]);
    const hit = index.get(key);
    const existing = hit === undefined ? undefined : this.store.get('events', ns, hit);
    const ts = rfc3339(this.now);
    if (existing) {
      const next = structuredClone(existing);
      next.count = (next.count ?? 1) + 1;
      next.lastTimestamp = ts;
      next.metadata.resourceVersion = this.nextResourceVersion();
      this.store.put('events', next);
      this.dirty = true;
      return;
    }
    // Recorders name events `<object>.<hex of UnixNano>`, so the API lists them in time order.
    this.rng.hex(16); // keeps the seeded sequence the same for everything drawn after this
    let nanos = BigInt(this.now) * 1000000n;
    let name = `${involved.metadata.name}.${nanos.toString(16)}`;
    while (this.store.get('events', ns, name)) name = `${involved.metadata.name}.${(++nanos).toString(16)}`;
    const ev: KubeObject = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: ns, uid: this.rng.uuid(), resourceVersion: this.nextResourceVersion(), creationTimestamp: ts },
      involvedObject: {
        apiVersion: involved.apiVersion,
        kind: involved.kind,
        name: involved.metadata.name,
        namespace: involved.metadata.namespace,
        uid: involved.metadata.uid,
        resourceVersion: involved.metadata.resourceVersion,
        ...(fieldPath ? { fieldPath } : {}),
      },
      reason,
      message,
      source: source.includes('/') ? { component: source.split('/')[0], host: source.split('/')[1] } : { component: source },
      firstTimestamp: ts,
      lastTimestamp: ts,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: source.split('/')[0],
      reportingInstance: source.split('/')[1] ?? '',
    };
    if (!involved.metadata.namespace) delete ev.involvedObject.namespace;
    index.set(key, name);
    this.store.put('events', ev);
    this.dirty = true;
  }
}
