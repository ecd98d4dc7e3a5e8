// The sandbox's front door: everything the runtimes (CLI, Web Worker, WebContainer) and the UI
// may use. Nothing outside sandbox/ imports deeper than this file.

export { Cluster, type ClusterState, type JournalEntry } from './cluster/cluster.js';
export { createCluster } from './cluster/bootstrap.js';
export { DEFAULT_KIND_CONFIG, VERSIONS, type KindConfig } from './cluster/config.js';
export { parseKindConfig, KindConfigError } from './cluster/kindconfig.js';
export { Session, type SessionOptions, type RunIO } from './shell/session.js';
export { MemoryFs } from './fs/memfs.js';
export { resolvePath, type FileSystem } from './fs/types.js';
export { replayJournal, originOf, HOME, type ReplayOrigin, type ReplayResult } from './runtime/replay.js';
export type { KubeObject } from './api/types.js';
export type { LessonSetup, RuntimeState, ChangeInfo, StartReply, RunReply, StartOptions, Request as RuntimeRequest, Message as RuntimeMessage } from './runtime/protocol.js';
