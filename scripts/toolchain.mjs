#!/usr/bin/env node
// The set-up that `npm install` does after installing the packages (package.json "postinstall"),
// so that the README's two commands work on a machine that has only an older Node and npm:
//
// - Node: Astro needs Node 22.12 or newer. When the Node running npm is older, Node 24 comes from
//   the npm registry (scripts/toolchain/node, locked) and node_modules/.bin/node points at it: npm
//   scripts put node_modules/.bin first on PATH, so every script and tool they start runs on it.
//   When the machine's Node is new enough, nothing is downloaded.
// - Chromium: on Linux x64 the Chromium shipped inside the npm package @sparticuz/chromium
//   (scripts/toolchain/chromium, locked) is always installed and unpacked: the visual tests compare
//   pixels and so always drive that one build. The other browser tests use it too when the machine
//   has no Chromium or Chrome of its own (and CHROMIUM_PATH is not set).
//
// `node scripts/toolchain.mjs check` is the preflight of `npm start` and `npm test`: one line and
// exit 1 when the Node that runs the scripts is too old (the set-up did not run).
//
// Written for any Node from 18 on, since it runs before the right one is in place.
import { spawnSync } from 'node:child_process';
import { chmodSync, createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { bundledPaths, bundledVersion, resolveChromium } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NODE_DIR = join(ROOT, 'scripts/toolchain/node');
const CHROMIUM_DIR = join(ROOT, 'scripts/toolchain/chromium');
const BIN_LINK = join(ROOT, 'node_modules/.bin', process.platform === 'win32' ? 'node.exe' : 'node');
/** The oldest Node Astro 7 runs on (its own check says so when it refuses). */
const MINIMUM = [22, 12];

function say(message) {
  console.log(`setup: ${message}`);
}

function newEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

/** Installs a locked folder of scripts/toolchain with the npm that runs this script. */
function npmCi(prefix) {
  const npm = process.env.npm_execpath;
  // Inside `npm install`, npm_execpath is npm's own CLI: run it with this Node. Outside, call npm.
  const [command, args] = npm && npm.endsWith('.js')
    ? [process.execPath, [npm]]
    : [process.platform === 'win32' ? 'npm.cmd' : 'npm', []];
  const result = spawnSync(command, [...args, 'ci', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) throw new Error(`npm ci in ${relative(ROOT, prefix)} failed`);
}

function nodeBinary() {
  const arch = process.arch;
  const name = process.platform === 'win32' ? `node-win-${arch}` : `node-${process.platform}-${arch}`;
  const executable = process.platform === 'win32' ? 'bin/node.exe' : 'bin/node';
  return { name, path: join(NODE_DIR, 'node_modules', name, executable) };
}

function setupNode() {
  if (newEnough(process.version)) {
    // A link from an earlier install on an older Node would still win on PATH: keep it only if it
    // is ours and the running Node is that one.
    say(`Node ${process.version} is new enough; using it.`);
    return;
  }
  const binary = nodeBinary();
  if (!existsSync(binary.path)) {
    const manifest = JSON.parse(readFileSync(join(NODE_DIR, 'package.json'), 'utf8'));
    if (!manifest.optionalDependencies[binary.name]) {
      say(`Node ${process.version} is older than Astro needs (${MINIMUM.join('.')}), and the npm registry has no Node 24 package for ${process.platform}-${process.arch}: install Node 24 and run npm install again.`);
      process.exitCode = 1;
      return;
    }
    // npm has just listed, as EBADENGINE warnings, the packages that declare a newer Node than the
    // one running it (Astro, Vitest, html-validate…): npm offers no setting to check engines against
    // another Node, so the warnings stay; this line says why they do no harm.
    say(`Node ${process.version} is older than Astro needs (${MINIMUM.join('.')}); installing Node ${manifest.optionalDependencies[binary.name]} from the npm registry (${binary.name}). The packages npm warned about above (EBADENGINE: they need a newer Node) run on it, never on ${process.version}.`);
    npmCi(NODE_DIR);
  }
  mkdirSync(dirname(BIN_LINK), { recursive: true });
  if (existsSyncLink(BIN_LINK)) unlinkSync(BIN_LINK);
  symlinkSync(relative(dirname(BIN_LINK), binary.path), BIN_LINK);
  const version = spawnSync(BIN_LINK, ['--version'], { encoding: 'utf8' }).stdout.trim();
  say(`npm scripts run on Node ${version} (node_modules/.bin/node).`);
}

function existsSyncLink(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

async function setupChromium() {
  const found = resolveChromium();
  const pinnedHere = process.platform === 'linux' && process.arch === 'x64';
  if (pinnedHere) {
    // Installed on every Linux x64 machine, whatever else it has: the visual tests compare pixels,
    // so they always drive this one build (test/visual/pinned-browser.ts).
    const paths = bundledPaths();
    if (!existsSync(join(paths.packageDir, 'bin/chromium.br'))) {
      say(`installing the pinned Chromium (@sparticuz/chromium ${bundledVersion()}) from the npm registry, for the visual tests${found.path ? '' : ' and the browser tests'}.`);
      npmCi(CHROMIUM_DIR);
    }
    await unpackChromium(paths);
  }
  if (found.path) {
    say(`browser tests use ${found.path} (${found.source})${pinnedHere ? `; visual tests use the pinned Chromium ${bundledVersion()}` : ''}.`);
    return;
  }
  if (!pinnedHere) {
    say(`no Chromium or Chrome found, and the npm-shipped Chromium is for Linux x64 only: install Chromium or Chrome (or set CHROMIUM_PATH) to run the browser tests.`);
    return;
  }
  say(`browser tests and visual tests use ${bundledPaths().executable} (the pinned Chromium).`);
}

/** Unpacks the package's brotli files into paths.dir: the browser, and the libraries it links. */
async function unpackChromium(paths) {
  if (existsSync(paths.executable)) return;
  const staging = `${paths.dir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const bin = join(paths.packageDir, 'bin');
  await pipeline(createReadStream(join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(join(staging, 'chromium')));
  chmodSync(join(staging, 'chromium'), 0o755);
  // al2023.tar.br holds lib/ (NSS, NSPR, expat); tar-fs is the package's own dependency.
  const { extract } = createRequire(join(paths.packageDir, 'package.json'))('tar-fs');
  await pipeline(createReadStream(join(bin, 'al2023.tar.br')), createBrotliDecompress(), extract(staging));
  writeFileSync(join(staging, 'VERSION'), `${bundledVersion()}\n`);
  rmSync(paths.dir, { recursive: true, force: true });
  renameSync(staging, paths.dir);
}

async function main() {
  const command = process.argv[2] ?? 'setup';
  if (command === 'check') {
    if (!newEnough(process.version)) {
      console.error(`Node ${process.version} runs these scripts, but Astro needs ${MINIMUM.join('.')} or newer: run npm install (it brings Node 24 from the npm registry into node_modules/.bin).`);
      process.exit(1);
    }
    return;
  }
  if (command !== 'setup') {
    console.error('usage: node scripts/toolchain.mjs [setup|check]');
    process.exit(2);
  }
  setupNode();
  await setupChromium();
}

main().catch((error) => {
  console.error(`setup: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
