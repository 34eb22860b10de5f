/**
 * Builds of a throwaway copy of the project: what a production build requires and writes (SITE_URL, base
 * path, robots.txt, _headers, links), and the content mistakes the build itself must stop on.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project-copy';

let project: ProjectCopy;
beforeAll(() => {
  project = copyProject();
});
afterAll(() => project.remove());

const built = (file: string) => readFileSync(path.join(project.root, 'dist', file), 'utf8');
const OVERVIEW = 'content/handbook/overview.mdx';

function editOverview(edit: (text: string) => string): void {
  writeFileSync(path.join(project.root, OVERVIEW), edit(readFileSync(OVERVIEW, 'utf8')));
}

describe('a production build', () => {
  it('refuses to run without SITE_URL, saying why in Chinese and English, without a stack trace', () => {
    const { status, output } = project.build({ PLAYBOOK_LOCAL_PREVIEW: undefined, SITE_URL: undefined });
    expect(status).not.toBe(0);
    expect(output).toContain('正式构建需要设置网站地址 SITE_URL');
    expect(output).toContain('A production build needs SITE_URL');
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(existsSync(path.join(project.root, 'dist/index.html'))).toBe(false);
  });

  describe('with SITE_URL and BASE_PATH', () => {
    let output = '';
    beforeAll(() => {
      const result = project.build({ PLAYBOOK_LOCAL_PREVIEW: undefined, SITE_URL: 'https://refund.example', BASE_PATH: '/refund-playbook/' });
      output = result.output;
      expect(result.status, output).toBe(0);
    }, 120_000);

    it('prints no warning', () => {
      expect(output).not.toMatch(/\[WARN\]|MODULE_LEVEL_DIRECTIVE/);
    });

    it('writes canonical URLs on the real host under the base path', () => {
      const $ = load(built('handbook/overview/index.html'));
      expect($('link[rel="canonical"]').attr('href')).toBe('https://refund.example/refund-playbook/handbook/overview/');
      expect($('meta[property="og:url"]').attr('content')).toBe('https://refund.example/refund-playbook/handbook/overview/');
      expect(built('sitemap-0.xml')).toContain('<loc>https://refund.example/refund-playbook/handbook/overview/</loc>');
    });

    it('points robots.txt at the sitemap', () => {
      expect(built('robots.txt')).toContain('Sitemap: https://refund.example/refund-playbook/sitemap-index.xml');
    });

    it('writes _headers with the base path applied', () => {
      const rules = built('_headers').split('\n').filter((l) => l.startsWith('/'));
      expect(rules.length).toBeGreaterThan(1);
      for (const rule of rules) expect(rule).toMatch(/^\/refund-playbook\//);
    });

    it('ships the handbook’s relative links as absolute links under the base path', () => {
      const $ = load(built('handbook/overview/index.html'));
      const hrefs = $('.prose a[href], article a[href]').map((_, a) => $(a).attr('href')).get();
      const internal = hrefs.filter((h) => !/^(https?:|mailto:|#)/.test(h));
      expect(internal.length).toBeGreaterThan(3);
      for (const href of internal) expect(href).toMatch(/^\/refund-playbook\//);
    });
  });
});

describe('the build stops on content mistakes', () => {
  it('a broken internal link or #anchor, naming the page and each link', () => {
    editOverview((t) => `${t}\n\n[失效页面](../no-such-page/) · [失效小节](../precautions/#没有这个小节)\n`);
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('站内有 2 个失效链接');
    expect(output).toContain('dist/handbook/overview/index.html（来自 content/handbook/overview.mdx）：/handbook/no-such-page/');
    expect(output).toContain('没有 id 为「没有这个小节」的元素');
    expect(output).not.toContain('Stack trace');
  });

  it('a <Callout> with an unknown kind, naming file and line', () => {
    editOverview((t) => `${t}\n\n<Callout kind="rules">提示</Callout>\n`);
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/handbook\/overview\.mdx:\d+：<Callout kind="rules"> 无效，应为 "rule" \| "warning" \| "tip"/);
  });
});
