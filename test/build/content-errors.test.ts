/** A broken content file must stop the build with a message that names the file and the field. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/project-copy';

let project: ProjectCopy;
beforeAll(() => {
  project = copyProject();
});
afterAll(() => project.remove());

/** Writes an edited copy of the repository's page into the throwaway project (each case starts from the original). */
function breakPage(file: string, edit: (text: string) => string): void {
  const original = readFileSync(path.join('content/handbook', file), 'utf8');
  writeFileSync(path.join(project.root, 'content/handbook', file), edit(original));
}

describe('a broken handbook page', () => {
  it('without a title fails the build naming the file and the field', () => {
    breakPage('overview.mdx', (t) => t.replace(/^title:.*\n/m, ''));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/handbook/overview.mdx › title：缺少这个字段');
    expect(output).not.toContain('**');
    expect(output).not.toContain('Stack trace');
  });

  it('beside a broken decision tree fails with the tree’s problem list alone, no stack trace around it', () => {
    breakPage('overview.mdx', (t) => t);
    writeFileSync(path.join(project.root, 'content/guide/tree.yaml'), readFileSync('test/fixtures/guide/unknown-target.yaml'));
    const { status, output } = project.build();
    writeFileSync(path.join(project.root, 'content/guide/tree.yaml'), readFileSync('content/guide/tree.yaml'));
    expect(status).not.toBe(0);
    expect(output).toContain('指向不存在的节点');
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
  });

  it('with a source url that is not a URL fails the build naming the file and the field', () => {
    breakPage('overview.mdx', (t) => t.replace(/url: https?:\/\//, 'url: '));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('overview.mdx');
    expect(output).toMatch(/sources\.0\.url|sources[^\n]*url/);
  });
});
