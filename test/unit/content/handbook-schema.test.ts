import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { handbookSchema } from '../../../src/lib/content/schemas';

const FIXTURES = path.resolve('test/fixtures/handbook');

function frontmatter(file: string): unknown {
  const text = readFileSync(path.join(FIXTURES, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match?.[1]) throw new Error(`${file} has no frontmatter`);
  return parse(match[1]);
}

/** The field paths zod complains about, e.g. ["sources.0.url"]. */
function failingFields(file: string): string[] {
  const result = handbookSchema.safeParse(frontmatter(file));
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('handbook frontmatter schema', () => {
  it('accepts a complete page', () => {
    expect(failingFields('good.mdx')).toEqual([]);
  });

  it('turns the updated date into a Date', () => {
    const data = handbookSchema.parse(frontmatter('good.mdx'));
    expect(data.updated).toBeInstanceOf(Date);
  });

  it.each([
    ['bad-missing-title.mdx', 'title'],
    ['bad-section.mdx', 'section'],
    ['bad-source-url.mdx', 'sources.0.url'],
    ['bad-no-sources.mdx', 'sources'],
    ['bad-updated.mdx', 'updated'],
    ['bad-model.mdx', 'models.0'],
    ['bad-order.mdx', 'order'],
  ])('rejects %s naming the field %s', (file, field) => {
    expect(failingFields(file)).toEqual([field]);
  });

  it('has a fixture for every bad case above', () => {
    const bad = readdirSync(FIXTURES).filter((f) => f.startsWith('bad-'));
    expect(bad).toHaveLength(7);
  });
});

describe('real handbook pages', () => {
  const dir = path.resolve('content/handbook');
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

  it('has at least ten pages', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s matches the schema', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const result = handbookSchema.safeParse(parse(fm));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
