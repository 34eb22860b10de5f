/**
 * `npm run dev` has no search index (Pagefind indexes a build): the search page must say that search needs a
 * build, not that it failed and to try later.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../support/free-port';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localBuildEnv } from '../../scripts/serve-dist';
import { openBrowser, type Browser } from '../support/browser';
import { copyProject, type ProjectCopy } from '../support/project-copy';

let project: ProjectCopy;
let dev: ChildProcess;
let url = '';
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  // A copy: Astro allows one dev server per project, and the reader may be running their own.
  project = copyProject();
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    cwd: project.root,
    env: localBuildEnv({ PLAYBOOK_LOCAL_PREVIEW: undefined }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  dev.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  url = `http://127.0.0.1:${port}`;
  for (let waited = 0; (await fetch(`${url}/`).then((r) => r.status, () => 0)) !== 200; waited += 250) {
    if (waited > 60_000 || dev.exitCode !== null) throw new Error(`astro dev did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  dev?.kill();
  project?.remove();
});

it('says in the dev server that search needs a build', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${url}/search/?q=%E5%8C%85%E8%A3%85`);
  await page.locator('.search-status', { hasText: '需要先构建' }).waitFor({ timeout: 30_000 });
  expect(await page.locator('.search-status').textContent()).toContain('npm start');
  await page.close();
});
