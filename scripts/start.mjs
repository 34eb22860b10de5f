/**
 * `npm start`: a local preview. Builds the site (localhost canonical URLs are fine here, so SITE_URL is not
 * required) and serves dist/ on http://localhost:4321 with the same rules as the deploy/ configs:
 * /dir redirects to /dir/, unknown paths and malformed URLs get our 404 page.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { localBuildEnv, serveDist } from './serve-dist.ts';

const root = path.resolve(import.meta.dirname, '..');
const PORT = Number(process.env.PORT ?? 4321);
const base = process.env.BASE_PATH ?? '/';

const build = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: localBuildEnv(),
});
if (build.status !== 0) process.exit(build.status ?? 1);

const site = await serveDist(path.join(root, 'dist'), PORT, base).catch((error) => {
  const busy = error.code === 'EADDRINUSE';
  console.error(busy ? `端口 ${PORT} 已被占用：先关掉另一个预览，或用 PORT=4322 npm start。(port ${PORT} is in use)` : `无法启动本地预览：${error.message}`);
  process.exit(1);
});
const url = `${site.url}${base}`;
console.log(`\n本地预览（仅供本机查看，不是正式部署）：${url}\nLocal preview: ${url} · Ctrl+C 停止 (stop)\n`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => site.close().then(() => process.exit(0)));
