// Prints src/lib/search/traditional-chars.ts from opencc-js: every CJK character its tw/hk -> cn conversion changes.
import { writeFileSync } from 'node:fs';
import { encodeRuns, traditionalCharsFromOpencc } from './traditional-chars-source.mjs';

const runs = encodeRuns(await traditionalCharsFromOpencc());
const lines = runs.match(/.{1,110}/g) ?? [];
const body = lines.map((l) => `  '${l}'`).join(' +\n');
writeFileSync(
  new URL('../src/lib/search/traditional-chars.ts', import.meta.url),
  `/**
 * Every CJK character that opencc-js (Taiwan and Hong Kong presets to mainland simplified) changes.
 * It lets the search decide, without loading opencc-js (about 50 KB gzip), whether a query needs
 * traditional-to-simplified conversion at all. Regenerate with \`npm exec node scripts/gen-traditional-chars.mjs\`;
 * test/unit/search/traditional.test.ts fails when this list and opencc-js disagree.
 */
import { decodeRuns } from './code-runs';

/** The characters as runs of code points (see code-runs.ts). */
const RUNS =
${body};

export const TRADITIONAL_CHARS = decodeRuns(RUNS);
`,
);
