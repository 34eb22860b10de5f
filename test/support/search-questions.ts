/**
 * The question evaluation set (test/fixtures/search-questions.yaml) and its scoring: top-1, top-3 and
 * mean reciprocal rank of the first page that answers, and how often the 「最可能的答案」 card is shown
 * and right. Used by scripts/bench-search.mjs; the ids are checked by test/unit/search/questions-set.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export interface EvalQuestion {
  q: string;
  /** guide:<outcome id>, handbook:<page>[#<heading>] or templates:<template id>. */
  answers: string[];
  /** Written before the question search was tuned against the set: scored apart as well (the bench). */
  heldOut?: boolean;
}

export function evalQuestions(file = '../fixtures/search-questions.yaml'): EvalQuestion[] {
  return parse(readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8')) as EvalQuestion[];
}

/** What the engine returned for one question, answer ids resolved to the page URLs they stand for. */
export interface QuestionRun {
  q: string;
  expected: string[];
  urls: string[];
  /** The card's page, or null when no card was shown. */
  card: string | null;
}

export interface QuestionScore {
  questions: number;
  top1: number;
  top3: number;
  mrr: number;
  /** Share of questions with a card, and share of cards that point at an answer, in %. */
  cardShown: number;
  cardRight: number;
  /** Questions whose first answer is not in the top 3, with the rank found (0: not found). */
  misses: string[];
}

export function scoreQuestions(runs: QuestionRun[]): QuestionScore {
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  let cards = 0;
  let cardsRight = 0;
  const misses: string[] = [];
  for (const run of runs) {
    const wanted = new Set(run.expected);
    const rank = run.urls.findIndex((u) => wanted.has(u)) + 1;
    if (rank === 1) top1++;
    if (rank >= 1 && rank <= 3) top3++;
    else misses.push(`${run.q} → ${rank === 0 ? 'not found' : `rank ${rank}`} (first: ${run.urls.slice(0, 3).join(' ')})`);
    if (rank > 0) rr += 1 / rank;
    if (run.card !== null) {
      cards++;
      if (wanted.has(run.card)) cardsRight++;
    }
  }
  const n = runs.length;
  const pct = (x: number, of: number) => (of === 0 ? 0 : (100 * x) / of);
  return { questions: n, top1: pct(top1, n), top3: pct(top3, n), mrr: n === 0 ? 0 : rr / n, cardShown: pct(cards, n), cardRight: pct(cardsRight, cards), misses };
}
