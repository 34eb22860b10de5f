/**
 * What makes a build safe to deploy:
 * - `astro build` needs SITE_URL (canonical, og:url, sitemap and robots.txt are absolute URLs), unless
 *   PLAYBOOK_LOCAL_PREVIEW=1 says the build is only for this machine (npm start, the tests);
 * - after the build: every internal link and #anchor must lead somewhere (naming file and link),
 *   then robots.txt and _headers are written with the site URL and base path applied.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { findBrokenLinks, formatBrokenLinks, type BuiltPageLinks } from '../lib/site/links';
import { headersFile } from '../lib/site/headers';
import { buildFailure } from './build-failure';

const LOCAL_PREVIEW_ENV = 'PLAYBOOK_LOCAL_PREVIEW';

const MISSING_SITE_URL = [
  '正式构建需要设置网站地址 SITE_URL，否则规范链接（canonical）、og:url、站点地图和 robots.txt 都会指向 localhost。',
  '  例：SITE_URL=https://example.com npm run build（子路径部署再加 BASE_PATH=/refund-playbook/）',
  '  只在本机预览：npm start（或设置 PLAYBOOK_LOCAL_PREVIEW=1）。',
  'A production build needs SITE_URL (e.g. SITE_URL=https://example.com npm run build); for a local preview use npm start.',
].join('\n');

/** An HTML page's links and ids, read with a streaming parser (no DOM needed). */
function linksOf(html: string): { hrefs: string[]; ids: Set<string> } {
  const hrefs: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs.id !== undefined) ids.add(attrs.id);
      if (name === 'a' && attrs.href !== undefined) hrefs.push(attrs.href);
    },
  });
  parser.write(html);
  parser.end();
  return { hrefs, ids };
}

function readBuiltLinks(dist: string, base: string): BuiltPageLinks[] {
  const prefix = base.replace(/\/$/, '');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const rel = file.split(path.sep).join('/');
      return { path: `${prefix}/${rel.replace(/(^|\/)index\.html$/, '$1')}`, file: `dist/${rel}`, ...linksOf(readFileSync(path.join(dist, file), 'utf8')) };
    });
}

export default function deployment(): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  return {
    name: 'refund-playbook:deployment',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || process.env[LOCAL_PREVIEW_ENV] === '1') return;
        // Astro itself rejects a SITE_URL that is not a URL.
        if (!process.env.SITE_URL) throw buildFailure(MISSING_SITE_URL);
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const prefix = base.replace(/\/$/, '');
        const pages = readBuiltLinks(dist, base);
        const inDist = (p: string) => p.startsWith(`${prefix}/`) && existsSync(path.join(dist, p.slice(prefix.length + 1)));
        const broken = findBrokenLinks(pages, inDist);
        if (broken.length > 0) throw buildFailure(formatBrokenLinks(broken));
        logger.info(`links OK: ${pages.reduce((n, p) => n + p.hrefs.length, 0)} links on ${pages.length} pages`);
        const sitemap = site ? `Sitemap: ${new URL(`${prefix}/sitemap-index.xml`, site).href}\n` : '';
        writeFileSync(path.join(dist, 'robots.txt'), `User-agent: *\nAllow: /\n${sitemap}`);
        writeFileSync(path.join(dist, '_headers'), headersFile(base));
      },
    },
  };
}
