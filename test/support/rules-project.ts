/**
 * A throwaway project whose handbook, guide, templates, sources, rules and returns reason dictionary come from
 * test/fixtures/rules-project/content (glossary and search synonyms stay the real ones): small enough to build
 * in seconds, and independent of the real content, so registry tests say what they test.
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { copyProject, type ProjectCopy } from './project-copy';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/rules-project/content');
const REPLACED = ['handbook', 'guide', 'templates', 'rules', 'returns/reasons.yaml', 'sources.yaml'];

export function copyRulesProject(): ProjectCopy {
  const project = copyProject();
  for (const part of REPLACED) {
    rmSync(path.join(project.root, 'content', part), { recursive: true, force: true });
    cpSync(path.join(FIXTURE, part), path.join(project.root, 'content', part), { recursive: true });
  }
  return project;
}
