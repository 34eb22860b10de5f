/**
 * Reading a seller's question. Sellers type the question they have (「买家拒收了怎么办」), not a keyword:
 * the question and function words (content/search/stopwords.yaml) are dropped, and what is left is read
 * as key concepts, the longest known word first: terms of the synonym table, the concept groups
 * (content/search/concepts.yaml), the glossary and the guide's own words. An amount with its unit
 * (两千卢布) is dropped too. The engine searches for those concepts and still asks for the whole sentence
 * as a phrase.
 */
import { START_ID, isQuestion, type GuideTree } from '../guide/types';
import { foldForMatch } from './normalize';
import { MAX_CONCEPTS, segments } from './rewrite';
import { buildSynonymIndex, standsAlone, type SynonymGroup, type SynonymIndex } from './synonyms';

/** What a word of content/search/stopwords.yaml does (see the file's header). */
export type WordRole = 'stop' | 'generic' | 'template' | 'term' | 'unit' | 'concept';

/** A start answer of the guide, offered when a question finds nothing. */
export interface Situation {
  label: string;
  href: string;
  /** The answer's label and the titles of every outcome it leads to: what the path covers. */
  text: string;
}

/** /search-lexicon.json, written at build time (src/pages/search-lexicon.json.ts). */
export interface LexiconData {
  roles: { role: WordRole; words: string[] }[];
  /**
   * Concept groups beyond the synonym table: content/search/concepts.yaml, glossary terms (the handbook's
   * word first) and guide words.
   */
  concepts: string[][];
  situations: Situation[];
}

/** What the lexicon's words are made of: content/search/stopwords.yaml and concepts.yaml, the glossary, the guide. */
export interface LexiconSources {
  roles: { role: WordRole; words: string[] }[];
  conceptGroups: string[][];
  glossary: { zh: string; aliases: string[] }[];
  tree: GuideTree;
}

/** Question words and concepts; the guide's start answers are built apart (guideSituations), as they ship apart. */
export function lexiconData({ roles, conceptGroups, glossary, tree }: LexiconSources): Omit<LexiconData, 'situations'> {
  const roleOf = new Map<string, WordRole>(roles.flatMap(({ role, words }) => words.map((w): [string, WordRole] => [w, role])));
  return {
    roles,
    concepts: [...conceptGroups, ...glossaryConcepts(glossary), ...situationWords(guideTexts(tree), roleOf).map((w) => [w])],
  };
}

export interface Lexicon {
  roles: Map<string, WordRole>;
  /** Synonym table, glossary and guide words: every concept to its other forms, handbook words first. */
  concepts: SynonymIndex;
  /** Words of two or more characters, role words and concepts, longest first. */
  dictionary: string[];
  situations: Situation[];
}

export function buildLexicon(data: LexiconData, synonyms: SynonymGroup[]): Lexicon {
  const roles = new Map<string, WordRole>();
  const listed: string[][] = [];
  for (const { role, words } of data.roles) {
    if (role === 'concept') listed.push(...words.map((w) => [w]));
    else for (const word of words) roles.set(foldForMatch(word), role);
  }
  const groups = [...synonyms, ...[...data.concepts, ...listed].map((terms, i) => ({ id: `concept-${i}`, terms }))];
  const concepts = buildSynonymIndex(groups);
  // A word editors listed with a role is never a concept, even where the glossary has it too.
  const words = new Set([...roles.keys(), ...[...concepts.related.keys()].filter((w) => !roles.has(w))]);
  const dictionary = [...words].filter((w) => [...w].length >= 2).sort((a, b) => b.length - a.length);
  return { roles, concepts, dictionary, situations: data.situations };
}

export function emptyLexicon(): Lexicon {
  return buildLexicon({ roles: [], concepts: [], situations: [] }, []);
}

export interface Concept {
  /** As the reader typed it. */
  text: string;
  /** The other forms worth searching, handbook words first (empty for a word we do not know). */
  forms: string[];
  /** A word of the synonym table, the glossary or the guide, not just a leftover piece of the question. */
  known: boolean;
}

export interface ParsedQuestion {
  concepts: Concept[];
  wantsTemplate: boolean;
  wantsTerm: boolean;
  /**
   * The question from its first concept to its last (FBS 订单买家拒收了怎么办 → FBS 订单买家拒收): the
   * sentence searched as a phrase. Every page holding the whole sentence holds this too, and each word
   * around it (买家, 了, 怎么办) would fetch one or two index chunks of about 28 KB that find nothing.
   */
  core: string;
  /** True when a question or function word (怎么, 吗, 了) was dropped: surely a question, not a phrase. */
  asks: boolean;
  /**
   * True when the query is more than one keyword: words were dropped, or it names several concepts.
   * A keyword (包装, 部分退款, 审理退货, v1/returns/list) is searched as before.
   */
  isQuestion: boolean;
}

const WORDLIKE = /[\p{L}\p{N}]/u;
/** Characters of an amount written before a unit: 24, 1,800, 两千, 几百. */
const NUMERAL = /[\p{N}\s.,零〇一二两三四五六七八九十百千万几半]/u;
/** A leftover piece longer than this is rarely one word: it is split by the word segmenter. */
const MAX_LEFTOVER = 4;

/**
 * The key concepts of a normalised query, in the reader's order, known concepts before leftovers,
 * one per meaning (退款 and 退钱 are one concept), at most MAX_CONCEPTS.
 */
export function parseQuestion(text: string, lexicon: Lexicon): ParsedQuestion {
  const folded = foldForMatch(text);
  const found: Concept[] = [];
  const seen = new Set<string>();
  let dropped = false;
  let asks = false;
  let wantsTemplate = false;
  let wantsTerm = false;
  // The span from the first to the last concept.
  let first = folded.length;
  let last = 0;
  const keep = (start: number, end: number) => {
    first = Math.min(first, start);
    last = Math.max(last, end);
  };
  const role = (word: string): boolean => {
    const r = lexicon.roles.get(word);
    if (!r) return false;
    dropped = true;
    if (r === 'stop') asks = true;
    if (r === 'template') wantsTemplate = true;
    if (r === 'term') wantsTerm = true;
    return true;
  };
  const add = (start: number, end: number, known: boolean) => {
    keep(start, end);
    const word = folded.slice(start, end);
    const forms = lexicon.concepts.related.get(word) ?? [];
    const key = [word, ...forms].sort()[0]!;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ text: text.slice(start, end), forms, known });
  };
  // Characters no dictionary word covers: cut at one-character role words (了, 的, 我), keep the pieces
  // of two or more characters; a long piece is split as the browser's word segmenter splits it.
  const leftover = (start: number, end: number) => {
    let piece = start;
    const flush = (to: number) => {
      const word = folded.slice(piece, to);
      const chars = [...word].length;
      if (chars >= 2 && chars <= MAX_LEFTOVER && WORDLIKE.test(word)) add(piece, to, false);
      else if (chars > MAX_LEFTOVER) {
        let at = 0;
        for (const segment of segments(word)) {
          const offset = word.indexOf(segment, at);
          at = offset + segment.length;
          if ([...segment].length >= 2) add(piece + offset, piece + at, false);
        }
      } else if (chars > 0) dropped = true;
    };
    for (let at = start; at < end; at++) {
      const ch = folded[at]!;
      if (/\s/.test(ch) || !WORDLIKE.test(ch) || role(ch)) {
        flush(at);
        piece = at + 1;
      }
    }
    flush(end);
  };
  const wordAt = (from: number) => lexicon.dictionary.find((w) => folded.startsWith(w, from) && standsAlone(folded, from, w));
  // A longer word starting inside this one wins the overlap: 没取消订单 is 没 + 取消订单, not 没取 + 消订单.
  const overlapped = (from: number, word: string) => {
    for (let inner = from + 1; inner < from + word.length; inner++) {
      const longer = wordAt(inner);
      if (longer && longer.length > word.length && inner + longer.length > from + word.length) return true;
    }
    return false;
  };
  let at = 0;
  let gap = 0;
  while (at < folded.length) {
    const word = wordAt(at);
    if (!word || overlapped(at, word)) {
      at++;
      continue;
    }
    // An amount (两千卢布, 24 小时) qualifies the case the reader is in; it names no page to look for.
    let amount = at;
    if (lexicon.roles.get(word) === 'unit') while (amount > gap && NUMERAL.test(folded[amount - 1]!)) amount--;
    if (gap < amount) leftover(gap, amount);
    if (!role(word)) add(at, at + word.length, true);
    at += word.length;
    gap = at;
  }
  if (gap < folded.length) leftover(gap, folded.length);
  const concepts = [...found.filter((c) => c.known), ...found.filter((c) => !c.known)].slice(0, MAX_CONCEPTS);
  const single = concepts.length === 1 && foldForMatch(concepts[0]!.text) === folded.replace(/\s+/g, '');
  // Several concepts make a question when the reader set them apart (FBS 拒收); 审理退货 and
  // v1/returns/list stay keywords, searched as before.
  const several = concepts.length > 1 && /\s/.test(text);
  const isQuestion = concepts.length > 0 && !single && (dropped || several);
  return { concepts, wantsTemplate, wantsTerm, isQuestion, asks, core: first < last ? text.slice(first, last) : text };
}

/**
 * The guide's start answers that best cover the concepts: two points for a concept in the answer's own
 * label, one for a concept in the outcomes it leads to. Answers covering nothing are left out.
 */
export function suggestSituations(concepts: Concept[], situations: Situation[], limit = 2): Situation[] {
  const names = (text: string, c: Concept) => [c.text, ...c.forms].some((f) => foldForMatch(text).includes(foldForMatch(f)));
  return situations
    .map((s, order) => ({ s, order, points: concepts.reduce((sum, c) => sum + (names(s.label, c) ? 2 : names(s.text, c) ? 1 : 0), 0) }))
    .filter((x) => x.points > 0)
    .sort((a, b) => b.points - a.points || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.s);
}

/** Glossary entries as concept groups: the zh name (split at "/", parentheses dropped) first, then aliases. */
export function glossaryConcepts(entries: { zh: string; aliases: string[] }[]): string[][] {
  return entries
    .map((e) => [
      ...e.zh
        .replace(/[（(][^）)]*[）)]/g, '')
        .split('/')
        .map((s) => s.trim()),
      ...e.aliases,
    ].filter((t) => t.length > 0))
    .filter((terms) => terms.length > 0);
}

/**
 * The guide's situation words: the words of two or more Han characters in its answer labels and outcome
 * titles, so a question's 发错 or 签收 is read as one concept. A word holding a one-character role word
 * (你有, 点了) is a segmenter's accident, not a situation, and is left to the question's own reading.
 */
export function situationWords(texts: string[], roles: Map<string, WordRole>): string[] {
  const single = new Set([...roles.keys()].filter((w) => [...w].length === 1));
  const words = new Set<string>();
  for (const text of texts) {
    for (const segment of segments(text)) {
      if (/^\p{Script=Han}{2,}$/u.test(segment) && !roles.has(segment) && ![...segment].some((ch) => single.has(ch))) words.add(segment);
    }
  }
  return [...words].sort();
}

/** Guide text without the rules registry's placeholders: {not-rule:一两天} keeps its text, {rule:id} goes. */
function plainGuideText(text: string): string {
  return text.replace(/\{not-rule:([^}]*)\}/g, '$1').replace(/\{rule:[^}]*\}/g, '').replace(/\s+/g, ' ').trim();
}

/** Every start answer of the guide with the titles of the outcomes it leads to. */
export function guideSituations(tree: GuideTree, href: (segments: string[]) => string): Situation[] {
  const start = tree[START_ID];
  if (!isQuestion(start)) return [];
  const outcomesFrom = (id: string, seen: Set<string>): string[] => {
    const node = tree[id];
    if (!node || seen.has(id)) return [];
    seen.add(id);
    if (!isQuestion(node)) return [plainGuideText(node.title)];
    return node.options.flatMap((o) => [plainGuideText(o.label), ...outcomesFrom(o.next, seen)]);
  };
  return start.options.map((o) => ({
    label: plainGuideText(o.label),
    href: href([o.value]),
    text: outcomesFrom(o.next, new Set()).join(' '),
  }));
}

/** The guide's answer labels and outcome titles, where its situation words come from. */
export function guideTexts(tree: GuideTree): string[] {
  return Object.values(tree).flatMap((node) =>
    isQuestion(node) ? node.options.flatMap((o) => [o.label, o.summary]) : [node.title],
  ).map(plainGuideText);
}
