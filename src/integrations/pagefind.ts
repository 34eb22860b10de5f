/**
 * Builds the Pagefind search index after every `astro build`, so `npm run build` and `npm start` always ship
 * an index that matches the pages. Uses Pagefind's Node API (as Starlight does) rather than a CLI step that
 * can be forgotten. Any indexing error, or an index with no pages, fails the build: a silent empty index
 * would only show up as "no results" in front of a reader. The word index is then re-cut into smaller
 * chunks (pagefind-chunks.ts), so a query fetches about 7 KB of index per new word instead of 28 KB.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { factsFromFragment, type FactsIndex, type FragmentJson } from '../lib/search/facts';
import { pagefindBody, rechunkIndex } from './pagefind-chunks';

const HIDDEN_LABELS = '[hidden][data-pagefind-filter], [hidden][data-pagefind-meta]';
/** Pagefind's bundled search UIs (about 430 KB): the site has its own search, so they would ship unused. */
const UNUSED_UI = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

function removeUnusedUi(folder: string): void {
  for (const file of readdirSync(folder).filter((f) => UNUSED_UI.test(f))) rmSync(path.join(folder, file));
}

/** search-facts.json: each indexed page's title, filters and headings by Pagefind result id (see facts.ts). */
function writeFacts(site: string): number {
  const folder = path.join(site, 'pagefind', 'fragment');
  const facts: FactsIndex = {};
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.pf_fragment'))) {
    const fragment = JSON.parse(pagefindBody(path.join(folder, file)).toString('utf8')) as FragmentJson;
    facts[file.replace(/\.pf_fragment$/, '')] = factsFromFragment(fragment);
  }
  writeFileSync(path.join(site, 'search-facts.json'), JSON.stringify(facts));
  return Object.keys(facts).length;
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'refund-playbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          // Hidden filter/meta spans hold labels, not prose: keep their text out of excerpts and matches.
          const { index, errors: createErrors } = await createIndex({ excludeSelectors: [HIDDEN_LABELS] });
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          const { page_count, errors } = await index.addDirectory({ path: site });
          if (errors.length > 0) throw new Error(`Pagefind indexing errors:\n${errors.join('\n')}`);
          if (page_count === 0) throw new Error('Pagefind indexed 0 pages: is data-pagefind-body missing from every page?');
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index:\n${written.errors.join('\n')}`);
          removeUnusedUi(path.join(site, 'pagefind'));
          const chunks = rechunkIndex(path.join(site, 'pagefind'));
          const described = writeFacts(site);
          if (described === 0) throw new Error('Pagefind wrote no page fragments: nothing would be found');
          logger.info(`indexed ${described} pages (${page_count} files read) into ${path.join(site, 'pagefind')}, ${chunks.after} index chunks (Pagefind wrote ${chunks.before})`);
        } finally {
          await close();
        }
      },
    },
  };
}
