/** The registry of test/fixtures/rules-project, loaded the way the build loads it, for unit tests. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadRuleFiles, loadSources } from '../../src/lib/rules/check';
import { displayAll, type RuleDisplay } from '../../src/lib/rules/display';
import type { DatedSource, Rule } from '../../src/lib/rules/resolve';

const CONTENT = path.resolve(import.meta.dirname, '../fixtures/rules-project/content');

export const FIXTURE_TODAY = '2026-11-28';

export function fixtureSources(): Record<string, DatedSource> {
  const { sources, findings } = loadSources({ file: 'content/sources.yaml', text: readFileSync(path.join(CONTENT, 'sources.yaml'), 'utf8') });
  if (findings.length > 0) throw new Error(`fixture sources are broken: ${JSON.stringify(findings)}`);
  return sources;
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
