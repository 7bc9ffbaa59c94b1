/** What the troubleshooting CLIs share: reading a file or standard input, and failing in one line. */
import { readFileSync } from 'node:fs';

/** Prints `<tool>: <message>` as one line on standard error and exits 2 (bad input). */
export function failer(tool: string): (message: string) => never {
  return (message) => {
    process.stderr.write(`${tool}: ${message.replace(/\s+/g, ' ').trim()}\n`);
    process.exit(2);
  };
}

/** The bytes of a file, or of standard input for "-". */
export async function readInput(path: string): Promise<Uint8Array> {
  if (path !== '-') return readFileSync(path);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
