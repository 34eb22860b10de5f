import { describe, expect, it } from 'vitest';
import { absoluteHref, findBrokenLinks, formatBrokenLinks, sourceOf, type BuiltPageLinks } from '../../../src/lib/site/links';

describe('absoluteHref', () => {
  it('turns an author’s relative link into an absolute one under the base', () => {
    expect(absoluteHref('../precautions/#保留证据', '/handbook/overview/', '/')).toBe('/handbook/precautions/#%E4%BF%9D%E7%95%99%E8%AF%81%E6%8D%AE');
    expect(absoluteHref('../../guide/', '/handbook/overview/', '/refund-playbook/')).toBe('/refund-playbook/guide/');
    expect(absoluteHref('../../templates/?q=1', '/handbook/overview/', '/refund-playbook')).toBe('/refund-playbook/templates/?q=1');
  });

  it('leaves external, root-absolute and same-page links alone', () => {
    for (const href of ['https://docs.ozon.ru/x', 'mailto:a@b.c', '//cdn.example/x', '/handbook/', '#小节', '?q=1', '']) {
      expect(absoluteHref(href, '/handbook/overview/', '/base/')).toBe(href);
    }
  });
});

const page = (path: string, hrefs: string[], ids: string[] = []): BuiltPageLinks => ({
  path,
  file: `dist${path}index.html`,
  hrefs,
  ids: new Set(ids),
});

describe('findBrokenLinks', () => {
  const pages = [
    page('/handbook/a/', ['/handbook/b/#证据', '/handbook/b/#nope', '../c/', '#top', '#missing', '/favicon.svg', 'https://x.test/'], ['top']),
    page('/handbook/b/', ['../a/', '/handbook/a/index.html'], ['证据']),
  ];

  it('names the file and the link of every missing page and #anchor, and nothing else', () => {
    const broken = findBrokenLinks(pages, (p) => p === '/favicon.svg' || p === '/handbook/a/index.html');
    expect(broken.map((b) => [b.file, b.href])).toEqual([
      ['dist/handbook/a/index.html', '/handbook/b/#nope'],
      ['dist/handbook/a/index.html', '../c/'],
      ['dist/handbook/a/index.html', '#missing'],
    ]);
    const message = formatBrokenLinks(broken);
    expect(message).toContain('dist/handbook/a/index.html（来自 content/handbook/a.mdx）：../c/ → /handbook/c/ 不存在');
    expect(message).toContain('没有 id 为「nope」的元素');
  });

  it('reads encoded anchors and paths the way a browser does', () => {
    const encoded = [page('/x/', [`/y/#${encodeURIComponent('证据')}`]), page('/y/', [], ['证据'])];
    expect(findBrokenLinks(encoded, () => false)).toEqual([]);
  });
});

describe('sourceOf', () => {
  it('names the content file behind a handbook page or a guide step, and nothing for other pages', () => {
    expect(sourceOf('dist/handbook/overview/index.html')).toBe('content/handbook/overview.mdx');
    expect(sourceOf('dist/guide/delivered/rfbs/index.html')).toBe('content/guide/tree.yaml');
    expect(sourceOf('dist/index.html')).toBeUndefined();
    expect(sourceOf('dist/handbook/index.html')).toBeUndefined();
  });
});
