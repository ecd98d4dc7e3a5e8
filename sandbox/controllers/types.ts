// The one interface every controller implements.

import type { Cluster } from '../cluster/cluster.js';

export interface Controller {
  name: string;
  /**
   * Brings the cluster one step closer to what its objects ask for. Returns the clock time at
   * which it next needs to run (a pod finishing its start-up, a probe period), if any.
   */
  reconcile(c: Cluster): number | undefined | void;
}
