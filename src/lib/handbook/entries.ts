/** Adapts handbook collection entries to the plain shape the navigation helpers take. */
import type { NavPage } from './navigation';
import type { SectionKey } from './sections';

interface EntryLike {
  id: string;
  data: { title: string; section: SectionKey; order: number };
}

export function toNavPages(entries: readonly EntryLike[]): NavPage[] {
  return entries.map((e) => ({ id: e.id, title: e.data.title, section: e.data.section, order: e.data.order }));
}
