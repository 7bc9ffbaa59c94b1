#!/usr/bin/env node
/**
 * `npm run serve:host -- --port N`: serves the built site (dist/) as the reference host,
 * Cloudflare Pages, does: its edge functions (functions/), its `_headers` and `_routes.json`,
 * its 404 handling, all through Cloudflare's own emulator (wrangler pages dev, which runs workerd,
 * the same runtime as the host). Nothing here imitates the host: it only starts the emulator.
 * Run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const port = flag('--port') ?? '8788';
const ip = flag('--ip') ?? '127.0.0.1';
if (!/^\d+$/.test(port)) {
  console.error(`serve:host: --port must be a number, got "${port}"`);
  process.exit(2);
}
if (!existsSync(`${root}dist/index.html`)) {
  console.error('serve:host: dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}

const wrangler = fileURLToPath(new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url));
const child = spawn(process.execPath, [wrangler, 'pages', 'dev', 'dist', '--port', port, '--ip', ip, '--show-interactive-dev-session=false', '--log-level', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  // No telemetry, no fetch of Cloudflare's request metadata (a placeholder is used: this machine
  // reaches no network but the package registries), logs kept out of the repository.
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_LOG_PATH: `${root}node_modules/.cache/wrangler-logs` },
});
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
