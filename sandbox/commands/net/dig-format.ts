// dig's (BIND 9.18) text layout: the banner, header and flags, sections in master-file columns
// (owner, TTL at 24, class at 32, type at 40, rdata at 48; a space when a column overflows).

import { rdata, type Msg, type RR } from '../../net/dns/types.js';

/** Appends `text` at column `col` of a line of width `w`: tabs (stops every 8), or one space when past it. */
function put(line: { s: string; w: number }, text: string, col: number): void {
  if (line.w >= col) {
    line.s += ' ';
    line.w += 1;
  } else
    while (line.w < col) {
      line.s += '\t';
      line.w = (Math.floor(line.w / 8) + 1) * 8;
    }
  line.s += text;
  line.w += text.length;
}

/** One record as dig prints it. */
export function digRR(rr: RR): string {
  const l = { s: rr.name, w: rr.name.length };
  put(l, String(rr.ttl), 24);
  put(l, 'IN', 32);
  put(l, rr.type, 40);
  put(l, rdata(rr), 48);
  return l.s;
}

export function digQuestion(name: string, type: string): string {
  const l = { s: `;${name}`, w: name.length + 1 };
  put(l, 'IN', 32);
  put(l, type, 40);
  return l.s;
}

function wireName(n: string): number {
  return n === '.' ? 1 : n.replace(/\.$/, '').split('.').reduce((a, l) => a + l.length + 1, 1);
}

function rdLength(rr: RR): number {
  switch (rr.type) {
    case 'A':
      return 4;
    case 'AAAA':
      return 16;
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return wireName(rr.target);
    case 'SRV':
      return 6 + wireName(rr.target);
    case 'MX':
      return 2 + wireName(rr.target);
    case 'TXT':
      return rr.text.reduce((a, t) => a + t.length + 1, 0);
    case 'SOA':
      return wireName(rr.ns) + wireName(rr.mbox) + 20;
  }
}

/** The reply's size on the wire: owner names after the question compress to a 2-byte pointer; OPT with a cookie. */
export function msgSize(m: Msg): number {
  const q = 12 + wireName(m.question.name) + 4;
  const rrs = [...m.answer, ...m.authority, ...m.extra].reduce((a, rr) => a + 2 + 10 + rdLength(rr), 0);
  return q + rrs + 11 + 12;
}

/** `Mon Sep 01 09:00:00 UTC 2025`. */
export function digWhen(ms: number): string {
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]!;
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]!;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${day} ${mon} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}
