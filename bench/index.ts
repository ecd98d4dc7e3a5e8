// `npm run bench`: runs every benchmark and prints each figure beside its goal as a Markdown
// table (the README keeps the latest one). A benchmark, not a test: it never fails the build.

import type { Bench } from './types.js';

type Suite = () => Promise<Bench[]> | Bench[];

const SUITES: [string, () => Promise<{ benches?: Bench[]; suite?: Suite }>][] = [
  ['cluster', () => import('./cluster.js')],
  ['cli', () => import('./cli.js')],
  ['net', () => import('./net.js').catch(() => ({}))],
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function fmt(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(3)} ms`;
}

async function measure(b: Bench): Promise<number> {
  const n = b.iterations ?? 15;
  const times: number[] = [];
  await b.run(await b.prepare?.()); // warm-up: JIT and lazy imports
  for (let i = 0; i < n; i++) {
    const prepared = await b.prepare?.();
    const t0 = performance.now();
    await b.run(prepared);
    times.push(performance.now() - t0);
  }
  return b.stat === 'once' ? times[times.length - 1]! : median(times);
}

const rows: string[] = ['| figure | measured | goal | |', '| --- | ---: | ---: | --- |'];
const filter = process.argv[2];
for (const [name, load] of SUITES) {
  if (filter && !name.includes(filter)) continue;
  const mod = await load();
  const benches = mod.benches ?? (mod.suite ? await mod.suite() : []);
  for (const b of benches) {
    let cell: string;
    let ok = false;
    try {
      const ms = await measure(b);
      ok = ms <= b.goalMs;
      cell = fmt(ms);
    } catch (e) {
      cell = `error: ${(e as Error).message.split('\n')[0]}`;
    }
    const row = `| ${b.name} | ${cell} | ${b.goal} | ${ok ? 'ok' : 'over'} |`;
    rows.push(row);
    process.stderr.write(row + '\n');
  }
}
process.stdout.write('\n' + rows.join('\n') + '\n');
process.stdout.write(`\nnode ${process.version}, ${(await import('node:os')).cpus().length} cores, ${new Date().toISOString().slice(0, 10)}\n`);
