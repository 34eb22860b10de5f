/**
 * The rules check, when `astro build` or `astro dev` starts: the registry against its schema, every rule
 * reference against the registry, and no hand-written amount in handbook, guide or template prose.
 * Stops with one Chinese message listing every finding as `file:line  片段`.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { topLevelKeys } from '../lib/guide/source-file';
import { checkContent, formatFindings, loadRuleFiles, type CheckInput, type ContentFile } from '../lib/rules/check';
import type { DatedSource, Rule } from '../lib/rules/resolve';
import { sourceSchema } from '../lib/rules/schema';

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
    sourceIds: new Set(existsSync(sources) ? topLevelKeys(readFileSync(sources, 'utf8')) : []),
    handbook: read(root, 'content/handbook', '.mdx'),
    guide: read(root, 'content/guide', '.yaml'),
    templates: read(root, 'content/templates', '.yaml'),
  };
}

/** The registry and its sources read straight from disk (for scripts); problems come back as text lines. */
export function readRegistry(root: string): { rules: Rule[]; sources: Record<string, DatedSource>; problems: string[] } {
  const input = rulesCheckInput(root);
  const { rules, findings } = loadRuleFiles(input.rules, input.sourceIds);
  const problems = findings.map((f) => `${f.file}${f.line ? `:${f.line}` : ''}  ${f.text}`);
  const sourcesPath = path.join(root, 'content/sources.yaml');
  const raw = existsSync(sourcesPath) ? load(readFileSync(sourcesPath, 'utf8')) : {};
  const sources: Record<string, DatedSource> = {};
  for (const [id, entry] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const parsed = sourceSchema.safeParse(entry);
    if (parsed.success) sources[id] = parsed.data;
    else problems.push(...parsed.error.issues.map((i) => `content/sources.yaml › ${id} › ${i.path.join('.')}：${i.message}`));
  }
  return { rules, sources, problems };
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
        for (const f of [...input.rules, ...input.handbook, ...input.guide, ...input.templates]) addWatchFile(path.join(root, f.file));
        if (findings.length > 0) throw new ContentCheckError(formatFindings(findings));
        logger.info(`rules OK: ${rules.length} rules, prose checked in ${(performance.now() - started).toFixed(1)} ms`);
      },
    },
  };
}
