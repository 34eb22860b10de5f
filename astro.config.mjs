// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { headingAnchorPlugins } from './src/integrations/heading-anchors.ts';
import { rehypeAbsoluteLinks, remarkCheckComponents } from './src/integrations/content-plugins.ts';
import pagefind from './src/integrations/pagefind.ts';
import guideValidation from './src/integrations/guide-validation.ts';
import rulesCheck from './src/integrations/rules-check.ts';
import deployment from './src/integrations/deployment.ts';
import contentCheck from './src/integrations/content-check.ts';
import { quietHeadInject } from './src/integrations/quiet-head-inject.ts';

// SITE_URL and BASE_PATH let the same build be deployed to any static host, at the root or under a sub-path.
// `astro build` refuses to run without SITE_URL unless the build is a local preview (src/integrations/deployment.ts).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Shiki writes inline styles, which a strict CSP forbids; the handbook has no code worth colouring.
  // SmartyPants only curls ASCII quotes and dashes, which Chinese text (full-width punctuation) does not
  // use, yet it was over a third of MDX compile time: off, with byte-identical output for the handbook.
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkCheckComponents],
      rehypePlugins: [...headingAnchorPlugins, [rehypeAbsoluteLinks, { base }]],
    }),
  },
  // deployment first: a build without SITE_URL stops before anything else runs (it checks links when done).
  // The content checks next (rules and prose, fields, the decision tree): broken content stops build and dev
  // before any page renders, naming file and field.
  integrations: [deployment(), rulesCheck(), contentCheck(), guideValidation(), mdx(), preact(), sitemap(), pagefind()],
  // Every page gets a <meta> CSP: only the site's own files plus hashes Astro computes for its inline
  // scripts and styles. Pagefind compiles its wasm ('wasm-unsafe-eval'); the search dialog imports
  // /pagefind/pagefind.js at run time ('self'). frame-ancestors cannot be set by <meta>: the hosts send it
  // (src/lib/site/headers.ts, deploy/).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: { plugins: [quietHeadInject()] },
  // Used by `astro dev` (npm start serves dist/ itself: scripts/start.mjs).
  server: { port: 4321, host: '127.0.0.1' },
});
