/**
 * Checks the decision tree when `astro build` or `astro dev` starts, before any page renders, and stops with
 * every problem listed (file + node id). Reads the content files directly so it does not wait for Astro's
 * content layer; the guide pages repeat the link check against the real rendered headings.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractHeadings } from '../lib/guide/handbook-headings';
import { parseTreeSource } from '../lib/guide/source-file';
import type { HandbookPage } from '../lib/guide/types';
import { formatProblems, validateTree, type Problem } from '../lib/guide/validate';
import { buildFailure } from './build-failure';

export const TREE_FILE = 'content/guide/tree.yaml';

const filesIn = (dir: string, ext: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)) : [];

export interface GuideCheck {
  problems: Problem[];
  nodeCount: number;
  /** Files the check read, for the dev server to watch. */
  files: string[];
}

export function checkGuide(root: string): GuideCheck {
  const treePath = path.join(root, TREE_FILE);
  const handbookDir = path.join(root, 'content/handbook');
  const templatesDir = path.join(root, 'content/templates');
  const files = [treePath];
  if (!existsSync(treePath)) {
    return {
      nodeCount: 0,
      files,
      problems: [{ kind: 'malformed-node', file: TREE_FILE, nodeId: '(文件)', message: '找不到这个文件' }],
    };
  }
  const parsed = parseTreeSource(readFileSync(treePath, 'utf8'));
  if (parsed.errors.length > 0) {
    const problems = parsed.errors.map(
      (message): Problem => ({ kind: 'malformed-node', file: TREE_FILE, nodeId: '(YAML)', message }),
    );
    return { nodeCount: 0, files, problems };
  }
  const handbook: HandbookPage[] = filesIn(handbookDir, '.mdx').map((id) => ({
    id,
    headings: extractHeadings(readFileSync(path.join(handbookDir, `${id}.mdx`), 'utf8')),
  }));
  const problems = validateTree({
    tree: parsed.tree,
    file: TREE_FILE,
    duplicateIds: parsed.duplicateIds,
    handbook,
    templateIds: new Set(filesIn(templatesDir, '.yaml')),
  });
  const nodeCount = parsed.tree && typeof parsed.tree === 'object' ? Object.keys(parsed.tree).length : 0;
  return { problems, nodeCount, files };
}

export default function guideValidation(): AstroIntegration {
  return {
    name: 'refund-playbook:guide-validation',
    hooks: {
      'astro:config:setup': ({ config, addWatchFile, logger }) => {
        const started = performance.now();
        const result = checkGuide(fileURLToPath(config.root));
        const ms = performance.now() - started;
        // A changed tree restarts the dev server, which runs this check again.
        for (const file of result.files) addWatchFile(file);
        if (result.problems.length > 0) throw buildFailure(formatProblems(result.problems));
        logger.info(`guide tree OK: ${result.nodeCount} nodes checked in ${ms.toFixed(1)} ms`);
      },
    },
  };
}
