import type { ReadonlySignal } from '@preact/signals';
import { Component } from 'preact';
import { MODALITIES, PLATFORMS, type Modality, type Platform } from '../../rules/index.ts';
import { MODALITY_LABEL, PLATFORM_LABEL } from '../../share/labels.ts';
import type { InventoryRow } from '../../tools/inventory/inventory.ts';
import { pageOf, rowsWords } from '../../tools/inventory/paging.ts';
import { cellWord, rowReason, rowUncertainty } from '../../tools/inventory/report.ts';

export interface Entry {
  domain: string;
  platform: Platform | null;
  /** Where the kind came from: the paste, a look-up (a guess), or the reader's choice. */
  from: 'given' | 'looked-up' | 'chosen' | null;
  hint: string | null;
}

export interface Props {
  id: string;
  entries: readonly Entry[];
  /** The evaluated rows, one per entry that has a kind, in the entries' order. */
  rows: ReadonlyMap<string, InventoryRow>;
  onKind: (index: number, platform: Platform | null) => void;
  /**
   * 'true' while a change is being worked through (the rows shown may be the previous ones): a
   * signal, bound to the table's attribute, so marking it busy redraws nothing.
   */
  busy?: ReadonlySignal<'true' | undefined>;
  /** Level of the caption-like heading is the page's; the table has its own caption. */
  caption: string;
  /** First row shown: a long list is drawn a page at a time (paging.ts); everything else counts all rows. */
  start?: number;
  pageSize?: number;
  onPage?: (start: number) => void;
  /** Partners whose verdicts change, over the whole list (said next to the page's rows). */
  changedCount?: number | null;
}

/** A cell's class by its word ("works (uncertain)" is coloured as "works", and so on). */
const cellClass = (word: string): string => `lf-inv-${word.replace(/ \(uncertain\)$/, '').replace(' ', '-')}`;

/**
 * Partner × modality under the proposed settings; a cell that changes says what it was and why.
 * Dumb rendering: the rows are the inventory's (evaluate's), the words the report's.
 */
export function InventoryTable({ id, entries, rows, onKind, caption, busy, start = 0, pageSize, onPage, changedCount = null }: Props) {
  const page = pageOf(entries.length, start, pageSize);
  const paged = page.pages.length > 1;
  const shown = entries.slice(page.start, page.end);
  return (
    <>
      {paged ? <Pages id={id} page={page} onPage={onPage} changedCount={changedCount} /> : null}
      {/* A section named by the caption: a scrollable region that a keyboard can reach and scroll. */}
      <section class="lf-inv-scroll" tabIndex={0} aria-labelledby={`${id}-caption`}>
        <table class="lf-inv-table" data-testid="inventory-table" data-busy={busy}>
          <caption id={`${id}-caption`}>
            {caption}
            {paged ? ` Showing ${rowsWords(page)}.` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Kind</th>
              {MODALITIES.map((m) => (
                <th scope="col" key={m}>
                  {MODALITY_LABEL[m]}
                </th>
              ))}
              <th scope="col">What changes, and why</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry, i) => (
              <Row key={entry.domain} entry={entry} row={rows.get(entry.domain)} index={page.start + i} onKind={onKind} />
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/**
 * The table's pages: which rows are shown, how many partners change in all, and a button per page.
 * Buttons (not links): a page is the widget's state, not a place. The current page's button stays
 * focusable and says so with aria-current, so a keyboard never loses its place.
 */
interface PagesProps {
  id: string;
  page: ReturnType<typeof pageOf>;
  onPage: Props['onPage'];
  changedCount: number | null;
}

/**
 * Redrawn only when the page shown, the list's length or the count changes (not for each few rows
 * redrawn after a change). onPage is left out of the comparison: it only sets the page.
 */
class Pages extends Component<PagesProps> {
  override shouldComponentUpdate(next: PagesProps): boolean {
    const a = this.props;
    return next.id !== a.id || next.page.start !== a.page.start || next.page.total !== a.page.total || next.page.pages.length !== a.page.pages.length || next.changedCount !== a.changedCount;
  }

  override render(props: PagesProps) {
    return <PageButtons {...props} />;
  }
}

function PageButtons({ id, page, onPage, changedCount }: PagesProps) {
  return (
    <nav class="lf-inv-pages" aria-label="Pages of the partner table" data-testid="inventory-pages">
      <p id={`${id}-rows`} data-testid="inventory-rows">
        Showing {rowsWords(page)}
        {changedCount === null ? '' : `; ${changedCount} of all ${page.total} partners change`}.
      </p>
      <ul>
        {page.pages.map((w, i) => (
          <li key={w.start}>
            <button
              type="button"
              class="lf-button"
              aria-current={i === page.current ? 'page' : undefined}
              aria-label={`Show rows ${w.start + 1}–${w.end}`}
              onClick={() => onPage?.(w.start)}
            >
              {w.start + 1}–{w.end}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface RowProps {
  entry: Entry;
  row: InventoryRow | undefined;
  index: number;
  onKind: Props['onKind'];
}

/**
 * One partner's row, redrawn only when its entry and row objects (incremental.ts keeps a row's object when
 * its cells did not change), so a change redraws only the rows it changes: a long list stays fast.
 * onKind is left out of the comparison: it reads the current list when called.
 */
class Row extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    return next.entry !== this.props.entry || next.row !== this.props.row || next.index !== this.props.index;
  }

  override render({ entry, row, index, onKind }: RowProps) {
    return (
      <tr data-domain={entry.domain} data-changed={row && row.changed.length > 0 ? 'true' : undefined}>
        <th scope="row">{entry.domain}</th>
        <td>
          {entry.from === 'given' ? (
            // A kind the list gave is text: change it in the list. Only open or guessed kinds get a
            // control (a select per row of a long list costs the page a slow redraw on a phone).
            PLATFORM_LABEL[entry.platform as Platform]
          ) : (
            <select aria-label={`Kind of ${entry.domain}`} value={entry.platform ?? ''} onChange={(e) => onKind(index, (e.currentTarget.value || null) as Platform | null)}>
              <option value="">Not known</option>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_LABEL[p]}
                </option>
              ))}
            </select>
          )}
          {entry.from === 'looked-up' ? <span class="lf-badge lf-badge-assumed">guessed from DNS</span> : null}
          {entry.hint ? <small class="lf-inv-hint">{entry.hint}</small> : null}
        </td>
        {row && entry.platform !== null ? (
          <>
            {MODALITIES.map((m) => (
              <Cell key={m} row={row} m={m} />
            ))}
            <Why row={row} />
          </>
        ) : (
          <td colSpan={MODALITIES.length + 1}>Choose its kind, or look it up, to see its verdicts.</td>
        )}
      </tr>
    );
  }
}

/** What changes and why; and, where the date makes a cell uncertain, why (as the playground says it under a verdict). */
function Why({ row }: { row: InventoryRow }) {
  const unsure = rowUncertainty(row);
  return (
    <td class={row.changed.length > 0 ? 'lf-inv-why' : undefined}>
      {row.changed.length > 0 ? rowReason(row) : ''}
      {unsure ? <small class="lf-inv-hint">Uncertain: {unsure}</small> : null}
    </td>
  );
}

/**
 * One cell, in few nodes (a change of setting redraws many at once on a phone): the verdict under
 * the proposal and, when it changes, what it was, in words ("blocked", then "was works"), so it
 * reads the same aloud and shows without colour.
 */
function Cell({ row, m }: { row: InventoryRow; m: Modality }) {
  const next = cellWord(row.proposed[m]);
  if (!row.changed.includes(m)) return <td class={cellClass(next)}>{next}</td>;
  return (
    <td class={`lf-inv-changed ${cellClass(next)}`} data-cell={m}>
      <strong>{next}</strong> <small>was {cellWord(row.now[m])}</small>
    </td>
  );
}
