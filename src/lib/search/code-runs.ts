/**
 * Characters in code point order, written as runs (scripts/traditional-chars-source.mjs encodeRuns):
 * each run is the base-36 distance from the previous run's last code point, then "+" and how many
 * code points follow it without a gap. Far smaller gzipped than the characters themselves.
 */
export function decodeRuns(runs: string): string {
  let code = 0;
  let out = '';
  for (const run of runs.split(',')) {
    const [gap = '', extra = '0'] = run.split('+');
    code += parseInt(gap, 36);
    const last = code + parseInt(extra, 36);
    for (; code <= last; code++) out += String.fromCodePoint(code);
    code = last;
  }
  return out;
}
