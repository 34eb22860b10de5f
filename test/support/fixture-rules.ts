/** The registry of test/fixtures/rules-project, loaded the way the build loads it, for unit tests. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { loadRuleFiles } from '../../src/lib/rules/check';
import { displayAll, type RuleDisplay } from '../../src/lib/rules/display';
import type { DatedSource, Rule } from '../../src/lib/rules/resolve';
import { sourceSchema } from '../../src/lib/rules/schema';

const CONTENT = path.resolve(import.meta.dirname, '../fixtures/rules-project/content');

export const FIXTURE_TODAY = '2026-11-28';

export function fixtureSources(): Record<string, DatedSource> {
  const raw = load(readFileSync(path.join(CONTENT, 'sources.yaml'), 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).map(([id, s]) => [id, sourceSchema.parse(s)]));
}

export function fixtureRules(): Rule[] {
  const dir = path.join(CONTENT, 'rules');
  const files = readdirSync(dir)
    .sort()
    .map((f) => ({ file: `content/rules/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
  const { rules, findings } = loadRuleFiles(files, new Set(Object.keys(fixtureSources())));
  if (findings.length > 0) throw new Error(`fixture registry is broken: ${JSON.stringify(findings)}`);
  return rules;
}

export function fixtureDisplay(base = '/', today = FIXTURE_TODAY): Record<string, RuleDisplay> {
  return displayAll(fixtureRules(), fixtureSources(), today, base);
}
