/**
 * npm run --silent explain-trace -- <file|->
 *
 * Reads a Snooper or OCSLogger text log (or a Lync Server 2013 CLSLogger log, later than this guide), a Lync client log or raw SIP messages and prints
 * JSON: { messages, findings: [{ code, reason, status, callId, explanation, rule, … }], … }.
 * A finding's status is the SIP status of the message carrying the diagnostics, or null when that
 * message is a request. Exit 0 with a report; exit 2 with one line on stderr and nothing on stdout
 * when the input cannot be read or holds no SIP message.
 */
import { explainTrace } from '../tools/trace/explain.ts';
import { decodeText } from '../tools/trace/decode.ts';
import { onSite, siteHref } from '../rules/sources.ts';
import { failer, readInput, SITE } from './io.ts';

const USAGE = 'usage: explain-trace <file|->';

const fail: (message: string) => never = failer('explain-trace');

async function main(argv: string[]): Promise<void> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const unknown = argv.find((a) => a.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown}; ${USAGE}`);
  if (argv.length !== 1) fail(USAGE);
  const path = argv[0] ?? '-';
  let bytes: Uint8Array;
  try {
    bytes = await readInput(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
  }
  const result = explainTrace(decodeText(bytes));
  if (!result.ok) fail(result.message);
  const { messages, findings, clientDiagnostics, ...rest } = result.value;
  const output = {
    messages,
    findings: findings.map(({ code, reason, status, callId, explanation, rule, citation, ...more }) => ({ code, reason, status, callId, explanation, rule, citation: citation && onSite(citation, SITE), ...more })),
    clientDiagnostics: clientDiagnostics.map((c) => ({ ...c, page: siteHref(c.page, SITE) })),
    ...rest,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
