import { describe, expect, it } from 'vitest';
import { groupBySection, neighbours, readingOrder, sidebarGroups, type NavPage } from '../../../src/lib/handbook/navigation';

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
  const ordered = readingOrder(pages);

  it('links across section boundaries', () => {
    expect(neighbours(ordered, 'confirm')).toEqual({ prev: pages[2], next: pages[3] });
  });

  it('has no previous page at the start and no next page at the end', () => {
    expect(neighbours(ordered, 'overview').prev).toBeUndefined();
    expect(neighbours(ordered, 'glossary').next).toBeUndefined();
  });

  it('returns nothing for an unknown page', () => {
    expect(neighbours(ordered, 'missing')).toEqual({});
  });
});

describe('sidebarGroups', () => {
  const many: NavPage[] = Array.from({ length: 40 }, (_, i) => ({
    id: `p${String(i).padStart(2, '0')}`,
    title: `第 ${i} 页`,
    section: 'experience',
    order: i,
  }));
  const groups = groupBySection([...pages, ...many]);
  const experience = (currentId?: string) => sidebarGroups(groups, currentId, 10).find((g) => g.key === 'experience')!;

  it('lists short sections whole', () => {
    const procedure = sidebarGroups(groups, 'overview', 10).find((g) => g.key === 'procedure')!;
    expect(procedure.pages.map((p) => p.id)).toEqual(['overview', 'confirm']);
    expect(procedure.total).toBe(2);
  });

  it('shows the first pages of a long section the reader is not in, with its real size', () => {
    const g = experience('overview');
    expect(g.pages).toHaveLength(10);
    expect(g.pages[0]?.id).toBe('p00');
    expect(g.total).toBe(42);
  });

  it('centres the window on the current page', () => {
    const ids = experience('p20').pages.map((p) => p.id);
    expect(ids).toHaveLength(10);
    expect(ids.indexOf('p20')).toBe(5);
  });

  it('keeps the window inside the section at its end', () => {
    const ids = experience('p39').pages.map((p) => p.id);
    expect(ids.at(-1)).toBe('p39');
    expect(ids).toHaveLength(10);
  });
});
