// Parses a Corefile (Caddy syntax) into server blocks of directives, with CoreDNS's error
// wording, so an edit to the coredns ConfigMap changes how the cluster resolves names.

export interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
  line: number;
}

export interface ServerBlock {
  /** Keys as written: `.:53`, `example.org`, `dns://foo.local:53`. */
  keys: string[];
  directives: Directive[];
  line: number;
}

export class CorefileError extends Error {}

/** Plugin names CoreDNS v1.12 is built with (plugin.cfg), in execution order. */
export const PLUGIN_ORDER = [
  'root', 'metadata', 'geoip', 'cancel', 'tls', 'timeouts', 'multisocket', 'reload', 'nsid', 'bufsize', 'bind', 'debug',
  'trace', 'ready', 'health', 'pprof', 'prometheus', 'errors', 'log', 'dnstap', 'local', 'dns64', 'acl', 'any', 'chaos',
  'loadbalance', 'tsig', 'cache', 'rewrite', 'header', 'dnssec', 'autopath', 'minimal', 'template', 'transfer', 'hosts',
  'route53', 'azure', 'clouddns', 'k8s_external', 'kubernetes', 'file', 'auto', 'secondary', 'etcd', 'loop', 'forward',
  'grpc', 'erratic', 'whoami', 'on', 'sign', 'view',
] as const;

interface Token {
  text: string;
  line: number;
  quoted: boolean;
}

export function lex(src: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '\n') {
      line++;
      i++;
    } else if (ch === ' ' || ch === '\t' || ch === '\r') i++;
    else if (ch === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (ch === '"') {
      const start = line;
      let text = '';
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\' && src[i + 1] === '"') i++;
        if (src[i] === '\n') line++;
        text += src[i++];
      }
      i++;
      out.push({ text, line: start, quoted: true });
    } else {
      let text = '';
      while (i < src.length && !/[\s]/.test(src[i]!)) text += src[i++];
      out.push({ text, line, quoted: false });
    }
  }
  return out;
}

const err = (file: string, line: number, msg: string) => new CorefileError(`${file}:${line} - Error during parsing: ${msg}`);

export function parseCorefile(src: string, file = 'Corefile'): ServerBlock[] {
  const toks = lex(src);
  let i = 0;
  const known = new Set<string>(PLUGIN_ORDER);
  const isOpen = (t: Token | undefined) => t !== undefined && !t.quoted && t.text === '{';
  const isClose = (t: Token | undefined) => t !== undefined && !t.quoted && t.text === '}';

  function directives(depth: number, openLine: number): Directive[] {
    const out: Directive[] = [];
    for (;;) {
      const t = toks[i];
      if (!t) throw err(file, toks[toks.length - 1]?.line ?? openLine, 'Unexpected EOF');
      if (isClose(t)) {
        i++;
        return out;
      }
      if (isOpen(t)) throw err(file, t.line, `Unexpected '{' on a line by itself`);
      if (depth === 0 && !known.has(t.text)) throw err(file, t.line, `Unknown directive '${t.text}'`);
      i++;
      const d: Directive = { name: t.text, args: [], line: t.line };
      while (toks[i] && toks[i]!.line === t.line && !isOpen(toks[i]) && !isClose(toks[i])) d.args.push(toks[i++]!.text);
      if (isOpen(toks[i]) && toks[i]!.line === toks[i - 1]!.line) {
        i++;
        d.block = directives(depth + 1, t.line);
      }
      out.push(d);
    }
  }

  const blocks: ServerBlock[] = [];
  while (i < toks.length) {
    const first = toks[i]!;
    const keys: string[] = [];
    while (toks[i] && !isOpen(toks[i])) {
      for (const k of toks[i]!.text.split(',')) if (k) keys.push(k);
      i++;
    }
    if (!toks[i]) {
      // A block without braces holds everything that follows; CoreDNS allows it for one block.
      throw err(file, first.line, 'Unexpected EOF');
    }
    i++;
    blocks.push({ keys, directives: directives(0, first.line), line: first.line });
  }
  return blocks;
}

/** The Corefile kind (kubeadm ≥ 1.32) puts in the coredns ConfigMap. */
export const KIND_COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`;
