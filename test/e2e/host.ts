import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface HostServer {
  url: string;
  close: () => Promise<void>;
}

/** A free loopback port: the OS picks one, and it is let go again for the emulator to take. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts `npm run serve:host -- --port N` (Cloudflare's own emulator serving dist/ with the edge
 * functions, _headers and _routes.json) on a free loopback port and waits until it answers.
 * The emulator's output is kept and given in the error if it does not start in time.
 */
export async function startHost(timeoutMs = 90_000): Promise<HostServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [`${root}scripts/serve-host.mjs`, '--port', String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The whole group: the script, wrangler and its workerd.
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`serve:host exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`${url}/favicon.svg`).then((response) => response.ok, () => false);
    if (ready) return { url, close };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await close();
  throw new Error(`serve:host did not answer on ${url} within ${timeoutMs / 1000} s:\n${output}`);
}
