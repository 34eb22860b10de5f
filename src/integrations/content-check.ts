/**
 * Checks every handbook page, template, glossary entry, synonym group and source against its schema when `astro build` or `astro dev` starts, and
 * stops with every problem listed by file and field (see src/lib/content/check-files.ts).
 */
import type { AstroIntegration } from 'astro';
import type { z } from 'astro/zod';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentFile, formatContentProblems, type FileShape } from '../lib/content/check-files';
import { glossarySchema, handbookSchema, templateSchema } from '../lib/content/schemas';
import { sourceSchema } from '../lib/rules/schema';
import { synonymGroupSchema } from '../lib/search/schema';
import { buildFailure } from './build-failure';

/** Files checked here; the guide tree has its own check (guide-validation.ts). */
const FILES: { dir: string; match: RegExp; schema: z.ZodType; shape: FileShape }[] = [
  { dir: 'content/handbook', match: /\.mdx$/, schema: handbookSchema, shape: 'frontmatter' },
  { dir: 'content/templates', match: /\.yaml$/, schema: templateSchema, shape: 'document' },
  { dir: 'content', match: /^glossary\.yaml$/, schema: glossarySchema, shape: 'list' },
  { dir: 'content/search', match: /^synonyms\.yaml$/, schema: synonymGroupSchema, shape: 'list' },
  { dir: 'content', match: /^sources\.yaml$/, schema: sourceSchema, shape: 'map' },
];

export default function contentCheck(): AstroIntegration {
  return {
    name: 'refund-playbook:content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const problems = FILES.flatMap(({ dir, match, schema, shape }) => {
          const folder = path.join(root, dir);
          if (!existsSync(folder)) return [];
          return readdirSync(folder)
            .filter((f) => match.test(f))
            .sort()
            .flatMap((f) => checkContentFile({ file: `${dir}/${f}`, text: readFileSync(path.join(folder, f), 'utf8') }, schema, shape));
        });
        if (problems.length > 0) throw buildFailure(formatContentProblems(problems));
      },
    },
  };
}
