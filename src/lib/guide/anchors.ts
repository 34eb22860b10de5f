/** Handbook links in the tree name a heading by its anchor id or by its text; both resolve to the id on the page. */
import type { HandbookPage } from './types';

export function resolveAnchor(page: HandbookPage, anchor: string): string | undefined {
  const wanted = anchor.trim().replace(/^#/, '');
  const bySlug = page.headings.find((h) => h.slug === wanted);
  if (bySlug) return bySlug.slug;
  return page.headings.find((h) => h.text.trim() === wanted)?.slug;
}
