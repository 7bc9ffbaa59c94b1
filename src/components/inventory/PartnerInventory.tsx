import { batch, useComputed, useSignal, useSignalEffect, type ReadonlySignal, type Signal } from '@preact/signals';
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { GA_DATE, monthYear, normaliseDomain, type Platform, type Tenant } from '../../rules/index.ts';
import { FEDERATION_MODE_OPTIONS, TENANT_FIELDS } from '../../share/playground-fields.ts';
import { DEFAULT_DOH_ENDPOINTS } from '../../tools/dns/index.ts';
import { assumedPartner, ASSUMED_EDGE_SIDE, ASSUMED_SIDE, typedContact } from '../../tools/inventory/assume.ts';
import { summarise, type Inventory, type InventoryRow } from '../../tools/inventory/inventory.ts';
import { allRows, CellCache, rowsInSlices, type InventoryJob } from '../../tools/inventory/incremental.ts';
import { AsOfField } from '../widgets/AsOfField.tsx';
import { typedDate } from '../../share/as-of.ts';
import { PAGE_SIZE, pageOf } from '../../tools/inventory/paging.ts';
import { KIND_PARAMS, parsePartnerList, type ListProblem } from '../../tools/inventory/list.ts';
import { decodeInventoryLink, defaultInventorySettings, encodeInventoryLink, MAX_LINK_PARTNERS, type InventorySettings } from '../../tools/inventory/permalink.ts';
import { inventoryCsv, inventoryJson, inventoryMarkdown, summaryLine } from '../../tools/inventory/report.ts';
import { lookUpPartner } from '../../tools/partner/lookup.ts';
import { CopyButton } from '../CopyButton.tsx';
import { Announcer } from '../widgets/Announcer.tsx';
import { Heading } from '../playground/Heading.tsx';
import { InventoryTable, type Entry } from './InventoryTable.tsx';
import { SettingsFields } from './SettingsFields.tsx';
import { PasteField } from '../widgets/PasteField.tsx';

export const EXAMPLE_LIST = `domain,kind
fabrikam.com,online
adatum.com,online
litwareinc.com,ls2010
northwindtraders.com,ocs2007r2
hotmail.com,messenger
`;

export interface Props {
  headingLevel?: number;
  /** The page the permalink opens (an embed links to its page). */
  path?: string;
  endpoints?: readonly string[] | undefined;
}

/**
 * Rows of the table redrawn per frame after a change (see the effect below): one. On the throttled
 * phone a frame that lays out and paints one changed row takes 25–45 ms; with two or three rows a
 * frame, most runs of bench inventory-table had a task over 50 ms. A change of 10 rows then takes
 * about 0.4 s there, the rows following one by one.
 */
const ROWS_PER_FRAME = 1;

/**
 * Resolves once the page has drawn the frame after this one's changes: a task queued from an
 * animation frame callback runs after that frame's rendering. Redrawing a few rows per task was not
 * enough: on a throttled phone three such tasks ran before one frame, which then laid out and painted
 * every row at once (a 57 ms task in a Chromium trace of bench inventory-table). A hidden tab draws no
 * frames, so a timer resolves it there.
 */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

const EXAMPLE_PROPOSED: InventorySettings = { mode: 'block-all-except-allowed', domains: ['fabrikam.com'], publicIm: 'disabled' };

function entriesOf(text: string): { entries: Entry[]; problems: ListProblem[]; format: string } {
  const list = parsePartnerList(text);
  return { entries: list.partners.map((p) => ({ domain: p.domain, platform: p.platform, from: p.platform ? 'given' : null, hint: p.hint })), problems: list.problems, format: list.format };
}

/** A domain list as typed, one per line (commas too), or the first line that is not a domain. */
function readList(text: string): { domains: string[]; error: string | null } {
  const domains: string[] = [];
  for (const raw of text.split(/[\n,;]/)) {
    const t = raw.trim();
    if (!t) continue;
    const d = normaliseDomain(t);
    if (!d.ok) return { domains, error: `"${t.slice(0, 60)}": the domain ${d.message}.` };
    if (!domains.includes(d.value)) domains.push(d.value);
  }
  return { domains, error: null };
}

/** The rows in the job's order, with their counts: what the summary, the table's count and the exports read. */
interface Shown {
  inventory: Inventory;
  /** The date these rows are for (GA_DATE when none was asked). */
  asOf: string;
}

function shownOf(job: InventoryJob, rows: ReadonlyMap<string, InventoryRow>): Shown {
  const list = job.partners.map((p) => rows.get(p.domain)).filter((r): r is InventoryRow => r !== undefined);
  return { inventory: { partners: list, summary: summarise(list) }, asOf: job.asOf ?? GA_DATE };
}

/** The date field's text as a date for the rules (the shared typedDate): general availability means none. */
function dateOf(text: string): { asOf: string | undefined; problem: string | null } {
  const { asOf, problem } = typedDate(text);
  return { asOf: asOf === GA_DATE ? undefined : asOf, problem };
}

const tenantOf = (domain: string, s: InventorySettings): Tenant => ({ domain, dnsVerified: true, federation: { mode: s.mode, domains: s.domains }, publicIm: s.publicIm, userExternalAccess: true });

/** The proposal in words, for the forum answer's title ("if …"). */
function changeWords(now: InventorySettings, next: InventorySettings): string | null {
  const parts: string[] = [];
  const mode = (m: string) => FEDERATION_MODE_OPTIONS.find((o) => o.value === m)?.label ?? m;
  if (now.mode !== next.mode) parts.push(`Domain Federation becomes "${mode(next.mode)}"`);
  if (next.mode !== 'disabled' && now.domains.join() !== next.domains.join()) parts.push(`the list becomes ${next.domains.join(', ') || 'empty'}`);
  if (now.publicIm !== next.publicIm) parts.push(`Public IM becomes "${TENANT_FIELDS.publicIm.options.find((o) => o.value === next.publicIm)?.label}"`);
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * Partner inventory: a pasted list of partners (domains, CSV, or Get-CsAllowedDomain /
 * Get-CsBlockedDomain output), each with a kind given, chosen or looked up on request; a table,
 * partner × modality, under today's settings and a proposed change, the changed cells marked with
 * the reason, and a one-line summary. Every cell is evaluate's, through inventoryRow (a slice at a time). The list is
 * read in the page; only a look-up the reader asks for sends anything (the record names).
 */
export function PartnerInventory({ headingLevel = 3, path = '/configure/partner-inventory/', endpoints }: Props) {
  const id = useId();
  const paste = useSignal(EXAMPLE_LIST);
  // Made once (a hook's argument is evaluated on every render, so work there is wrapped in useState's initialiser).
  const [first] = useState(() => entriesOf(EXAMPLE_LIST));
  const entries = useSignal<Entry[]>(first.entries);
  const problems = useSignal<ListProblem[]>(first.problems);
  const you = useSignal('contoso.com');
  const now = useSignal<InventorySettings>(defaultInventorySettings());
  const nowText = useSignal('');
  const proposed = useSignal<InventorySettings>(EXAMPLE_PROPOSED);
  const proposedText = useSignal(EXAMPLE_PROPOSED.domains.join('\n'));
  const linkProblems = useSignal<string[]>([]);
  // The date the answers are for, as typed (the playground's field); empty or GA_DATE: general availability.
  const asOfText = useSignal(GA_DATE as string);
  const looking = useSignal<string | null>(null);
  const running = useRef<AbortController | null>(null);
  // The export buttons need JavaScript: hidden (keeping their space) until the widget runs.
  const ready = useSignal(false);
  // The table's first row shown: a long list is drawn a page at a time (the summary, counts and
  // exports always cover every partner).
  const pageStart = useSignal(0);

  useEffect(() => {
    ready.value = true;
    const link = decodeInventoryLink(window.location.search);
    if (link) {
      const { state } = link;
      if (state.you) you.value = state.you;
      now.value = state.now;
      nowText.value = state.now.domains.join('\n');
      proposed.value = state.proposed;
      proposedText.value = state.proposed.domains.join('\n');
      asOfText.value = state.asOf;
      entries.value = state.partners.map((p) => ({ domain: p.domain, platform: p.platform, from: p.platform ? 'given' : null, hint: null }));
      paste.value = state.partners.map((p) => p.domain).join('\n');
      problems.value = [];
      pageStart.value = 0;
      linkProblems.value = link.problems;
    }
    return () => running.current?.abort();
  }, []);

  const yourDomain = useComputed(() => normaliseDomain(you.value));
  const date = useComputed(() => dateOf(asOfText.value));
  // The partners as the rules see them: made again only when the list or your domain changes, so a
  // change of setting reuses these objects (and the cell cache its work per partner).
  const partners = useComputed<InventoryJob['partners'] | null>(() => {
    const d = yourDomain.value;
    if (!d.ok) return null;
    return entries.value.filter((e) => e.platform !== null).map((e) => ({ domain: e.domain, partner: assumedPartner(e.domain, e.platform as Platform, d.value) }));
  });
  // What to evaluate: today's tenant, the proposed one, every partner that has a kind, at the date.
  const job = useComputed<InventoryJob | null>(() => {
    const list = partners.value;
    const d = yourDomain.value;
    const { asOf, problem } = date.value;
    if (!list || !d.ok || problem) return null;
    return { tenant: tenantOf(d.value, now.value), proposed: tenantOf(d.value, proposed.value), partners: list, contactOf: typedContact, ...(asOf !== undefined ? { asOf } : {}) };
  });
  // The rows, by domain, and the inventory shown. The first job is computed at once (the server
  // renders it); later ones a slice at a time (incremental.ts), so a long list never blocks the
  // page; `updating` meanwhile. The inventory is a signal set when a job is done, not a computed
  // over the settings: a change of setting then costs its own task nothing but the form's redraw.
  const cache = useRef<CellCache | null>(null);
  cache.current ??= new CellCache();
  // The first rows, at once and once only (not on each render of the widget: that is every partner evaluated again).
  const [start] = useState(() => {
    const j = job.peek();
    if (!j) return { rows: new Map<string, InventoryRow>(), shown: null };
    const rows = allRows(j, cache.current!);
    return { rows, shown: shownOf(j, rows) };
  });
  const results = useSignal<ReadonlyMap<string, InventoryRow>>(start.rows);
  const shown = useSignal<Shown | null>(start.shown);
  const updating = useSignal(false);
  const generation = useRef(0);
  const firstJob = useRef(job.peek());
  useSignalEffect(() => {
    const j = job.value;
    if (j === firstJob.current) return;
    const token = ++generation.current;
    if (j === null) {
      updating.value = false;
      return;
    }
    // This effect runs in the frame's own task (useSignalEffect waits for an animation frame): the
    // busy mark is left to a task of its own, so the frame and it are each short.
    let finished = false;
    setTimeout(() => {
      if (generation.current === token && !finished) updating.value = true;
    }, 0);
    // Slices yield to the page between them. When all are done, the rows shown that changed are
    // redrawn one a frame (a phone redraws one row well within a frame, not ten), then the summary
    // and counts at once.
    const cancelled = () => generation.current !== token;
    void (async () => {
      const rows = await rowsInSlices(j, cache.current!, results.peek(), null, cancelled);
      if (rows === null || cancelled()) return;
      const page = pageOf(entries.peek().length, pageStart.peek(), PAGE_SIZE);
      const visible = entries.peek().slice(page.start, page.end).map((e) => e.domain);
      const redraw = visible.filter((d) => rows.get(d) !== results.peek().get(d));
      // Every changed row in a frame of its own, the last one too: the frame that follows, the
      // summary's and the counts', also undims the table (a repaint of every row it shows).
      for (let i = 0; i < redraw.length; i += ROWS_PER_FRAME) {
        const next = new Map(results.peek());
        for (const d of redraw.slice(i, i + ROWS_PER_FRAME)) next.set(d, rows.get(d)!);
        results.value = next;
        await afterNextFrame();
        if (cancelled()) return;
      }
      finished = true;
      batch(() => {
        results.value = rows;
        shown.value = shownOf(j, rows);
        updating.value = false;
      });
    })();
  });
  // Marks the summary as out of date while a change is worked through: an attribute bound to the
  // signal (no redraw, and the text keeps its place: nothing below it moves twice).
  const busy = useComputed(() => (updating.value ? 'true' : undefined));
  const summary = useComputed(() => {
    if (!yourDomain.value.ok) return `Your domain ${yourDomain.value.message}.`;
    if (date.value.problem) return `The date ${date.value.problem}.`;
    const s = shown.value;
    if (!s) return '';
    const open = entries.value.length - s.inventory.partners.length;
    const when = s.asOf === GA_DATE ? '' : `As of ${monthYear(s.asOf)}: `;
    return `${when}${summaryLine(s.inventory)}${open > 0 ? ` (${open} partner${open === 1 ? '' : 's'} without a kind not counted)` : ''}`;
  });
  const link = useComputed(() =>
    encodeInventoryLink({ you: yourDomain.value.ok ? yourDomain.value.value : '', now: now.value, proposed: proposed.value, partners: entries.value.map((e) => ({ domain: e.domain, platform: e.platform })), asOf: date.value.asOf ?? GA_DATE }),
  );

  const readPaste = (event: Event) => {
    event.preventDefault();
    const read = entriesOf(paste.value);
    entries.value = read.entries;
    problems.value = read.problems;
    pageStart.value = 0;
  };
  // Made once (it reads the list when called), so the table, a memo, is not redrawn with the form.
  const setKind = useCallback((index: number, platform: Platform | null) => {
    entries.value = entries.value.map((e, i) => (i === index ? { ...e, platform, from: platform ? 'chosen' : null } : e));
  }, []);
  const lookUpKinds = async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const open = entries.value.filter((e) => e.platform === null).map((e) => e.domain);
    let done = 0;
    looking.value = `Looking up ${open.length} record${open.length === 1 ? '' : 's'}…`;
    // A few at a time: a long list must not flood the resolver.
    const queue = [...open];
    const worker = async () => {
      for (let domain = queue.shift(); domain !== undefined; domain = queue.shift()) {
        const r = await lookUpPartner('', domain, { endpoints: endpoints ?? DEFAULT_DOH_ENDPOINTS, signal: controller.signal });
        if (running.current !== controller) return;
        done++;
        looking.value = `Looked up ${done} of ${open.length}…`;
        if (r.ok && r.value.partner.platform !== null) {
          const guess = r.value.partner;
          entries.value = entries.value.map((e) => (e.domain === domain && e.platform === null ? { ...e, platform: guess.platform, from: 'looked-up', hint: `${guess.why[0] ?? ''}` } : e));
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    if (running.current === controller) {
      running.current = null;
      looking.value = `Looked up ${done} of ${open.length}. Kinds guessed from DNS are marked; check them.`;
    }
  };

  const openCount = entries.value.filter((e) => e.platform === null).length;

  return (
    <div class="lf-widget lf-tool lf-inventory not-content" data-widget="partner-inventory">
      {linkProblems.value.length > 0 ? (
        <div class="lf-notice" role="alert" data-testid="inventory-link-problems">
          <strong>Not everything in this link could be opened.</strong>
          <ul>
            {linkProblems.value.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form onSubmit={readPaste} data-testid="inventory-paste-form">
        <PasteField id={`${id}-paste`} label="Your partners: one domain per line, CSV (domain, kind), or Get-CsAllowedDomain / Get-CsBlockedDomain output" text={paste} hint={`Kinds: ${KIND_PARAMS.join(', ')}, or leave it empty.`} />
        <p class="lf-tool-actions">
          <button type="submit" class="lf-button">
            Read the list
          </button>
        </p>
        {problems.value.length > 0 ? (
          <ul class="lf-error" data-testid="inventory-problems">
            {problems.value.map((p, i) => (
              <li key={i}>
                Line {p.line}: {p.message}.
              </li>
            ))}
          </ul>
        ) : null}
      </form>
      <div class="lf-inv-tenant">
        <label for={`${id}-you`}>Your SIP domain</label>
        <input id={`${id}-you`} type="text" inputMode="url" autoComplete="off" spellcheck={false} value={you.value} onInput={(e) => (you.value = e.currentTarget.value)} />
        <DateField id={id} text={asOfText} />
      </div>
      <Settings id={id} now={now} nowText={nowText} proposed={proposed} proposedText={proposedText} />
      <section class="lf-result" aria-labelledby={`${id}-result`} data-testid="inventory-result">
        <Heading level={headingLevel} id={`${id}-result`}>
          What the proposal changes
        </Heading>
        <Announcer summary={summary} />
        <p class="lf-inv-summary" data-testid="inventory-summary" data-busy={busy} aria-busy={busy}>
          {/* The signal itself, not its value: a new summary rewrites this text alone, not the widget. */}
          <strong>{summary}</strong>
        </p>
        {openCount > 0 ? (
          <p>
            {openCount} partner{openCount === 1 ? ' has' : 's have'} no kind yet.{' '}
            <button type="button" class="lf-button" onClick={lookUpKinds} data-testid="inventory-lookup">
              Look up their federation records
            </button>{' '}
            <span class="lf-hint">Only the record names are sent, to {new URL((endpoints ?? DEFAULT_DOH_ENDPOINTS)[0]!).host}; each kind found is a guess, marked as one.</span>
          </p>
        ) : null}
        {looking.value ? (
          <p class="lf-hint" role="status">
            {looking.value}
          </p>
        ) : null}
        {yourDomain.value.ok && !date.value.problem ? (
          <ResultTable
            id={`${id}-t`}
            entries={entries}
            rows={results}
            busy={busy}
            shown={shown}
            pageStart={pageStart}
            onKind={setKind}
            caption={`Partners of ${yourDomain.value.value}: each cell under the proposed settings; a changed cell shows what it was, and why.`}
          />
        ) : (
          <p class="lf-error" data-testid="inventory-error">
            {summary.value}
          </p>
        )}
        <p class="lf-hint" data-testid="inventory-assumption">
          What the table cannot see: each partner's own settings. It assumes their side is set up for you: a Lync Online partner with {ASSUMED_SIDE['lync-online']}; a Lync Server partner with {ASSUMED_EDGE_SIDE['lync-server']}; an OCS partner with {ASSUMED_EDGE_SIDE.ocs}; a Messenger partner as {ASSUMED_SIDE['windows-live-messenger']}. Your DNS is taken as verified and your users as enabled for external access.
        </p>
        <Exports path={path} ready={ready} job={job} shown={shown} link={link} you={yourDomain} now={now} proposed={proposed} />
      </section>
    </div>
  );
}

/** The date field (the widgets' shared AsOfField), in a component of its own so a keystroke redraws only it. */
function DateField({ id, text }: { id: string; text: Signal<string> }) {
  return <AsOfField id={id} value={text.value} onInput={(value) => (text.value = value)} />;
}

interface SettingsProps {
  id: string;
  now: Signal<InventorySettings>;
  nowText: Signal<string>;
  proposed: Signal<InventorySettings>;
  proposedText: Signal<string>;
}

/**
 * Today's settings and the proposal, reading their signals here: a change of setting redraws these
 * two fieldsets, not the widget (the table follows when the change has been worked through).
 */
function Settings({ id, now, nowText, proposed, proposedText }: SettingsProps) {
  return (
    <div class="lf-inv-compare">
      <SettingsFields id={`${id}-now`} legend="Today" settings={now.value} listText={nowText.value} listError={readList(nowText.value).error} onChange={(s, text) => {
        nowText.value = text;
        now.value = { ...s, domains: readList(text).domains };
      }} />
      <SettingsFields id={`${id}-next`} legend="Proposed" settings={proposed.value} listText={proposedText.value} listError={readList(proposedText.value).error} compareWith={now.value} onChange={(s, text) => {
        proposedText.value = text;
        proposed.value = { ...s, domains: readList(text).domains };
      }} />
    </div>
  );
}

interface ExportsProps {
  path: string;
  ready: ReadonlySignal<boolean>;
  job: ReadonlySignal<InventoryJob | null>;
  shown: ReadonlySignal<Shown | null>;
  link: ReadonlySignal<string | null>;
  you: ReadonlySignal<ReturnType<typeof normaliseDomain>>;
  now: ReadonlySignal<InventorySettings>;
  proposed: ReadonlySignal<InventorySettings>;
}

/** The exports (CSV, JSON, forum answer) and the link, each with the date the answers are for. */
function Exports({ path, ready, job, shown, link, you, now, proposed }: ExportsProps) {
  if (!job.value) return null;
  const change = changeWords(now.value, proposed.value);
  const site = typeof window === 'undefined' ? '' : window.location.origin;
  const permalink = link.value ? `${site}${path}${link.value}` : null;
  const current = () => shown.peek() ?? { inventory: { partners: [], summary: summarise([]) }, asOf: GA_DATE };
  // A file made in the page (nothing is uploaded): a Blob, saved through a temporary link.
  const save = (text: string, type: string, name: string) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div class="lf-inv-exports" data-ready={ready.value ? 'true' : 'false'}>
      <button type="button" class="lf-button" onClick={() => save(inventoryCsv(current().inventory, current().asOf), 'text/csv', 'partner-inventory.csv')} data-testid="inventory-csv">
        Download CSV
      </button>
      <button type="button" class="lf-button" onClick={() => save(inventoryJson(current().inventory, current().asOf), 'application/json', 'partner-inventory.json')} data-testid="inventory-json">
        Download JSON
      </button>
      <span>
        Forum answer (a Markdown table) <CopyButton text={() => inventoryMarkdown(current().inventory, you.peek().ok ? (you.peek() as { value: string }).value : '', change, permalink, current().asOf)} label="Copy the inventory as a forum answer (a Markdown table)" />
      </span>
      {permalink ? (
        <span>
          Link to this inventory <CopyButton text={permalink} label="Copy a link to this inventory" />
        </span>
      ) : (
        <span class="lf-hint">A link is offered for up to {MAX_LINK_PARTNERS} partners; export the CSV or JSON for a longer list.</span>
      )}
    </div>
  );
}

interface ResultTableProps {
  id: string;
  entries: ReadonlySignal<Entry[]>;
  rows: ReadonlySignal<ReadonlyMap<string, InventoryRow>>;
  busy: ReadonlySignal<'true' | undefined>;
  shown: ReadonlySignal<Shown | null>;
  pageStart: Signal<number>;
  onKind: (index: number, platform: Platform | null) => void;
  caption: string;
}

/**
 * The table, reading the signals itself: when a change has been worked through, this redraws
 * (the page of rows shown), not the whole widget with its forms; and a redraw of the forms (a
 * setting changed) passes it by, since its props are the same signals (@preact/signals skips a
 * component that reads signals when its props are unchanged).
 */
function ResultTable({ id, entries, rows, busy, shown, pageStart, onKind, caption }: ResultTableProps) {
  const inv = shown.value?.inventory ?? null;
  return (
    <InventoryTable
      id={id}
      entries={entries.value}
      rows={rows.value}
      onKind={onKind}
      busy={busy}
      start={pageStart.value}
      pageSize={PAGE_SIZE}
      onPage={(start) => (pageStart.value = start)}
      changedCount={inv ? inv.summary.changedPartners : null}
      caption={caption}
    />
  );
}
