/** What a search fetches beyond Pagefind's own queries: the guide's start answers only when nothing is found. */
import { describe, expect, it } from 'vitest';
import { runSearch, type SearchOptions } from '../../../src/lib/search/engine';
import { lexiconFromFile } from '../../../src/lib/search/lexicon-file';
import type { Situation } from '../../../src/lib/search/question';
import { emptySynonymIndex } from '../../../src/lib/search/synonyms';
import { fakePagefind } from '../../support/fake-pagefind';

const lexicon = lexiconFromFile({ roles: [{ role: 'stop', words: ['怎么办'] }], concepts: [['争议', '纠纷']] }, []);
const situations: Situation[] = [
  { label: '买家取件时拒收', href: '/guide/refused/', text: '包裹被拒收' },
  { label: '买家已经开了争议', href: '/guide/dispute/', text: '买家开了争议，你有证据' },
];

function site() {
  const fake = fakePagefind({ refusal: '包裹被拒收后盯住退货去向' });
  let asked = 0;
  const loadSituations = async () => {
    asked++;
    return situations;
  };
  const options: SearchOptions = { synonyms: emptySynonymIndex(), lexicon, facts: fake.facts, loadConverter: async () => (t) => t, loadSituations };
  return { ...fake, options, asked: () => asked };
}

describe('runSearch fetches', () => {
  it('the guide start answers when a question finds nothing, and suggests the matching one', async () => {
    const { pagefind, options, asked } = site();
    const out = await runSearch(pagefind, '纠纷怎么办', options);
    expect(out.hits).toEqual([]);
    expect(out.situations.map((s) => s.href)).toEqual(['/guide/dispute/']);
    expect(asked()).toBe(1);
  });

  it('no start answers when the search finds something', async () => {
    const { pagefind, options, asked } = site();
    const out = await runSearch(pagefind, '拒收', options);
    expect(out.hits.map((h) => h.id)).toEqual(['refusal']);
    expect(asked()).toBe(0);
  });
});
