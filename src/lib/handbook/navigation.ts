/** Sidebar groups and previous/next links, derived from the handbook entries' section and order. */
import { SECTIONS, type SectionKey } from './sections';

export interface NavPage {
  id: string;
  title: string;
  section: SectionKey;
  order: number;
}

export interface NavGroup {
  key: SectionKey;
  label: string;
  pages: NavPage[];
}

/** Pages in reading order: by section as listed in SECTIONS, then by order, then by id for a stable tie-break. */
export function readingOrder(pages: readonly NavPage[]): NavPage[] {
  const rank = (key: SectionKey) => SECTIONS.findIndex((s) => s.key === key);
  return [...pages].sort(
    (a, b) => rank(a.section) - rank(b.section) || a.order - b.order || a.id.localeCompare(b.id),
  );
}

/** Sections with their pages; sections without pages are left out. */
export function groupBySection(pages: readonly NavPage[]): NavGroup[] {
  const ordered = readingOrder(pages);
  return SECTIONS.map((s) => ({
    key: s.key,
    label: s.label,
    pages: ordered.filter((p) => p.section === s.key),
  })).filter((g) => g.pages.length > 0);
}

/** The pages before and after `id` in `ordered`, which must already be in reading order (undefined at either end). */
export function neighbours(ordered: readonly NavPage[], id: string): { prev?: NavPage; next?: NavPage } {
  const i = ordered.findIndex((p) => p.id === id);
  if (i < 0) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}

/** A sidebar section: the pages it shows, and how many the section really has. */
export interface SidebarGroup extends NavGroup {
  total: number;
}

/**
 * Sidebar sections for the page `currentId`. A section of up to `limit` pages is listed whole; a longer one
 * shows a window of `limit` pages (around the current page when it is in that section, else its first pages),
 * so every page's HTML stays the same size however large the handbook grows. The handbook index lists all.
 */
export function sidebarGroups(groups: readonly NavGroup[], currentId: string | undefined, limit = 15): SidebarGroup[] {
  return groups.map((g) => {
    const total = g.pages.length;
    if (total <= limit) return { ...g, total };
    const at = g.pages.findIndex((p) => p.id === currentId);
    const start = at < 0 ? 0 : Math.min(Math.max(0, at - Math.floor(limit / 2)), total - limit);
    return { ...g, pages: g.pages.slice(start, start + limit), total };
  });
}
