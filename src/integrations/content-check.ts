/**
 * Checks every handbook page and template against its schema when `astro build` or `astro dev` starts, and
 * stops with every problem listed by file and field (see src/lib/content/check-files.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentFile, formatContentProblems } from '../lib/content/check-files';
import { handbookSchema, templateSchema } from '../lib/content/schemas';
import { buildFailure } from './build-failure';

const FOLDERS = [
  { dir: 'content/handbook', ext: '.mdx', schema: handbookSchema, frontmatter: true },
  { dir: 'content/templates', ext: '.yaml', schema: templateSchema, frontmatter: false },
];

export default function contentCheck(): AstroIntegration {
  return {
    name: 'refund-playbook:content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const problems = FOLDERS.flatMap(({ dir, ext, schema, frontmatter }) => {
          const folder = path.join(root, dir);
          if (!existsSync(folder)) return [];
          return readdirSync(folder)
            .filter((f) => f.endsWith(ext))
            .sort()
            .flatMap((f) => checkContentFile({ file: `${dir}/${f}`, text: readFileSync(path.join(folder, f), 'utf8') }, schema, frontmatter));
        });
        if (problems.length > 0) throw buildFailure(formatContentProblems(problems));
      },
    },
  };
}
