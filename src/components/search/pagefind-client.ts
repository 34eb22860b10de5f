/** Loading what a search needs, each at most once and only when the reader starts searching. */
import type { PagefindLike } from '../../lib/search/engine';
import type { FactsIndex } from '../../lib/search/facts';
import type { ToSimplified } from '../../lib/search/normalize';
import { lexiconFromFile, type LexiconFile } from '../../lib/search/lexicon-file';
import { emptyLexicon, type Lexicon, type Situation } from '../../lib/search/question';
import { buildSynonymIndex, type SynonymGroup, type SynonymIndex } from '../../lib/search/synonyms';
import { withBase } from '../../lib/url';

let pagefind: Promise<PagefindLike> | undefined;
let groups: Promise<SynonymGroup[]> | undefined;
let synonyms: Promise<SynonymIndex> | undefined;
let lexicon: Promise<Lexicon> | undefined;
let facts: Promise<FactsIndex> | undefined;
let situations: Promise<Situation[]> | undefined;

export function loadPagefind(): Promise<PagefindLike> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))) as PagefindLike & {
      options(o: Record<string, unknown>): Promise<void>;
      init(): Promise<void>;
    };
    // The worker would cost another 12 KB; our index is small enough to search on the main thread.
    await module.options({ baseUrl: withBase('/'), noWorker: true, excerptLength: 40 });
    await module.init();
    return module;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

function loadSynonymGroups(): Promise<SynonymGroup[]> {
  groups ??= fetch(withBase('/search-synonyms.json'))
    .then((r) => (r.ok ? (r.json() as Promise<SynonymGroup[]>) : []))
    .catch(() => []);
  return groups;
}

export function loadSynonyms(): Promise<SynonymIndex> {
  synonyms ??= loadSynonymGroups().then(buildSynonymIndex);
  return synonyms;
}

/** Without the lexicon every query is searched as a keyword, as before: a missing file costs no result. */
export function loadLexicon(): Promise<Lexicon> {
  lexicon ??= Promise.all([
    fetch(withBase('/search-lexicon.json')).then((r) => (r.ok ? (r.json() as Promise<LexiconFile>) : null)).catch(() => null),
    loadSynonymGroups(),
  ]).then(([data, list]) => (data ? lexiconFromFile(data, list) : emptyLexicon()));
  return lexicon;
}

/** The guide's start answers (src/pages/search-situations.json.ts), fetched the first time a search finds nothing. */
export function loadSituations(): Promise<Situation[]> {
  situations ??= fetch(withBase('/search-situations.json'))
    .then((r) => (r.ok ? (r.json() as Promise<Situation[]>) : []))
    .catch(() => []);
  return situations;
}

/** Written next to the index at build time (src/integrations/pagefind.ts); without it nothing can be listed. */
export function loadFacts(): Promise<FactsIndex> {
  facts ??= fetch(withBase('/search-facts.json')).then((r) => {
    if (!r.ok) throw new Error(`search-facts.json: HTTP ${r.status}`);
    return r.json() as Promise<FactsIndex>;
  });
  facts.catch(() => (facts = undefined));
  return facts;
}

/** opencc-js, only for queries with traditional characters (see normalize.ts). */
export async function loadConverter(): Promise<ToSimplified> {
  const { Converter } = await import('opencc-js/t2cn');
  const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
  const fromHongKong = Converter({ from: 'hk', to: 'cn' });
  return (text) => fromHongKong(fromTaiwan(text));
}
