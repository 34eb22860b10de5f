/**
 * Page facts: for every page in the Pagefind index, what a result row and the filters need (title, kind,
 * models, section headings) keyed by Pagefind's result id. Written at build time next to the index
 * (search-facts.json), so results can be listed, counted per filter and ranked without fetching each
 * page's Pagefind fragment (about 4 KB each); fragments are fetched only for excerpts on screen.
 */
export interface PageFacts {
  url: string;
  title: string;
  kind: string;
  models: string[];
  /** h2/h3 texts, used to rank a page whose section is titled with the term above one that only mentions it. */
  headings: string[];
}

export type FactsIndex = Record<string, PageFacts>;

/** The parts of a Pagefind fragment we read (the file is gzip of "pagefind_dcd" + this JSON). */
export interface FragmentJson {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: { element: string; text: string }[];
}

/** Pagefind puts the heading's whole text, including our "#" link, in anchors and sub-result titles. */
export function headingText(text: string): string {
  return text.replace(/\s*#\s*$/, '').trim();
}

export function factsFromFragment(fragment: FragmentJson): PageFacts {
  return {
    url: fragment.url,
    title: fragment.meta.title ?? fragment.url,
    kind: fragment.filters.kind?.[0] ?? '',
    models: fragment.filters.model ?? [],
    headings: fragment.anchors.filter((a) => a.element === 'h2' || a.element === 'h3').map((a) => headingText(a.text)),
  };
}
