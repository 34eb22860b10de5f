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

/** The pages before and after `id` in reading order (undefined at either end). */
export function neighbours(pages: readonly NavPage[], id: string): { prev?: NavPage; next?: NavPage } {
  const ordered = readingOrder(pages);
  const i = ordered.findIndex((p) => p.id === id);
  if (i < 0) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}
