// Splits a query name inside the cluster zone into its parts, as CoreDNS's
// plugin/kubernetes/parse.go does: [_port._proto.|endpoint.]service.namespace.(svc|pod).zone

export interface RecordRequest {
  port: string;
  protocol: string;
  endpoint: string;
  service: string;
  namespace: string;
  /** `svc`, `pod`, or '' for names above them (the zone apex, `svc.<zone>`). */
  podOrSvc: string;
}

export class InvalidRequest extends Error {}

/** Labels of a name, without the trailing dot (`dns.SplitDomainName`). */
export function labels(name: string): string[] {
  const n = name.endsWith('.') ? name.slice(0, -1) : name;
  return n ? n.split('.') : [];
}

/** The name with the zone removed, or undefined if the name is not inside the zone. */
export function trimZone(name: string, zone: string): string | undefined {
  const n = name.toLowerCase(), z = zone.toLowerCase();
  if (z === '.') return n === '.' ? '' : n.slice(0, -1);
  if (n === z) return '';
  if (n.endsWith(`.${z}`)) return name.slice(0, name.length - z.length - 1);
  return undefined;
}

const stripUnderscore = (s: string) => (s.startsWith('_') ? s.slice(1) : s);

export function parseRequest(name: string, zone: string): RecordRequest {
  const r: RecordRequest = { port: '', protocol: '', endpoint: '', service: '', namespace: '', podOrSvc: '' };
  const base = trimZone(name, zone) ?? '';
  const lower = base.toLowerCase();
  // The apex and `svc.<zone>`/`pod.<zone>` exist but hold no records: NODATA.
  if (lower === '' || lower === 'svc' || lower === 'pod') return r;
  const segs = base.split('.');
  let last = segs.length - 1;
  r.podOrSvc = segs[last]!.toLowerCase();
  if (r.podOrSvc !== 'pod' && r.podOrSvc !== 'svc') throw new InvalidRequest(name);
  if (--last < 0) return r;
  r.namespace = segs[last]!;
  if (--last < 0) return r;
  r.service = segs[last]!;
  if (--last < 0) return r;
  if (last === 0) r.endpoint = segs[0]!;
  else if (last === 1) {
    r.protocol = stripUnderscore(segs[1]!);
    r.port = stripUnderscore(segs[0]!);
  } else throw new InvalidRequest(name);
  return r;
}
