// The kubelet's private record of each pod's sandbox and containers (what containerd would
// know), kept in the cluster snapshot so a restored cluster carries on where it stopped.

export interface Termination {
  exitCode: number;
  reason: string;
  startedAt: number;
  finishedAt: number;
  containerID: string;
}

export type Step = 'new' | 'pull' | 'errpull' | 'backoffpull' | 'run' | 'exited' | 'done';

export interface ContainerRuntime {
  name: string;
  init: boolean;
  step: Step;
  /** When the current step ends (pull finishes, back-off ends, process exits); null: not scheduled. */
  until: number | null;
  restarts: number;
  pullFails: number;
  everStarted: boolean;
  startedAt?: number;
  containerID?: string;
  imageID?: string;
  /** The normalised image once pulled (`docker.io/library/nginx:latest`). */
  image?: string;
  error?: string;
  term?: Termination;
  last?: Termination;
  /** The prober's record for this run of the container; absent when it has no probes. */
  probe?: ProbeState;
}

export type ProbeKind = 'startup' | 'liveness' | 'readiness';

export interface ProbeState {
  /** When each probe fires next (absent: not scheduled, e.g. liveness while startup has not passed). */
  next: Partial<Record<ProbeKind, number>>;
  /** Consecutive results: > 0 successes, < 0 failures. */
  streak: Partial<Record<ProbeKind, number>>;
  ready: boolean;
  started: boolean;
  /**
   * Probes that keep passing and whose answer cannot change until a container of the pod changes
   * state (httpGet/tcpSocket/grpc against a static app): not run until then, so an idle cluster
   * does not wake on every period. Their results would be identical and silent.
   */
  parked?: ProbeKind[];
  /** Set once a liveness/startup failure has the container being killed. */
  kill?: ProbeKind;
}

export interface PodRuntime {
  node: string;
  seen: number;
  sandboxAt?: number;
  /** Index of the next container to start for the first time (init containers first, in order). */
  cursor: number;
  cursorAt?: number;
  initDoneAt?: number;
  ctrs: ContainerRuntime[];
  killAt?: number;
  stopAt?: number;
}

export interface KubeletState {
  pods: Record<string, PodRuntime>;
  /** Images present per node (normalised references). */
  images: Record<string, string[]>;
}
