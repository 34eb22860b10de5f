/**
 * The question evaluation set (test/fixtures/search-questions.yaml) names its answers by stable identity.
 * When the guide or the handbook changes, this says which answers no longer exist, so the set is
 * updated rather than silently scoring against pages that are gone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isOutcome, type GuideTree } from '../../../src/lib/guide/types';
import { evalQuestions } from '../../support/search-questions';

const tree = parse(readFileSync('content/guide/tree.yaml', 'utf8')) as GuideTree;
const headings = (page: string) =>
  [...readFileSync(`content/handbook/${page}.mdx`, 'utf8').matchAll(/^#{2,3} +(.+?)\s*(\{#[^}]*\})?$/gm)].map((m) => m[1]!.trim());
const pages = new Set(readdirSync('content/handbook').map((f) => f.replace(/\.mdx$/, '')));
const templates = new Set(readdirSync('content/templates').map((f) => f.replace(/\.yaml$/, '')));

function problem(id: string): string | null {
  const [kind, rest = ''] = id.split(':');
  if (kind === 'guide') return isOutcome(tree[rest]) ? null : `no guide outcome ${rest}`;
  if (kind === 'templates') return templates.has(rest) ? null : `no template ${rest}`;
  if (kind !== 'handbook') return `unknown kind ${kind}`;
  const [page = '', heading] = rest.split('#');
  if (!pages.has(page)) return `no handbook page ${page}`;
  return heading && !headings(page).includes(heading) ? `no heading 「${heading}」 in ${page}` : null;
}

describe('the question evaluation set', () => {
  const questions = evalQuestions();
  it('has at least 60 distinct questions, each with an answer', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(new Set(questions.map((q) => q.q)).size).toBe(questions.length);
    for (const q of questions) expect(q.answers.length, q.q).toBeGreaterThan(0);
  });
  it('names only outcomes, pages, headings and templates that exist', () => {
    const problems = questions.flatMap((q) => q.answers.map((a) => problem(a)).filter(Boolean).map((p) => `${q.q}: ${p}`));
    expect(problems).toEqual([]);
  });
});
