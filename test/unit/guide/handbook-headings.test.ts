import { describe, expect, it } from 'vitest';
import { resolveAnchor } from '../../../src/lib/guide/anchors';
import { extractHeadings } from '../../../src/lib/guide/handbook-headings';

describe('extractHeadings', () => {
  it('slugs headings the way Astro does, skipping frontmatter and code', () => {
    const mdx = [
      '---',
      'title: 注意事项',
      '# not a heading: frontmatter',
      '---',
      "import Callout from '../../src/components/Callout.astro';",
      '## 不要误点取消',
      '```',
      '## inside code',
      '```',
      '## FBS **退货** 与 `API`',
      '### 3 天内处理 ##',
      '## 不要误点取消',
      '## [链接](https://example.org) 标题',
    ].join('\n');
    expect(extractHeadings(mdx)).toEqual([
      { text: '不要误点取消', slug: '不要误点取消' },
      { text: 'FBS 退货 与 API', slug: 'fbs-退货-与-api' },
      { text: '3 天内处理', slug: '3-天内处理' },
      { text: '不要误点取消', slug: '不要误点取消-1' },
      { text: '链接 标题', slug: '链接-标题' },
    ]);
  });
});

describe('resolveAnchor', () => {
  const page = { id: 'p', headings: [{ slug: 'fbs-退货', text: 'FBS 退货' }] };
  it('accepts the anchor id, with or without #, or the heading text', () => {
    expect(resolveAnchor(page, 'fbs-退货')).toBe('fbs-退货');
    expect(resolveAnchor(page, '#fbs-退货')).toBe('fbs-退货');
    expect(resolveAnchor(page, 'FBS 退货')).toBe('fbs-退货');
    expect(resolveAnchor(page, 'FBS')).toBeUndefined();
  });
});
