/**
 * Checks every page of the real build: document basics, files for hosts, and the handbook's promise that each
 * page shows when it was checked and where its facts come from. A broken internal link or #anchor already
 * fails the build itself (src/integrations/deployment.ts; test/build/deployment.test.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPages } from '../support/built-pages';

const dist = inject('siteDist');
const pages = loadPages(dist);
const byUrl = new Map(pages.map((p) => [p.url, p]));
const ORIGIN = 'http://site.invalid';

function isInternal(href: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');
}

describe('every built page', () => {
  it('found the pages', () => {
    expect(pages.length).toBeGreaterThan(15);
    expect(byUrl.has('/404.html')).toBe(true);
  });

  it.each(pages.map((p) => [p.url, p] as const))('%s has lang zh-CN, one h1, a title and a description', (_, page) => {
    const { $ } = page;
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('h1')).toHaveLength(1);
    expect($('title').text().trim()).not.toBe('');
    expect($('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
    expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
  });

  it('gives every id on a page only once', () => {
    const dupes: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      page.$('[id]').each((_, el) => {
        const id = page.$(el).attr('id')!;
        if (seen.has(id)) dupes.push(`${page.url}: #${id}`);
        seen.add(id);
      });
    }
    expect(dupes).toEqual([]);
  });

  it('loads nothing from other hosts', () => {
    const external: string[] = [];
    for (const page of pages) {
      page.$('script[src], link[href], img[src], iframe[src], source[src]').each((_, el) => {
        const $el = page.$(el);
        if ($el.is('link') && !/stylesheet|icon|preload|modulepreload|manifest/.test($el.attr('rel') ?? '')) return;
        const ref = $el.attr('src') ?? $el.attr('href') ?? '';
        if (!isInternal(ref)) external.push(`${page.url}: ${ref}`);
      });
    }
    expect(external).toEqual([]);
  });
});

describe('files for hosts and crawlers', () => {
  it('robots.txt names the sitemap', () => {
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });

  it('_headers carries the frame-ancestors policy for the whole site', () => {
    expect(readFileSync(path.join(dist, '_headers'), 'utf8')).toMatch(/^\/\*\n  Content-Security-Policy: frame-ancestors 'none'/m);
  });

  it("ships none of Pagefind's unused UI bundles", () => {
    expect(readdirSync(path.join(dist, 'pagefind')).filter((f) => /ui|highlight/.test(f))).toEqual([]);
  });
});

describe('handbook pages', () => {
  const handbook = pages.filter((p) => /^\/handbook\/[^/]+\/$/.test(p.url));

  it('are at least ten', () => {
    expect(handbook.length).toBeGreaterThanOrEqual(10);
  });

  it.each(handbook.map((p) => [p.url, p] as const))('%s shows its reviewed date, its sources and prev/next', (_, page) => {
    const { $ } = page;
    expect($('.doc-meta time[datetime]').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const sources = $('.sources a[href^="http"]');
    expect(sources.length).toBeGreaterThan(0);
    expect($('.sources time[datetime]')).toHaveLength(1);
    expect($('nav.prev-next a').length).toBeGreaterThan(0);
    expect($('.sidebar a[aria-current="page"]').attr('href')).toMatch(new RegExp(`${page.url}$`));
  });

  it('link to other pages in a way that works when a host serves them without the trailing slash', () => {
    const broken: string[] = [];
    for (const page of handbook) {
      const servedAt = page.url.slice(0, -1);
      page.$('main a[href]').each((_, el) => {
        const href = page.$(el).attr('href')!;
        if (!isInternal(href) || href.startsWith('#')) return;
        const { pathname } = new URL(href, ORIGIN + servedAt);
        const p = decodeURIComponent(pathname);
        if (!byUrl.has(p) && !existsSync(path.join(dist, p))) broken.push(`${servedAt}: ${href} → ${p}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('are all listed in the sitemap', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const missing = handbook.filter((p) => !sitemap.includes(`${p.url}</loc>`)).map((p) => p.url);
    expect(missing).toEqual([]);
  });
});
