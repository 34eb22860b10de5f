/**
 * The docs keep up with the project: the README's Node versions are package.json's, the Chinese editors'
 * guide covers every kind of content file and every component MDX can use without an import, and both
 * licences are there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const editors = readFileSync('content/README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; dependencies: Record<string, string> };

describe('README', () => {
  it('names the Node that installs the project and the Node it carries', () => {
    const npmNode = /\d+\.\d+/.exec(pkg.engines.node)![0];
    const pinned = pkg.dependencies.node!.split('.').slice(0, 2).join('.');
    expect(readme).toContain(`Node.js ${npmNode} or newer`);
    expect(readme).toContain(`own Node ${pinned}`);
  });

  it('says npm start is a local preview and points to the deploy configs and both licences', () => {
    expect(readme).toMatch(/`npm start` is a \*\*local preview\*\*/);
    for (const link of ['deploy/nginx.conf', 'deploy/Caddyfile', '(LICENSE)', '(content/LICENSE)', 'content/README.md']) {
      expect(readme).toContain(link);
    }
    expect(existsSync('LICENSE') && existsSync('content/LICENSE')).toBe(true);
  });
});

describe('the editors’ guide (content/README.md)', () => {
  it('covers every kind of content file', () => {
    const entries = readdirSync('content', { withFileTypes: true })
      .filter((e) => !['README.md', 'LICENSE'].includes(e.name))
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
    expect(entries.length).toBeGreaterThan(4);
    expect(entries.filter((e) => !editors.includes(e))).toEqual([]);
    expect(editors).toContain('rules/');
  });

  it('explains every component MDX pages can use without an import', () => {
    const page = readFileSync('src/pages/handbook/[id].astro', 'utf8');
    const names = /components=\{\{([^}]*)\}\}/.exec(page)![1]!.split(',').map((n) => n.trim()).filter(Boolean);
    expect(names.length).toBeGreaterThan(1);
    expect(names.filter((n) => !editors.includes(`<${n}`))).toEqual([]);
  });

  it('is written in Chinese', () => {
    const han = editors.match(/\p{Script=Han}/gu)?.length ?? 0;
    expect(han).toBeGreaterThan(1000);
  });
});
