/** Loads the fixture trees of test/fixtures/guide/ with the handbook, templates and rules they are checked against. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileGuide, type GuideData } from '../../../src/lib/guide/data';
import { guideNodeSchema } from '../../../src/lib/guide/schema';
import { parseTreeSource } from '../../../src/lib/guide/source-file';
import type { GuideTemplate, GuideTree, HandbookPage } from '../../../src/lib/guide/types';
import { validateTree, type Problem } from '../../../src/lib/guide/validate';
import { fixtureDisplay } from '../../support/fixture-rules';

const dir = path.resolve(import.meta.dirname, '../../fixtures/guide');

export const handbook: HandbookPage[] = [
  { id: 'precautions', headings: [{ slug: '不要误点取消', text: '不要误点取消' }, { slug: '保留证据', text: '保留证据' }] },
  { id: 'overview', headings: [] },
];

export const templates: Record<string, GuideTemplate> = {
  'cancel-approved': { title: '同意取消', situation: '买家申请取消时', when: 'may-start', ru: 'Здравствуйте! Заказ отменён.', zh: '您好！订单已取消。' },
};

export function fixtureText(name: string): string {
  return readFileSync(path.join(dir, `${name}.yaml`), 'utf8');
}

export function validateFixture(name: string): Problem[] {
  const parsed = parseTreeSource(fixtureText(name));
  return validateTree({
    tree: parsed.tree,
    file: `${name}.yaml`,
    duplicateIds: parsed.duplicateIds,
    handbook,
    templateIds: new Set(Object.keys(templates)),
  });
}

/** The valid tree as the content collection hands it over: each node through the schema (dates become strings). */
export function validTree(): GuideTree {
  const raw = parseTreeSource(fixtureText('valid')).tree as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).map(([id, node]) => [id, guideNodeSchema.parse(node)]));
}

export function validData(base = '/'): GuideData {
  return compileGuide({ base, tree: validTree(), handbook, templates, rules: fixtureDisplay(base) });
}

/** A fixture as the build reads it: every node through the content schema, then compiled. */
export function fixtureData(name: string, base = '/'): GuideData {
  const raw = parseTreeSource(fixtureText(name)).tree as Record<string, unknown>;
  const tree = Object.fromEntries(Object.entries(raw).map(([id, node]) => [id, guideNodeSchema.parse(node)])) as GuideTree;
  return compileGuide({ base, tree, handbook, templates, rules: fixtureDisplay(base) });
}
