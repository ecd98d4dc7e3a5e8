// The shape of one benchmark figure: what is measured, its goal, and the work to time.

export interface Bench {
  name: string;
  /** The goal as printed, e.g. `≤ 20 ms`. */
  goal: string;
  goalMs: number;
  /** Runs once per timed iteration, with what `prepare` returned for it. */
  run: (prepared?: any) => void | Promise<void>;
  /** Untimed set-up before each iteration (a fresh cluster to apply to, say). */
  prepare?: () => unknown | Promise<unknown>;
  iterations?: number;
  /** How the figure is summarised: the median (default) or the total of one run. */
  stat?: 'median' | 'once';
}
