/**
 * We write every sentence ourselves: no run of 20 characters (whitespace ignored) of the seed article
 * may appear in what we publish. The seed sits beside the checkout in ../shared/seeds/.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const SEEDS = path.resolve('../shared/seeds');
const PUBLISHED = ['content', 'src', 'public', 'README.md'];
const RUN = 20;

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function filesUnder(p: string): string[] {
  if (!existsSync(p)) return [];
  if (statSync(p).isFile()) return [p];
  return readdirSync(p, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(p, f))
    .filter((f) => statSync(f).isFile());
}

/** Every 20-character run of the seed, whitespace removed. */
function seedRuns(): Set<string> {
  const seed = squash(readdirSync(SEEDS).map((f) => readFileSync(path.join(SEEDS, f), 'utf8')).join(''));
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= seed.length; i++) runs.add(seed.slice(i, i + RUN));
  return runs;
}

// A checkout without ../shared beside it (a reader's own clone) has no seed to compare with; CI has it.
describe.skipIf(!existsSync(SEEDS))('the seed article', () => {
  let runs: Set<string>;
  beforeAll(() => {
    runs = seedRuns();
  });

  it('is long enough for the check to mean something', () => {
    expect(runs.size).toBeGreaterThan(1000);
  });

  it(`is not copied: no ${RUN}-character run of it appears in the project`, () => {
    const copied: string[] = [];
    for (const file of PUBLISHED.flatMap(filesUnder)) {
      if (/\.(png|ico|woff2?)$/.test(file)) continue;
      const text = squash(readFileSync(file, 'utf8'));
      for (let i = 0; i + RUN <= text.length; i++) {
        const run = text.slice(i, i + RUN);
        if (runs.has(run)) {
          copied.push(`${file}: "${run}"`);
          break;
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
