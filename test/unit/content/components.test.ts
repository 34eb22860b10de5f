import { describe, expect, it } from 'vitest';
import { checkComponentProps, contentPagePath } from '../../../src/lib/content/components';

describe('checkComponentProps', () => {
  it('accepts every Callout kind and ignores components it does not know', () => {
    for (const kind of ['rule', 'warning', 'tip']) expect(checkComponentProps('Callout', { kind })).toEqual([]);
    expect(checkComponentProps('Glossary', {})).toEqual([]);
  });

  it('rejects a misspelt, missing, bare or computed kind, saying what is allowed', () => {
    expect(checkComponentProps('Callout', { kind: 'rules' })).toEqual(['<Callout kind="rules"> 无效，应为 "rule" | "warning" | "tip"']);
    expect(checkComponentProps('Callout', {})[0]).toContain('缺少 kind');
    expect(checkComponentProps('Callout', { kind: true })[0]).toContain('(空)');
    expect(checkComponentProps('Callout', { kind: null })[0]).toContain('{表达式}');
  });
});

describe('contentPagePath', () => {
  it('maps a handbook file to its page and nothing else', () => {
    expect(contentPagePath('handbook/overview.mdx')).toBe('/handbook/overview/');
    expect(contentPagePath('guide/tree.yaml')).toBeUndefined();
    expect(contentPagePath('../src/pages/index.mdx')).toBeUndefined();
  });
});
