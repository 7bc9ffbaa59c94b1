/**
 * npm run --silent read-edge-config -- <file|-> --tenant <domain> [--partner-domain <domain>] [--policy <identity>] [--as-of YYYY-MM-DD]
 *
 * Reads pasted Lync Server 2010 Management Shell output (Get-CsAccessEdgeConfiguration,
 * Get-CsHostingProvider, Get-CsAllowedDomain, Get-CsBlockedDomain, Get-CsExternalAccessPolicy,
 * Test-CsFederatedPartner; list or table form, UTF-8 or UTF-16) and prints JSON:
 *   { partner, unread: [lines not read], evaluation, verdict, notInPaste, notRead, readFrom, unreadLines, errors, notes, tests }
 * `partner` is the scenario contract's partner object (settings the paste does not show hold the
 * playground's defaults there, and are listed in notRead / notInPaste); `verdict` is, per modality,
 * what the paste decides for a default tenant on --tenant, with those settings unknown: "not
 * decided" with what to paste next where they can change it; `evaluation` is what evaluate prints,
 * only when the paste decides every modality (else null), without findings that stand on a default. Exit 2 with one line on stderr (nothing on stdout) when the input
 * cannot be read, holds no Edge configuration, or a domain given is malformed.
 */
import { normaliseDomain } from '../rules/index.ts';
import { decidedEvaluation, evaluatePartner, judgePartner, judgeTests, readEdgeConfig, toPartner } from '../tools/edge-config/index.ts';
import { asOfProblem } from '../rules/history.ts';
import { decodeText } from '../tools/trace/decode.ts';
import { failer, isMain, readInput } from './io.ts';

const USAGE = 'usage: read-edge-config <file|-> --tenant <domain> [--partner-domain <domain>] [--policy <identity>] [--as-of YYYY-MM-DD]';
const fail: (message: string) => never = failer('read-edge-config');
const OPTIONS = ['--tenant', '--partner-domain', '--policy', '--as-of'] as const;

/** The arguments, or a one-line reason they are wrong. */
export function parseArgs(argv: readonly string[]): { path: string; options: Record<(typeof OPTIONS)[number], string | null> } | string {
  const options: Record<(typeof OPTIONS)[number], string | null> = { '--tenant': null, '--partner-domain': null, '--policy': null, '--as-of': null };
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') continue;
    const [name, inline] = a.startsWith('--') ? a.split(/=(.*)/s, 2) : [a, undefined];
    if (name && (OPTIONS as readonly string[]).includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return `${name} needs a value; ${USAGE}`;
      options[name as (typeof OPTIONS)[number]] = value;
    } else if (a.startsWith('--')) return `unknown option ${name}; ${USAGE}`;
    else paths.push(a);
  }
  if (paths.length !== 1) return USAGE;
  return { path: paths[0] as string, options };
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') fail(args);
  const tenantArg = args.options['--tenant'];
  if (tenantArg === null) fail(`--tenant <domain> is required: the Lync Online domain to evaluate against; ${USAGE}`);
  const tenant = normaliseDomain(tenantArg);
  if (!tenant.ok) fail(`--tenant: the domain ${tenant.message}`);
  let partnerDomain: string | null = null;
  if (args.options['--partner-domain'] !== null) {
    const d = normaliseDomain(args.options['--partner-domain']);
    if (!d.ok) fail(`--partner-domain: the domain ${d.message}`);
    partnerDomain = d.value;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readInput(args.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${args.path}` : `cannot read ${args.path} (${code ?? 'error'})`);
  }
  const read = readEdgeConfig(decodeText(bytes));
  if (!read.ok) fail(read.message);
  const policy = args.options['--policy'];
  if (policy !== null && !read.value.policies.some((p) => [p.identity, p.identity.replace(/^tag:/i, '')].some((n) => n.toLowerCase() === policy.toLowerCase()))) {
    fail(`--policy: no external access policy "${policy}" in the paste (it has ${read.value.policies.map((p) => p.identity).join(', ') || 'none'})`);
  }
  const mapped = toPartner(read.value, { policy });
  const partner = partnerDomain === null ? mapped.partner : { ...mapped.partner, domain: partnerDomain };
  const notRead = partnerDomain === null ? mapped.notRead : mapped.notRead.filter((s) => s !== 'domain');
  const asOf = args.options['--as-of'];
  const asOfWrong = asOf === null ? null : asOfProblem(asOf);
  if (asOfWrong) fail(`asOf (--as-of): ${asOfWrong}`);
  const evaluated = evaluatePartner(partner, tenant.value, asOf ?? undefined);
  if (!evaluated.ok) fail(`${evaluated.field}: ${evaluated.message}`);
  const tests = judgeTests(read.value, tenant.value).map(({ test, status, aboutTenant, notOnAllowedList, entry }) => ({
    ...test,
    status,
    aboutTenant,
    notOnAllowedList,
    explanation: entry ? { code: entry.code, reason: entry.reason, meaning: entry.meaning, rule: entry.rule } : null,
  }));
  // Settings the paste does not show are unknown, never the defaults in `partner`: the verdict says
  // what the paste decides, and the evaluation is given only when the paste decides every modality.
  const verdict = judgePartner({ ...mapped, partner }, tenant.value, notRead);
  const output = {
    // The date the answer is for, and the dated changes in effect then, even when the paste leaves
    // the evaluation undecided (src/rules/history.ts).
    asOf: evaluated.evaluation.asOf,
    ...(evaluated.evaluation.history ? { history: evaluated.evaluation.history } : {}),
    partner,
    unread: read.value.unread.map((u) => u.text),
    evaluation: decidedEvaluation(evaluated.evaluation, verdict),
    verdict,
    notInPaste: verdict.notInPaste,
    notRead,
    readFrom: mapped.readFrom,
    policy: mapped.policy?.identity ?? null,
    unreadLines: read.value.unread,
    errors: read.value.errors,
    notes: read.value.notes,
    tests,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

if (isMain(import.meta.url)) main(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
