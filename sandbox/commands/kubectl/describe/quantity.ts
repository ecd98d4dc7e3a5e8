// resource.Quantity, as far as describe needs it: parse `100m`, `2`, `70Mi`, `1G` to a number
// (millicores for cpu, bytes otherwise) and print sums the way Quantity.String() does.

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** The quantity's value (cores for cpu, bytes for memory). */
export function parseQuantity(q: string): number {
  const m = String(q).trim().match(/^([+-]?\d*\.?\d+(?:[eE][+-]?\d+)?)([a-zA-Z]*)$/);
  if (!m) return 0;
  const n = parseFloat(m[1]!);
  const suf = m[2]!;
  if (suf in BINARY) return n * BINARY[suf]!;
  if (suf in DECIMAL) return n * DECIMAL[suf]!;
  return n;
}

/** `950m`, `1`, `290Mi`, `0`. */
export function formatQuantity(v: number, kind: 'cpu' | 'memory'): string {
  if (!v) return '0';
  if (kind === 'cpu') {
    const milli = Math.round(v * 1000);
    return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
  }
  for (const suf of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
    const f = BINARY[suf]!;
    if (v >= f && v % f === 0) return `${v / f}${suf}`;
  }
  return String(Math.round(v));
}
