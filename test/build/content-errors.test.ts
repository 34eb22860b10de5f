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

/** Writes an edited copy of the repository's content file into the throwaway project (each case starts from the original). */
function breakFile(file: string, edit: (text: string) => string): void {
  writeFileSync(path.join(project.root, 'content', file), edit(readFileSync(path.join('content', file), 'utf8')));
}

const breakPage = (file: string, edit: (text: string) => string) => breakFile(path.join('handbook', file), edit);

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

describe('a broken returns reason dictionary', () => {
  // Start from an intact handbook: the cases above leave their last breakage in place.
  beforeAll(() => breakPage('overview.mdx', (t) => t));
  afterAll(() => breakFile('returns/reasons.yaml', (t) => t));

  it('without a fix fails the build naming the file, the category and the field, in Chinese', () => {
    breakFile('returns/reasons.yaml', (t) => t.replace(/^  fix: 加固.*\n/m, ''));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/returns/reasons.yaml');
    expect(output).toContain('damaged');
    expect(output).toContain('fix（改进做法）必须填写');
  });

  it('linking to a handbook heading that does not exist fails the build naming the file and the field', () => {
    breakFile('returns/reasons.yaml', (t) => t.replace('precautions#包装要牢固', 'precautions#包装要结实'));
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/returns/reasons.yaml → damaged.link：手册页「precautions」没有标题「包装要结实」');
  });
});
