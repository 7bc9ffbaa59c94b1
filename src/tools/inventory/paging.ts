/**
 * Paging for a long partner table: the page draws one window of rows, while the summary and counts
 * are over every partner. Pure arithmetic.
 */

/**
 * Rows drawn at a time: 10, so that a throttled phone redraws a page after a change of setting in
 * short tasks (bench inventory-table: with 20 rows, tasks of 60–80 ms; inventory.css says more).
 */
export const PAGE_SIZE = 10;

export interface Page {
  /** First row shown (0-based) and one past the last. */
  start: number;
  end: number;
  total: number;
  /** Every page's window, in order; one page (or none, for an empty list) needs no navigation. */
  pages: readonly { start: number; end: number }[];
  /** Index into pages of the one shown. */
  current: number;
}

/**
 * The window that starts at `start` (rounded down to a page boundary, and clamped to the last page,
 * so a shorter list read after a longer one still shows rows).
 */
export function pageOf(total: number, start: number, size: number = PAGE_SIZE): Page {
  const count = Math.max(1, Math.ceil(total / size));
  const wanted = Number.isFinite(start) && start > 0 ? Math.floor(start / size) : 0;
  const current = Math.min(wanted, count - 1);
  const pages = total === 0 ? [] : Array.from({ length: count }, (_, i) => ({ start: i * size, end: Math.min(total, (i + 1) * size) }));
  return { start: current * size, end: Math.min(total, (current + 1) * size), total, pages, current };
}

/** "rows 1–50 of 200" (an en dash, the reader's numbering from 1). */
export function rowsWords(page: Page): string {
  if (page.total === 0) return 'no rows';
  return `rows ${page.start + 1}–${page.end} of ${page.total}`;
}
