/**
 * The rules check, when `astro build` or `astro dev` starts: the registry against its schema, every rule
 * reference against the registry, and no hand-written amount in handbook, guide or template prose.
 * Stops with one Chinese message listing every finding as `file:line  片段`.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatFindings, loadRuleFiles, loadSources, type CheckInput, type ContentFile } from '../lib/rules/check';
import type { DatedSource, Rule } from '../lib/rules/resolve';

function read(root: string, dir: string, ext: string): ContentFile[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(path.join(abs, f), 'utf8') }));
}

export function rulesCheckInput(root: string): CheckInput {
  const sources = path.join(root, 'content/sources.yaml');
  return {
    rules: read(root, 'content/rules', '.yaml'),
    sources: existsSync(sources) ? { file: 'content/sources.yaml', text: readFileSync(sources, 'utf8') } : undefined,
    handbook: read(root, 'content/handbook', '.mdx'),
    guide: read(root, 'content/guide', '.yaml'),
    templates: read(root, 'content/templates', '.yaml'),
  };
}

/** The registry and its sources read straight from disk (for scripts); problems come back as text lines. */
export function readRegistry(root: string): { rules: Rule[]; sources: Record<string, DatedSource>; problems: string[] } {
  const input = rulesCheckInput(root);
  const loaded = loadSources(input.sources);
  const { rules, findings } = loadRuleFiles(input.rules, loaded.ids);
  const problems = [...loaded.findings, ...findings].map((f) => `${f.file}${f.line ? `:${f.line}` : ''}  ${f.text}`);
  return { rules, sources: loaded.sources, problems };
}

/** An error Astro prints as its message alone: the list is the whole story, a stack trace would only bury it. */
class ContentCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = '内容检查';
    this.stack = '';
  }

  /** Astro adds a "Browser APIs" hint to any error whose text mentions "window" (rule ids such as chat-reply-window do). */
  override toString(): string {
    return this.name;
  }
}

export default function rulesCheck(): AstroIntegration {
  return {
    name: 'refund-playbook:rules-check',
    hooks: {
      'astro:config:setup': ({ config, addWatchFile, logger }) => {
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const input = rulesCheckInput(root);
        const { rules, findings } = checkContent(input);
        const files = [...input.rules, ...(input.sources ? [input.sources] : []), ...input.handbook, ...input.guide, ...input.templates];
        for (const f of files) addWatchFile(path.join(root, f.file));
        if (findings.length > 0) throw new ContentCheckError(formatFindings(findings));
        logger.info(`rules OK: ${rules.length} rules, prose checked in ${(performance.now() - started).toFixed(1)} ms`);
      },
    },
  };
}
