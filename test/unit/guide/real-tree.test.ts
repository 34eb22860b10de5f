/**
 * The real content/guide/tree.yaml: valid, every node and outcome reachable, big enough to be useful, and no
 * answer that quotes disagreeing versions of a rule side by side.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGuide, TREE_FILE } from '../../../src/integrations/guide-validation';
import { readRegistry } from '../../../src/integrations/rules-check';
import { enumeratePaths } from '../../../src/lib/guide/enumerate';
import { formatProblems } from '../../../src/lib/guide/validate';
import { parseTreeSource } from '../../../src/lib/guide/source-file';
import { isOutcome, type GuideTree } from '../../../src/lib/guide/types';
import { todayFrom } from '../../../src/lib/rules/dates';
import { displayAll } from '../../../src/lib/rules/display';
import { plainText } from '../../../src/lib/rules/placeholders';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the real guide tree', () => {
  it('passes every build-time check', () => {
    const { problems } = checkGuide(root);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  const tree = parseTreeSource(readFileSync(path.join(root, TREE_FILE), 'utf8')).tree as GuideTree;
  const paths = enumeratePaths(tree);

  it('reaches every node and every outcome from start', () => {
    const reached = new Set(paths.map((p) => p.nodeId));
    expect(Object.keys(tree).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('has at least 20 distinct outcomes, each the end of some path', () => {
    const outcomes = Object.keys(tree).filter((id) => isOutcome(tree[id]));
    expect(outcomes.length).toBeGreaterThanOrEqual(20);
    const ends = new Set(paths.filter((p) => isOutcome(tree[p.nodeId])).map((p) => p.nodeId));
    expect(outcomes.filter((id) => !ends.has(id))).toEqual([]);
  });

  it('never offers an answer whose label quotes disagreeing versions, which a reader between them could not pick', () => {
    const { rules, sources } = readRegistry(root);
    const display = displayAll(rules, sources, todayFrom(process.env.PLAYBOOK_TODAY, new Date()), '/');
    const labels = Object.entries(tree).flatMap(([id, node]) =>
      isOutcome(node) ? [] : node.options.map((o) => `${id} › ${o.value}：${plainText(o.label, display)}`),
    );
    expect(labels.some((l) => l.includes('1,500 卢布'))).toBe(true);
    expect(labels.filter((l) => l.includes('版本不一'))).toEqual([]);
  });
});
