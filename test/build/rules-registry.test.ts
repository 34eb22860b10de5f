/**
 * The registry end to end, on a throwaway copy of the project with the small fixture content of
 * test/fixtures/rules-project: the prose check stops a build and lets it through once the amount is wrapped,
 * dates read right on either side of an effective date, a rule change reaches a handbook page, the guide
 * outcome that uses the rule and the feed, and the /rules/ model filter works without JavaScript.
 */
import { load } from 'cheerio';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser';
import type { ProjectCopy } from '../support/project-copy';
import { copyRulesProject } from '../support/rules-project';
import { serveDist } from '../../scripts/serve-dist';

let project: ProjectCopy;
beforeAll(() => {
  project = copyRulesProject();
});
afterAll(() => project.remove());

const file = (rel: string) => path.join(project.root, rel);
const edit = (rel: string, change: (text: string) => string) => writeFileSync(file(rel), change(readFileSync(file(rel), 'utf8')));
const html = (urlPath: string) => load(readFileSync(file(`dist/${urlPath}/index.html`), 'utf8'));
const HANDBOOK = 'content/handbook/overview.mdx';
const HAND_WRITTEN = '买家要在 7 天内把货寄回。';

function lineOf(rel: string, text: string): number {
  return readFileSync(file(rel), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('the build check', () => {
  it('fails on a hand-written amount, listing file:line and the fragment, without a stack trace', () => {
    edit(HANDBOOK, (t) => `${t}\n${HAND_WRITTEN}\n`);
    edit('content/guide/tree.yaml', (t) => t.replace('verdict: 跨境 rFBS 的审理时限较长。', 'verdict: 跨境 rFBS 有 3 个日历日审理。'));
    const { status, output } = project.build({ PLAYBOOK_TODAY: '2026-03-10' });
    expect(status).not.toBe(0);
    expect(output).toContain('内容检查没有通过，共 2 处问题');
    expect(output).toContain(`${HANDBOOK}:${lineOf(HANDBOOK, HAND_WRITTEN)}  ${HAND_WRITTEN}`);
    expect(output).toMatch(/content\/guide\/tree\.yaml:\d+ {2}[^\n]*3 个日历日审理/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('fails on a reference to a rule that does not exist, naming file, line and id', () => {
    edit(HANDBOOK, (t) => t.replace(HAND_WRITTEN, '买家要在 <Rule id="buyer-ship-back-window" /> 内把货寄回。'));
    edit('content/guide/tree.yaml', (t) => t.replace('有 3 个日历日审理。', '有 {rule:cross-border-review-window} 审理。'));
    const { status, output } = project.build({ PLAYBOOK_TODAY: '2026-03-10' });
    expect(status).not.toBe(0);
    expect(output).toContain(`${HANDBOOK}:${lineOf(HANDBOOK, 'buyer-ship-back-window')}  规则 id「buyer-ship-back-window」不存在`);
    expect(output).toContain('内容检查没有通过，共 1 处问题');
  });

  it('passes once the amount is wrapped as not a rule, and shows it unchanged', () => {
    edit(HANDBOOK, (t) => t.replace('<Rule id="buyer-ship-back-window" />', '<NotRule>7 天</NotRule>'));
    const { status, output } = project.build({ PLAYBOOK_TODAY: '2026-03-10' });
    expect(output).not.toContain('内容检查没有通过');
    expect(status).toBe(0);
    expect(html('handbook/overview')('.prose').text()).toContain('买家要在 7 天 内把货寄回。');
    expect(html('guide/realfbs')('.guide-verdict .rule-value').text()).toBe('3 个日历日');
  });

  it('labels each template with when chat lets it be sent, the window read from the chat rules', () => {
    const $ = html('templates');
    expect($('#tpl-ask-reason .template-when strong').text()).toBe('只能回复');
    expect($('#tpl-ask-reason .template-when .rule-value').text()).toBe('48 小时');
    expect($('#tpl-ask-reason .template-when a.rule-badge').attr('href')).toBe('/rules/#chat-reply-window');
  });

  it('shows a rule whose start date is tomorrow as coming', () => {
    const row = html('rules')('tr#emergency-insurance');
    expect(row.text()).toContain('将于 2026年3月11日起生效');
  });
});

describe('a rule change', () => {
  let before: { page: string; outcome: string; feed: string };

  beforeAll(() => {
    before = {
      page: html('handbook/overview')('.prose .rule-value').first().text(),
      outcome: html('guide/fbo')('.guide-deadlines .rule-value').text(),
      feed: readFileSync(file('dist/rules/changes/feed.xml'), 'utf8'),
    };
    edit('content/rules/review.yaml', (t) =>
      t
        .replace('value: { amount: 24, unit: hour }', 'value: { amount: 48, unit: hour }')
        .replace(/verified: 2026-11-28\n  history:\n/, 'verified: 2026-11-29\n  history:\n    - date: 2026-11-29\n      change: 审理时限改为 48 小时（测试用的改动）。\n'),
    );
    const { status, output } = project.build({ PLAYBOOK_TODAY: '2026-11-29' });
    if (status !== 0) throw new Error(output);
  });

  it('reaches the handbook page that quotes it', () => {
    expect(before.page).toBe('24 小时');
    const $ = html('handbook/overview');
    expect($('.prose .rule-ref[data-rule="fbo-review-window"] .rule-value').first().text()).toBe('48 小时');
    expect($('.rule-full[data-rule="fbo-review-window"] time').attr('datetime')).toBe('2026-11-29');
  });

  it('reaches the guide outcome that uses it, in the page and in the part the island fetches', () => {
    expect(before.outcome).toBe('24 小时');
    const $ = html('guide/fbo');
    expect($('.guide-deadlines .rule-value').text()).toBe('48 小时');
    expect($('h1').text()).toBe('在 48 小时 内审理退货申请');
    const part = JSON.parse(readFileSync(file('dist/guide/data/fbo-review.json'), 'utf8'));
    expect(part.rules['fbo-review-window'].value).toBe('48 小时');
    expect(Object.keys(part.rules).sort()).toEqual(['chat-reply-window', 'fbo-review-window']);
  });

  it('is the newest entry of the change log and the Atom feed', () => {
    expect(before.feed).not.toContain('审理时限改为 48 小时');
    const feed = load(readFileSync(file('dist/rules/changes/feed.xml'), 'utf8'), { xml: true });
    const first = feed('entry').first();
    expect(first.find('summary').text()).toBe('审理时限改为 48 小时（测试用的改动）。');
    expect(first.find('link').attr('href')).toBe('http://localhost:4321/rules/#fbo-review-window');
    expect(feed('feed > updated').text()).toBe('2026-11-29T00:00:00.000Z');
    const $ = html('rules/changes');
    expect($('.rules-changes li').first().find('a').attr('href')).toBe('/rules/#fbo-review-window');
    expect($('link[rel="alternate"][type="application/atom+xml"]').attr('href')).toBe('/rules/changes/feed.xml');
  });

  it('leaves a start date that has passed reading as in force', () => {
    const row = html('rules')('tr#emergency-insurance');
    expect(row.text()).toContain('2026年3月11日起生效');
    expect(row.text()).not.toContain('将于');
  });
});

describe('/rules/ without JavaScript', () => {
  it('filters by fulfilment model with a link, and shows every rule again with 全部', async () => {
    const site = await serveDist(file('dist'));
    const browser = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.url}/rules/`);
      const visible = () => page.locator('tr[id]:visible').evaluateAll((rows) => rows.map((r) => r.id));
      const all = await visible();
      expect(all).toHaveLength(6);
      await page.getByRole('link', { name: 'realFBS', exact: true }).click();
      expect(page.url()).toMatch(/#model-realfbs$/);
      expect(await visible()).toEqual(['cross-border-review-window', 'platform-return-period']);
      await expect.poll(() => page.locator('#topic-chat').isVisible()).toBe(false);
      await page.getByRole('link', { name: '全部' }).click();
      expect(await visible()).toEqual(all);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
