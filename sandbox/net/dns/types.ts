// DNS messages as data: questions, resource records, replies, and the zone-file form
// (`web.default.svc.cluster.local.	30	IN	A	10.96.0.20`) that dig prints and tests compare.

export type RRType = 'A' | 'AAAA' | 'SRV' | 'PTR' | 'TXT' | 'CNAME' | 'SOA' | 'NS' | 'MX' | 'ANY';
export type Rcode = 'NOERROR' | 'FORMERR' | 'SERVFAIL' | 'NXDOMAIN' | 'NOTIMP' | 'REFUSED';

export interface Question {
  name: string;
  type: RRType;
}

interface RRBase {
  name: string;
  ttl: number;
}

export type RR =
  | (RRBase & { type: 'A' | 'AAAA'; address: string })
  | (RRBase & { type: 'CNAME' | 'PTR' | 'NS'; target: string })
  | (RRBase & { type: 'TXT'; text: string[] })
  | (RRBase & { type: 'SRV'; priority: number; weight: number; port: number; target: string })
  | (RRBase & { type: 'MX'; preference: number; target: string })
  | (RRBase & { type: 'SOA'; ns: string; mbox: string; serial: number; refresh: number; retry: number; expire: number; minttl: number });

export interface Msg {
  question: Question;
  rcode: Rcode;
  /** AA: set by CoreDNS for names it is authoritative for (the cluster zone). */
  authoritative: boolean;
  recursionAvailable: boolean;
  answer: RR[];
  authority: RR[];
  extra: RR[];
}

/** A name made absolute: lower-cased comparisons are done by callers; this only adds the dot. */
export function fqdn(name: string): string {
  return name.endsWith('.') ? name : `${name}.`;
}

export function reply(q: Question, rcode: Rcode = 'NOERROR'): Msg {
  return { question: q, rcode, authoritative: false, recursionAvailable: false, answer: [], authority: [], extra: [] };
}

export function rdata(rr: RR): string {
  switch (rr.type) {
    case 'A':
    case 'AAAA':
      return rr.address;
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return rr.target;
    case 'TXT':
      return rr.text.map((t) => `"${t}"`).join(' ');
    case 'SRV':
      return `${rr.priority} ${rr.weight} ${rr.port} ${rr.target}`;
    case 'MX':
      return `${rr.preference} ${rr.target}`;
    case 'SOA':
      return `${rr.ns} ${rr.mbox} ${rr.serial} ${rr.refresh} ${rr.retry} ${rr.expire} ${rr.minttl}`;
  }
}

/** miekg/dns RR.String(): `name<TAB>ttl<TAB>IN<TAB>type<TAB>rdata`, as dig's sections print. */
export function rrString(rr: RR): string {
  return `${rr.name}\t${rr.ttl}\tIN\t${rr.type}\t${rdata(rr)}`;
}

/** The same record as a single-spaced zone-file line, the form CoreDNS's tests write. */
export function zoneLine(rr: RR): string {
  return `${rr.name} ${rr.ttl} IN ${rr.type} ${rdata(rr)}`;
}
