// The cluster's own clock. In the browser it follows wall time; in the CLI and in tests it is
// virtual and moves only when something advances it (sleep, kubectl wait, a timeout).

export interface ClockSource {
  /** Wall time in ms, or undefined for a purely virtual clock. */
  wall(): number | undefined;
}

export const VIRTUAL: ClockSource = { wall: () => undefined };
