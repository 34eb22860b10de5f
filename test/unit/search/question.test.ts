/**
 * The question parser on the site's real word lists (content/search/*.yaml, the glossary and the guide),
 * built the way src/pages/search-lexicon.json.ts builds them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  buildLexicon, glossaryConcepts, guideSituations, guideTexts, lexiconData, parseQuestion, situationWords, suggestSituations, type WordRole,
} from '../../../src/lib/search/question';
import { conceptGroupSchema, questionWordsSchema, synonymGroupSchema } from '../../../src/lib/search/schema';
import type { GuideTree } from '../../../src/lib/guide/types';

const read = (file: string) => parse(readFileSync(file, 'utf8'));
const words = (read('content/search/stopwords.yaml') as unknown[]).map((g) => questionWordsSchema.parse(g));
const synonyms = (read('content/search/synonyms.yaml') as unknown[]).map((g) => synonymGroupSchema.parse(g));
const glossary = read('content/glossary.yaml') as { zh: string; aliases?: string[] }[];
const tree = read('content/guide/tree.yaml') as GuideTree;
const roles = words.map(({ role, words }) => ({ role, words }));
const roleOf = new Map<string, WordRole>(roles.flatMap(({ role, words }) => words.map((w): [string, WordRole] => [w, role])));
const conceptGroups = (read('content/search/concepts.yaml') as unknown[]).map((g) => conceptGroupSchema.parse(g));
const data = {
  ...lexiconData({
    roles,
    conceptGroups: conceptGroups.map((g) => g.terms),
    glossary: glossary.map((g) => ({ zh: g.zh, aliases: g.aliases ?? [] })),
    tree,
  }),
  situations: guideSituations(tree, (s) => `/guide/${s.join('/')}/`),
};
const lexicon = buildLexicon(data, synonyms);
const concepts = (q: string) => parseQuestion(q, lexicon).concepts.map((c) => c.text);

/** Question → concepts it must find (in any order). Every one is read as a question. */
const QUESTIONS: [string, string[]][] = [
  ['买家拒收了怎么办', ['拒收']],
  ['FBS 订单买家拒收了怎么处理', ['FBS', '拒收']],
  ['跨境件被拒收了，要运回来吗', ['跨境', '拒收']],
  ['我们发错货了怎么处理', ['发错货']],
  ['发错货了，但是我有打包视频', ['发错货', '打包视频']],
  ['买家开了争议怎么办', ['争议']],
  ['买家申请仲裁了，我手上没证据', ['仲裁', '证据']],
  ['怎么部分退款', ['部分退款']],
  ['买家不同意部分退款', ['部分退款']],
  ['怎么取消订单', ['取消订单']],
  ['显示已经签收，买家却说没收到货', ['签收', '没收到']],
  ['包裹丢了怎么索赔', ['丢了', '索赔']],
  ['物流好几天没更新了', ['物流']],
  ['退货期限是多少天', ['退货期限']],
  ['尺码不合适要退', ['尺码']],
  ['收到的东西坏了，买家要退款', ['坏了', '退款']],
  ['买家说我卖的是假货', ['假货']],
  ['运输途中压坏了，我有打包视频', ['压坏', '打包视频']],
  ['买家把货调包了寄回来', ['调包']],
  ['验货发现没有质量问题', ['验货', '质量问题']],
  ['检验后确实有瑕疵', ['瑕疵']],
  ['系统自动同意退货了', ['退货']],
  ['错过了24小时没审核', ['错过', '审核']],
  ['rFBS 买家申请取消订单', ['rFBS']],
  ['FBP 订单取消了找谁', ['FBP', '取消']],
  ['退款后佣金会退回来吗', ['退款', '佣金']],
  ['能不能让买家把差评改掉', ['差评']],
  ['跨境退货要交关税吗', ['跨境', '关税']],
  ['退货会被销毁吗', ['退货', '销毁']],
  ['包裹在路上还能拦截吗', ['拦截']],
  ['退货申请在后台哪里看', ['退货申请', '后台']],
  ['合格品和不合格品怎么区分', ['合格品', '不合格品']],
  ['包裹到了自提点买家一直不来取', ['自提点', '不来取']],
  ['快递丢了怎么办', ['快递', '丢了']],
  ['退钱要多久', ['退钱']],
  ['买家不喜欢想退货', ['不喜欢', '退货']],
  ['退款以后钱对不上', ['退款', '钱对不上']],
  ['买家没写为什么要退', ['没写为什么']],
  ['便宜的跨境包裹买家没取，还要付运费吗', ['便宜', '跨境', '没取']],
];

describe('parseQuestion on the real word lists', () => {
  it.each(QUESTIONS)('%s → %j', (question, expected) => {
    const parsed = parseQuestion(question, lexicon);
    expect(parsed.isQuestion).toBe(true);
    expect(parsed.concepts.map((c) => c.text)).toEqual(expect.arrayContaining(expected));
  });

  it('checks at least 30 questions', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(30);
  });

  it('never keeps a question or function word as a concept', () => {
    const stop = new Set(roles.filter((r) => r.role !== 'concept').flatMap((r) => r.words));
    for (const [question] of QUESTIONS) for (const c of concepts(question)) expect(stop.has(c), `${question}: ${c}`).toBe(false);
  });

  it('keeps as the phrase to search the span from the first concept to the last', () => {
    expect(parseQuestion('买家拒收了怎么办', lexicon).core).toBe('拒收');
    expect(parseQuestion('FBS 订单买家拒收了怎么处理', lexicon).core).toBe('FBS 订单买家拒收');
    expect(parseQuestion('请问跨境退货要交关税吗', lexicon).core).toBe('跨境退货要交关税');
  });

  it('reads 取消订单 as one concept, never 取消 inside it', () => {
    expect(concepts('怎么取消订单')).toEqual(['取消订单']);
  });

  it('drops an amount with its unit: it says which case, not what to look for', () => {
    expect(concepts('跨境件被拒收了，货值两千卢布，要运回来吗')).toEqual(expect.arrayContaining(['跨境', '拒收']));
    for (const question of ['跨境件被拒收了，货值两千卢布，要运回来吗', '过了 24 小时没审核', '1,800卢布以下的退货']) {
      expect(concepts(question).join(' '), question).not.toMatch(/卢布|小时|两千|24|1,800/);
    }
  });

  it('lets a longer word starting inside a shorter one win: 没取消订单 is 没 + 取消订单', () => {
    expect(concepts('买家还没取消订单')).toEqual(['取消订单']);
    expect(concepts('买家一直没取')).toEqual(['没取']);
  });

  it('reads a seller\'s description of a case as the guide\'s word for it (content/search/concepts.yaml)', () => {
    const [dislike] = parseQuestion('买家不喜欢想退货', lexicon).concepts;
    expect(dislike!.forms[0]).toBe('合格品');
    expect(parseQuestion('退款以后钱对不上', lexicon).concepts.find((c) => c.text === '钱对不上')!.forms[0]).toBe('对账');
  });

  it('knows the handbook form of a colloquial concept, handbook words first', () => {
    const [refund] = parseQuestion('退钱要多久', lexicon).concepts;
    expect(refund!.forms[0]).toBe('退款');
    expect(refund!.known).toBe(true);
  });

  it('counts a meaning once: 退款 and 退钱 in one question are one concept', () => {
    expect(concepts('退款还是退钱')).toEqual(['退款']);
  });

  it('keeps a Latin model name whole and apart from a longer one', () => {
    expect(concepts('rFBS 退货怎么处理')).toContain('rFBS');
    expect(concepts('rFBS 退货怎么处理')).not.toContain('FBS');
  });

  it('keeps at most four concepts, known ones first', () => {
    const parsed = parseQuestion('FBS 跨境 拒收 争议 索赔 销毁 佣金', lexicon);
    expect(parsed.concepts).toHaveLength(4);
    expect(parsed.concepts.every((c) => c.known)).toBe(true);
  });

  it('keeps an unknown word of the question as a concept of its own', () => {
    const parsed = parseQuestion('买家要求开发票怎么办', lexicon);
    expect(parsed.concepts.map((c) => c.text).join(' ')).toContain('发票');
  });

  it('sees when a question asks for a template or a term', () => {
    expect(parseQuestion('争议用俄语怎么说', lexicon)).toMatchObject({ wantsTemplate: true, wantsTerm: true });
    expect(parseQuestion('买家开争议后怎么回复', lexicon)).toMatchObject({ wantsTemplate: true, wantsTerm: false });
    expect(parseQuestion('部分补偿是什么意思', lexicon)).toMatchObject({ wantsTemplate: false, wantsTerm: true });
    expect(parseQuestion('买家拒收了怎么办', lexicon)).toMatchObject({ wantsTemplate: false, wantsTerm: false });
  });

  it('leaves a single keyword a keyword, as before', () => {
    for (const term of ['包装', '部分退款', '审理退货', '拦截', 'FBS', 'v1/returns/list', '俄语', 'Ozon', '卢布', '小时']) {
      expect(parseQuestion(term, lexicon).isQuestion, term).toBe(false);
    }
  });

  it('reads two keywords side by side as a question', () => {
    expect(parseQuestion('FBS 拒收', lexicon).isQuestion).toBe(true);
  });
});

describe('the word lists', () => {
  it('every group of stopwords.yaml matches the schema, with unique ids', () => {
    const ids = words.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('gives every concept group of concepts.yaml its own id and words no other group or role has', () => {
    const ids = conceptGroups.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const terms = conceptGroups.flatMap((g) => g.terms);
    expect(new Set(terms).size).toBe(terms.length);
    // A word with a role is never read as a concept, so listing it here too would do nothing.
    for (const term of terms) expect(roleOf.has(term), term).toBe(false);
    expect(conceptGroupSchema.safeParse({ id: 'x', terms: ['合格品'] }).error!.issues[0]!.message).toBe('一个概念组至少两个说法');
  });
  it('rejects an unknown role and an empty word, naming the problem in Chinese', () => {
    const bad = questionWordsSchema.safeParse({ id: 'x', role: 'ignore', words: ['怎么'] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toContain('role 只能是');
    expect(questionWordsSchema.safeParse({ id: 'x', role: 'stop', words: [' '] }).success).toBe(false);
  });
  it('takes glossary names apart: 运单号 / 追踪号 gives both, a parenthesis is dropped', () => {
    expect(glossaryConcepts([{ zh: '运单号 / 追踪号', aliases: ['快递单号'] }])).toEqual([['运单号', '追踪号', '快递单号']]);
    expect(glossaryConcepts([{ zh: 'FBO（Ozon 仓发货）', aliases: [] }])).toEqual([['FBO']]);
  });
  it('keeps no segmenter accident (a word holding 了 or 的) among the guide words', () => {
    const single = [...roleOf.keys()].filter((w) => w.length === 1);
    for (const word of situationWords(guideTexts(tree), roleOf)) expect(single.some((ch) => word.includes(ch)), word).toBe(false);
  });
});

describe('suggestSituations', () => {
  it('offers the guide start answer that names the concepts', () => {
    const [first] = suggestSituations(parseQuestion('买家开了争议怎么办', lexicon).concepts, data.situations);
    expect(first!.href).toBe('/guide/dispute/');
  });
  it('offers nothing for concepts the guide never mentions', () => {
    expect(suggestSituations(parseQuestion('量子纠缠怎么办', lexicon).concepts, data.situations)).toEqual([]);
  });
});
