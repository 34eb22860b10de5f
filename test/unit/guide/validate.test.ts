import { describe, expect, it } from 'vitest';
import { formatProblems, type ProblemKind } from '../../../src/lib/guide/validate';
import { validateFixture } from './fixtures';

describe('validateTree', () => {
  it('accepts the valid fixture tree', () => {
    expect(validateFixture('valid')).toEqual([]);
  });

  const cases: [fixture: string, kind: ProblemKind, nodeId: string][] = [
    ['unknown-target', 'unknown-target', 'transit-model'],
    ['unreachable', 'unreachable', 'orphan'],
    ['cycle', 'cycle', 'damaged-value'],
    ['dead-end', 'dead-end', 'damaged-high'],
    ['duplicate-id', 'duplicate-id', 'changed-mind'],
    ['too-few-options', 'too-few-options', 'damaged-value'],
    ['duplicate-option-value', 'duplicate-option-value', 'delivered-reason'],
    ['duplicate-option-label', 'duplicate-option-label', 'delivered-reason'],
    ['non-ascii-id', 'bad-id', '不想要'],
    ['missing-handbook-page', 'missing-handbook-page', 'transit-rfbs'],
    ['missing-heading', 'missing-heading', 'transit-rfbs'],
    ['unknown-template', 'unknown-template', 'transit-rfbs'],
    ['reserved-value', 'reserved-value', 'start'],
  ];

  it.each(cases)('%s.yaml: reports %s at node %s, and nothing else', (fixture, kind, nodeId) => {
    const problems = validateFixture(fixture);
    expect(problems.map((p) => [p.kind, p.nodeId])).toEqual([[kind, nodeId]]);
    expect(problems[0]!.file).toBe(`${fixture}.yaml`);
  });

  it('prints a cycle as the full loop', () => {
    const [problem] = validateFixture('cycle');
    expect(problem!.message).toContain('delivered-reason → damaged-value → delivered-reason');
  });

  it('reports every problem of a tree at once, each with file and node id', () => {
    const problems = validateFixture('many-problems');
    expect(problems.map((p) => p.kind).sort()).toEqual([
      'duplicate-option-label',
      'unknown-target',
      'unknown-template',
      'unreachable',
    ]);
    const text = formatProblems(problems);
    expect(text).toContain('4 个问题');
    expect(text).toContain('many-problems.yaml › transit-model');
    expect(text).toContain('many-problems.yaml › transit-rfbs');
    expect(text).toContain('(unknown target)');
    expect(text).toContain('(unknown template id)');
  });

  it('survives input that is not a tree at all', async () => {
    const { validateTree } = await import('../../../src/lib/guide/validate');
    const base = { file: 'x.yaml', handbook: [], templateIds: new Set<string>() };
    expect(validateTree({ ...base, tree: null }).map((p) => p.kind)).toEqual(['malformed-node']);
    expect(validateTree({ ...base, tree: { start: { type: 'question', options: 'nope' } } }).map((p) => p.kind)).toEqual([
      'dead-end',
    ]);
    expect(validateTree({ ...base, tree: { other: { type: 'outcome', steps: [{ text: 'a' }] } } }).map((p) => p.kind)).toEqual([
      'missing-start',
    ]);
    expect(validateTree({ ...base, tree: { start: { type: 'quiz' } } }).map((p) => p.kind)).toEqual(['malformed-node']);
  });
});
