// curl's command line: short options bundle (-sSf), values attach or follow (-o x, -ox, --max-time=5
// is not curl; --max-time 5 is), unknown options are an error with curl's own wording.

export interface CurlOptions {
  urls: string[];
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  head: boolean;
  include: boolean;
  fail: boolean;
  location: boolean;
  output?: string;
  writeOut?: string;
  maxTimeMs?: number;
  connectTimeoutMs?: number;
  headers: string[];
  method?: string;
  data?: string;
  resolve: string[];
  help: boolean;
}

export class CurlUsage extends Error {
  constructor(
    msg: string,
    readonly code = 2,
  ) {
    super(msg);
  }
}

const BOOL: Record<string, keyof CurlOptions> = {
  s: 'silent', silent: 'silent',
  S: 'showError', 'show-error': 'showError',
  v: 'verbose', verbose: 'verbose',
  I: 'head', head: 'head',
  i: 'include', include: 'include', 'show-headers': 'include',
  f: 'fail', fail: 'fail',
  L: 'location', location: 'location',
  h: 'help', help: 'help',
};
/** Accepted and ignored: they change nothing a plain-HTTP simulation shows. */
const IGNORED = new Set(['k', 'insecure', 'http1.1', 'compressed', 'N', 'no-buffer', '4', 'ipv4', 'g', 'globoff', 'http1.0', 'tcp-nodelay']);
const VALUE: Record<string, string> = {
  o: 'output', output: 'output',
  w: 'write-out', 'write-out': 'write-out',
  m: 'max-time', 'max-time': 'max-time',
  'connect-timeout': 'connect-timeout',
  H: 'header', header: 'header',
  X: 'request', request: 'request',
  d: 'data', data: 'data', 'data-raw': 'data', 'data-binary': 'data',
  resolve: 'resolve',
  A: 'user-agent', 'user-agent': 'user-agent',
};

function seconds(opt: string, v: string): number {
  if (!/^\d+(\.\d+)?$/.test(v)) throw new CurlUsage(`curl: option ${opt}: expected a proper numerical parameter`);
  return Math.round(Number(v) * 1000);
}

export function parseCurlArgs(argv: string[]): CurlOptions {
  const o: CurlOptions = { urls: [], silent: false, showError: false, verbose: false, head: false, include: false, fail: false, location: false, headers: [], resolve: [], help: false };
  const set = (key: string, opt: string, v: string) => {
    switch (key) {
      case 'output': o.output = v; break;
      case 'write-out': o.writeOut = v; break;
      case 'max-time': o.maxTimeMs = seconds(opt, v); break;
      case 'connect-timeout': o.connectTimeoutMs = seconds(opt, v); break;
      case 'header': o.headers.push(v); break;
      case 'request': o.method = v; break;
      case 'data': o.data = o.data === undefined ? v : `${o.data}&${v}`; break;
      case 'resolve': o.resolve.push(v); break;
      case 'user-agent': o.headers.push(`User-Agent: ${v}`); break;
    }
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--') && a.length > 2) {
      const name = a.slice(2);
      const neg = name.startsWith('no-') ? name.slice(3) : undefined;
      if (BOOL[name]) (o as any)[BOOL[name]!] = true;
      else if (neg && BOOL[neg]) (o as any)[BOOL[neg]!] = false;
      else if (IGNORED.has(name)) continue;
      else if (VALUE[name]) {
        if (i + 1 >= argv.length) throw new CurlUsage(`curl: option ${a}: requires parameter`);
        set(VALUE[name]!, a, argv[++i]!);
      } else throw new CurlUsage(`curl: option ${a}: is unknown`);
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (BOOL[c]) (o as any)[BOOL[c]!] = true;
        else if (IGNORED.has(c)) continue;
        else if (VALUE[c]) {
          const rest = a.slice(j + 1);
          if (rest) set(VALUE[c]!, `-${c}`, rest);
          else if (i + 1 < argv.length) set(VALUE[c]!, `-${c}`, argv[++i]!);
          else throw new CurlUsage(`curl: option -${c}: requires parameter`);
          break;
        } else throw new CurlUsage(`curl: option ${a}: is unknown`);
      }
    } else o.urls.push(a);
  }
  return o;
}
