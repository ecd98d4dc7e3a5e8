// What a running container offers the network: the sockets it listens on and how it answers.

export type Proto = 'tcp' | 'udp';

export interface Socket {
  proto: Proto;
  port: number;
}

export interface HttpRequest {
  method: string;
  /** The request target as sent: `/echo?msg=hi`. */
  path: string;
  /** Header names as the client sent them, in order. */
  headers: [string, string][];
  body: string;
  /** The peer address the server sees (after any SNAT). */
  clientIP: string;
  clientPort: number;
  /** The Host header's value. */
  host: string;
  /** The HTTP version the client spoke, e.g. `1.1`. */
  version?: string;
}

export interface HttpResponse {
  status: number;
  /** Status text (`OK`, `Not Found`); derived from the status when absent. */
  reason?: string;
  headers: [string, string][];
  body: string;
}

/** Where the app runs: the pod's identity as the process sees it. */
export interface AppContext {
  hostname: string;
  podIP: string;
  namespace: string;
  /** The cluster clock (ms since epoch), for Date headers. */
  now: number;
  env: Record<string, string>;
}

export interface App {
  /** A short name for traces: `nginx`, `agnhost netexec`. */
  name: string;
  sockets: Socket[];
  /** Answers an HTTP request on one of its TCP sockets; absent: the app does not speak HTTP. */
  http?(req: HttpRequest, port: number): HttpResponse;
  /** Answers raw bytes on a TCP/UDP socket (redis, serve-hostname --tcp); '' closes without a reply. */
  raw?(data: string, port: number, proto: Proto): string;
}

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? '';
}

/** Go's net/http Date header / nginx's: `Mon, 01 Sep 2025 09:00:00 GMT`. */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]!;
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]!;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${day}, ${p(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT`;
}

/** The value of `--name=v` / `-name=v` / `--name v` in an argv (Go flag and pflag both accept these). */
export function flagValue(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    for (const p of [`--${name}`, `-${name}`]) {
      if (a.startsWith(`${p}=`)) return a.slice(p.length + 1);
      if (a === p && i + 1 < argv.length) return argv[i + 1];
    }
  }
  return undefined;
}

/** Byte length of a UTF-8 string (Content-Length). */
export function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}
