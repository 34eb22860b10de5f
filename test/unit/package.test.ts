/**
 * The Node setup a fresh clone relies on (README "Node.js"): the project's own Node is a dependency that
 * satisfies `engines`, `engines` asks for at least what every installed package asks for (so npm on that
 * Node prints no EBADENGINE warning), and everything the build imports is a dependency, so a host that
 * installs without devDependencies still builds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Manifest {
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Manifest> };

type Version = [number, number, number];
const parse = (v: string): Version => (v.split('.').map(Number).concat(0, 0).slice(0, 3) as Version);
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Lowest Node version a range such as ">=22.12", "^22.12.0 || ^24.0.0 || >=26" or "18 - 20" accepts. */
function lowest(range: string): Version {
  const starts = range.split('||').map((alt) => parse(/\d+(\.\d+){0,2}/.exec(alt)?.[0] ?? '0'));
  return starts.sort(compare)[0]!;
}

describe('the Node setup', () => {
  const engines = pkg.engines?.node ?? '';

  it('carries its own Node as a dependency that satisfies engines', () => {
    expect(pkg.devDependencies?.node).toBeUndefined();
    const pinned = parse(pkg.dependencies?.node ?? '0');
    expect(compare(pinned, lowest(engines))).toBeGreaterThanOrEqual(0);
  });

  it('asks in engines for at least the Node every installed package asks for', () => {
    const stricter = Object.entries(lock.packages)
      .filter(([key, p]) => key !== '' && p.engines?.node)
      .filter(([, p]) => compare(lowest(p.engines!.node!), lowest(engines)) > 0)
      .map(([key, p]) => `${key.replace(/^.*node_modules\//, '')}: ${p.engines!.node}`);
    expect(stricter).toEqual([]);
  });

  it('lists every package the build imports as a dependency, not a devDependency', () => {
    const files = ['astro.config.mjs', ...readdirSync('src', { recursive: true, encoding: 'utf8' }).map((f) => path.join('src', f))];
    const missing = new Set<string>();
    for (const file of files.filter((f) => /\.(m?[jt]sx?|astro)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:^|[\s;])(?:import(?!\s+type\b)(?:[^'"]*?from)?|import\s*\()\s*['"]([^'"./][^'"]*)['"]/g)) {
        const spec = m[1]!;
        if (spec.startsWith('node:') || spec.startsWith('astro:')) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (pkg.dependencies?.[name]) continue;
        missing.add(`${name} (${file})`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
