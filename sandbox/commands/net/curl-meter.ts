// curl's progress meter (lib/progress.c): the two header lines and `\r`-updated rows, shown on
// stderr when the body does not go to a terminal and -s is not given.

const HEADER =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';

/** max5data: a count in at most five characters. */
export function max5(n: number): string {
  if (n < 100000) return String(Math.floor(n)).padStart(5);
  if (n < 10000 * 1024) return `${String(Math.floor(n / 1024)).padStart(4)}k`;
  if (n < 100 * 1024 * 1024) {
    const mb = n / (1024 * 1024);
    return `${String(Math.floor(mb)).padStart(2)}.${Math.floor((mb * 10) % 10)}M`;
  }
  return `${String(Math.floor(n / (1024 * 1024))).padStart(4)}M`;
}

/** time2str: `--:--:--` for nothing yet, else `%2d:%02d:%02d`. */
function time2str(s: number): string {
  if (s <= 0) return '--:--:--';
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = Math.floor(s % 60);
  return `${String(h).padStart(2)}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
}

function row(total: number, got: number, speed: number, spentS: number): string {
  const pct = (n: number) => String(total > 0 ? Math.floor((n * 100) / total) : 0).padStart(3);
  return `\r${pct(got)} ${max5(total)}  ${pct(got)} ${max5(got)}  ${pct(0)} ${max5(0)}  ${max5(speed)}  ${max5(0)} ${time2str(0)} ${time2str(spentS)} ${time2str(0)} ${max5(speed)}`;
}

/** The header and the first (empty) row, printed as the transfer starts. */
export function meterStart(): string {
  return HEADER + row(0, 0, 0, 0);
}

/**
 * The rest of the meter for a transfer of `bytes` (undefined: nothing was received) that took
 * `elapsedMs`: a row per second spent, then the final one and a newline.
 */
export function meterEnd(bytes: number | undefined, elapsedMs: number): string {
  let out = '';
  for (let s = 1; s <= Math.floor(elapsedMs / 1000); s++) out += row(0, 0, 0, s);
  if (bytes !== undefined) {
    const speed = elapsedMs > 0 ? (bytes * 1000) / elapsedMs : bytes;
    out += row(bytes, bytes, speed, Math.floor(elapsedMs / 1000));
  }
  return out + '\n';
}
