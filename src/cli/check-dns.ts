/**
 * npm run --silent check-dns -- <file|-> [--domain contoso.com]
 *
 * Reads pasted nslookup / dig / Resolve-DnsName output or a BIND zone file and prints the check as
 * JSON: { domain, records: [{ name, type, status, expected, found, … }], notChecked, federation,
 * summary }. Exit 0 with a report (whatever the records' status); exit 2 with one line on stderr
 * and nothing on stdout when the input cannot be read or is in none of those forms.
 */
import { checkPaste } from '../tools/dns/check.ts';
import { decodeText } from '../tools/trace/decode.ts';
import { siteHref } from '../rules/sources.ts';
import { failer, readInput, SITE } from './io.ts';

const USAGE = 'usage: check-dns <file|-> [--domain <domain>]';

const fail: (message: string) => never = failer('check-dns');

async function main(argv: string[]): Promise<void> {
  let path: string | null = null;
  let domain: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--domain') domain = argv[++i] ?? fail(`--domain needs a value; ${USAGE}`);
    else if (arg.startsWith('--domain=')) domain = arg.slice('--domain='.length);
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}; ${USAGE}`);
    else if (path === null) path = arg;
    else fail(`one input only; ${USAGE}`);
  }
  if (path === null) fail(USAGE);
  let bytes: Uint8Array;
  try {
    bytes = await readInput(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
  }
  const result = checkPaste(decodeText(bytes), domain ? { domain } : {});
  if (!result.ok) fail(result.message);
  const { domain: checkedDomain, records, ...rest } = result.value;
  const output = {
    domain: checkedDomain,
    // The evidence is a page of the site: a full address when SITE_URL gives the site's origin.
    records: records.map(({ name, type, status, expected, found, evidence, ...more }) => ({
      name,
      type,
      status,
      expected,
      found,
      evidence: siteHref(evidence, SITE),
      ...more,
    })),
    ...rest,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
