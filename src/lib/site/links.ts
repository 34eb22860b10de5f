/**
 * Internal links of the built site: turning an author's relative link into a base-aware absolute one, and
 * finding links and #anchors that lead nowhere. Pure: the build hooks in src/integrations/ feed it.
 */
import { joinBase } from '../url';

const ORIGIN = 'http://site.invalid';

/** A link that leaves the site or never changes page: scheme (https:, mailto:), protocol-relative, or #only. */
export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/**
 * `../precautions/#保留证据` written on the page at `pagePath` (base-free, e.g. /handbook/overview/) becomes
 * `<base>handbook/precautions/#保留证据`: absolute links keep working when a host serves /handbook/overview
 * without redirecting to the trailing slash. Links that are not relative come back unchanged.
 */
export function absoluteHref(href: string, pagePath: string, base: string): string {
  if (href === '' || isExternal(href) || href.startsWith('/') || href.startsWith('#') || href.startsWith('?')) return href;
  const url = new URL(href, ORIGIN + pagePath);
  return joinBase(base, url.pathname) + url.search + url.hash;
}

export interface BuiltPageLinks {
  /** Path the host serves the page at, with the base, e.g. /refund/handbook/overview/ or /refund/404.html. */
  path: string;
  /** File relative to dist/, for messages. */
  file: string;
  hrefs: string[];
  ids: Set<string>;
}

export interface BrokenLink {
  file: string;
  href: string;
  reason: string;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Every internal href that has no page, or whose #anchor is no id on its page. `fileExists` answers for
 * targets that are not pages (favicon, search index, JSON).
 */
export function findBrokenLinks(pages: BuiltPageLinks[], fileExists: (path: string) => boolean): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (href === '' || isExternal(href)) continue;
      const url = new URL(href, ORIGIN + page.path);
      let target = decode(url.pathname);
      const hash = decode(url.hash.slice(1));
      if (!target.endsWith('/') && !/\.[a-z0-9]+$/i.test(target)) target += '/';
      const to = byPath.get(target);
      if (!to && !fileExists(target)) {
        broken.push({ file: page.file, href, reason: `${target} 不存在 (no such page)` });
      } else if (hash && to && !to.ids.has(hash)) {
        broken.push({ file: page.file, href, reason: `${target} 没有 id 为「${hash}」的元素 (no such #anchor)` });
      }
    }
  }
  return broken;
}

/** The content file an editor fixes for a built page: handbook pages and guide steps have one. */
export function sourceOf(builtFile: string): string | undefined {
  const handbook = /^dist\/handbook\/([^/]+)\/index\.html$/.exec(builtFile);
  if (handbook) return `content/handbook/${handbook[1]}.mdx`;
  return builtFile.startsWith('dist/guide/') ? 'content/guide/tree.yaml' : undefined;
}

export function formatBrokenLinks(broken: BrokenLink[]): string {
  const lines = broken.map((b) => {
    const source = sourceOf(b.file);
    return `  - ${b.file}${source ? `（来自 ${source}）` : ''}：${b.href} → ${b.reason}`;
  });
  return [`站内有 ${broken.length} 个失效链接 (broken internal links):`, ...lines].join('\n');
}
