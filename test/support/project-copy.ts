/**
 * A throwaway copy of the project (sharing node_modules) for builds with altered content:
 * tests that prove a broken content file fails the build, and benchmarks with synthetic content.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { localBuildEnv } from '../../scripts/serve-dist';

const PARTS = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];

export interface ProjectCopy {
  root: string;
  /** `astro build` as a local preview; `env` overrides variables (undefined removes one). */
  build(env?: Record<string, string | undefined>): { status: number | null; output: string };
  remove(): void;
}

export function copyProject(from = process.cwd()): ProjectCopy {
  const root = mkdtempSync(path.join(tmpdir(), 'refund-playbook-copy-'));
  for (const part of PARTS) cpSync(path.join(from, part), path.join(root, part), { recursive: true });
  symlinkSync(path.join(from, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return {
    root,
    build(env = {}) {
      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: root,
        encoding: 'utf8',
        env: localBuildEnv({ NO_COLOR: '1', FORCE_COLOR: '0', ...env }),
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
