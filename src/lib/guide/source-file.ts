/**
 * Reads the tree file the way the validator needs it: a plain object plus the ids that were written twice.
 * Parsed with js-yaml, the parser Astro's file() loader uses, so this check sees what the collection sees
 * (and it parses the whole tree in a few milliseconds). js-yaml rejects duplicate keys outright, so they are
 * allowed here (`json: true`) and found by scanning the top-level keys, which lets every other problem be
 * reported in the same run.
 */
import { load } from 'js-yaml';

export interface TreeSource {
  tree: unknown;
  duplicateIds: string[];
  /** YAML syntax errors, already readable (line and column). */
  errors: string[];
}

/** Keys written at column 0 of a block mapping: the node ids. */
function topLevelKeyLines(text: string): string[] {
  const keys: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^(?:"([^"]+)"|'([^']+)'|([^\s#"'][^:#]*?))\s*:(?:\s|$)/.exec(line);
    if (match) keys.push(match[1] ?? match[2] ?? match[3]!);
  }
  return keys;
}

export function parseTreeSource(text: string): TreeSource {
  let tree: unknown;
  try {
    tree = load(text, { json: true });
  } catch (error) {
    return { tree: undefined, duplicateIds: [], errors: [error instanceof Error ? error.message : String(error)] };
  }
  const seen = new Set<string>();
  const duplicateIds = topLevelKeyLines(text).filter((key) => seen.has(key) || !seen.add(key));
  return { tree, duplicateIds, errors: [] };
}
