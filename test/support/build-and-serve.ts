/**
 * Global setup of the `site` project: build the real site once (including the search index) into a
 * temporary folder, so a test run never clobbers the reader's own dist/, then serve it on a free port
 * on 127.0.0.1 the way a static host would (404.html for unknown paths).
 * SITE_DIST=<folder> serves an existing build instead, for quick reruns while writing tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertSupportedNode } from './node-version';
import { localBuildEnv, serveDist, type ServedSite } from '../../scripts/serve-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDist: string;
  }
}

let server: ServedSite | undefined;
let tempDist: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  assertSupportedNode();
  let dist = process.env.SITE_DIST ? path.resolve(process.env.SITE_DIST) : undefined;
  if (!dist) {
    dist = tempDist = mkdtempSync(path.join(tmpdir(), 'refund-playbook-dist-'));
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: localBuildEnv(),
    });
  }
  server = await serveDist(dist);
  project.provide('siteUrl', server.url);
  project.provide('siteDist', dist);
}

export async function teardown(): Promise<void> {
  await server?.close();
  if (tempDist) rmSync(tempDist, { recursive: true, force: true });
}
