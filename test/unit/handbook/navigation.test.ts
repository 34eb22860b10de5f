import { describe, expect, it } from 'vitest';
import { groupBySection, neighbours, readingOrder, type NavPage } from '../../../src/lib/handbook/navigation';

const pages: NavPage[] = [
  { id: 'glossary', title: '术语表', section: 'reference', order: 1 },
  { id: 'confirm', title: '确认', section: 'procedure', order: 1 },
  { id: 'overview', title: '总览', section: 'procedure', order: 0 },
  { id: 'fbo', title: 'FBO', section: 'models', order: 1 },
  { id: 'b-tie', title: 'B', section: 'experience', order: 1 },
  { id: 'a-tie', title: 'A', section: 'experience', order: 1 },
];

describe('readingOrder', () => {
  it('sorts by section order, then order, then id', () => {
    expect(readingOrder(pages).map((p) => p.id)).toEqual(['overview', 'confirm', 'fbo', 'a-tie', 'b-tie', 'glossary']);
  });

  it('does not reorder the caller’s array', () => {
    const copy = [...pages];
    readingOrder(pages);
    expect(pages).toEqual(copy);
  });
});

describe('groupBySection', () => {
  it('groups pages under their section labels and leaves out empty sections', () => {
    const groups = groupBySection(pages);
    expect(groups.map((g) => g.label)).toEqual(['处理流程', '按履约模式', '经验', '参考']);
    expect(groups[0]?.pages.map((p) => p.id)).toEqual(['overview', 'confirm']);
  });
});

describe('neighbours', () => {
  it('links across section boundaries', () => {
    expect(neighbours(pages, 'confirm')).toEqual({ prev: pages[2], next: pages[3] });
  });

  it('has no previous page at the start and no next page at the end', () => {
    expect(neighbours(pages, 'overview').prev).toBeUndefined();
    expect(neighbours(pages, 'glossary').next).toBeUndefined();
  });

  it('returns nothing for an unknown page', () => {
    expect(neighbours(pages, 'missing')).toEqual({});
  });
});
