/**
 * The inventory in words and files: the one-line summary ("3 partners lose IM and presence"), each
 * changed cell's reason (the rule's own condition), and the exports: CSV, JSON and a forum answer as
 * a Markdown table. Everything here reads an Inventory; nothing decides a verdict.
 */
import { GA_DATE, MODALITIES, MODALITY_NAMES, monthYear, PLATFORM_NAMES, RULES } from '../../rules/index.ts';
import type { Modality, ReasonCode } from '../../rules/index.ts';
import type { Inventory, InventoryCell, InventoryRow } from './inventory.ts';

const CONDITION = new Map<ReasonCode, string>();
for (const rule of RULES) if (rule.kind === 'blocker' && !CONDITION.has(rule.code)) CONDITION.set(rule.code, rule.condition);

/** A blocker in a few words: its rule's condition. */
export function reasonWords(code: ReasonCode): string {
  return CONDITION.get(code) ?? code;
}

/** A cell's state in one word, as the table, the CSV and the forum answer say it. */
export function cellWord(cell: InventoryCell): string {
  const word = cell.works ? 'works' : cell.reasons.every((r) => r === 'file-transfer-not-federated' || r === 'modality-not-supported-with-partner') ? 'not supported' : 'blocked';
  return cell.certainty === 'uncertain' ? `${word} (uncertain)` : word;
}

/** Why a row's cells are uncertain (each reason once), as the playground says it under a verdict; '' when none is. */
export function rowUncertainty(row: InventoryRow): string {
  const whys = new Set<string>();
  for (const m of MODALITIES) for (const c of [row.now[m], row.proposed[m]]) if (c.certainty === 'uncertain' && c.uncertainty) whys.add(c.uncertainty);
  // A modality's why may hold another's whole (audio: the note on audio and video, then the dated change): said once.
  return [...whys].filter((why) => ![...whys].some((other) => other !== why && other.includes(why))).join(' ');
}

/** Why a changed cell changed: the blockers the proposal adds (a loss) or removes (a gain). */
export function changeReason(row: InventoryRow, m: Modality): string {
  const now = row.now[m];
  const next = row.proposed[m];
  if (now.works && !next.works) return `loses ${MODALITY_NAMES[m]}: ${next.reasons.filter((r) => !now.reasons.includes(r)).map(reasonWords).join('; ') || next.reasons.map(reasonWords).join('; ')}`;
  if (!now.works && next.works) return `gains ${MODALITY_NAMES[m]}: no longer ${now.reasons.map(reasonWords).join('; ')}`;
  return '';
}

/**
 * Why a row changed, once for all its changed modalities: "loses IM, presence, audio and video: the
 * partner's domain is not on your list …". Each distinct reason is said once.
 */
export function rowReason(row: InventoryRow): string {
  const parts: string[] = [];
  const lost = row.changed.filter((m) => row.now[m].works);
  const gained = row.changed.filter((m) => !row.now[m].works);
  if (lost.length > 0) {
    const added = [...new Set(lost.flatMap((m) => row.proposed[m].reasons.filter((r) => !row.now[m].reasons.includes(r))))];
    parts.push(`loses ${modalityList(lost)}: ${added.map(reasonWords).join('; ')}`);
  }
  if (gained.length > 0) {
    const removed = [...new Set(gained.flatMap((m) => row.now[m].reasons.filter((r) => !row.proposed[m].reasons.includes(r))))];
    parts.push(`gains ${modalityList(gained)}: no longer ${removed.map(reasonWords).join('; ')}`);
  }
  return parts.join('. ');
}

/** "IM and presence", "IM, presence and audio": modality names inside a sentence. */
function modalityList(ms: readonly Modality[]): string {
  const names = ms.map((m, i) => (i === 0 ? MODALITY_NAMES[m] : m === 'im' ? 'IM' : MODALITY_NAMES[m].toLowerCase()));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The one line: partners grouped by what they lose and gain, largest group first, e.g.
 * "3 partners lose IM, presence, audio and video; 1 partner gains IM". No change: says so.
 */
export function summaryLine(inventory: Inventory): string {
  const groups = new Map<string, number>();
  for (const row of inventory.partners) {
    if (row.changed.length === 0) continue;
    const lost = row.changed.filter((m) => row.now[m].works);
    const gained = row.changed.filter((m) => !row.now[m].works);
    for (const [verb, ms] of [['lose', lost], ['gain', gained]] as const) {
      if (ms.length === 0) continue;
      const key = `${verb}|${ms.join(',')}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
  }
  if (groups.size === 0) return inventory.partners.length === 0 ? 'No partners listed.' : `No change for any of the ${inventory.partners.length} partners.`;
  return [...groups.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => {
      const [verb, list] = key.split('|') as [string, string];
      const word = n === 1 ? `${verb}s` : verb;
      return `${n} partner${n === 1 ? '' : 's'} ${word} ${modalityList(list.split(',') as Modality[])}`;
    })
    .join('; ');
}

/** One CSV cell: quoted when it must be, and a leading = + - @ defused so a spreadsheet shows text. */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The table as CSV: a row per partner, now and proposed per modality, what changed and why, why a
 * cell is uncertain, and the date the answers are for (on every row, so a sorted or filtered sheet
 * keeps it).
 */
export function inventoryCsv(inventory: Inventory, asOf: string = GA_DATE): string {
  const head = ['domain', 'kind', ...MODALITIES.flatMap((m) => [`${m} now`, `${m} proposed`]), 'changed', 'why', 'uncertain because', 'as of'];
  const rows = inventory.partners.map((row) => [
    row.address ?? row.domain,
    row.platform,
    ...MODALITIES.flatMap((m) => [cellWord(row.now[m]), cellWord(row.proposed[m])]),
    row.changed.join(' '),
    row.changed.map((m) => changeReason(row, m)).join(' | '),
    rowUncertainty(row),
    asOf,
  ]);
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The inventory as JSON: the CLI's own output shape, the date first (general availability when none was asked). */
export function inventoryJson(inventory: Inventory, asOf: string = GA_DATE): string {
  return `${JSON.stringify({ asOf, ...inventory }, null, 2)}\n`;
}

/** Text a reader typed, made inert in Markdown (and in a table cell: pipes and line breaks). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

/**
 * A forum answer: the summary line, then a Markdown table, partner × modality, each changed cell
 * written "works → blocked", then the link that reopens it. Domains are escaped although the domain
 * check already refuses anything but letters, digits, dots and hyphens.
 */
export function inventoryMarkdown(inventory: Inventory, tenantDomain: string, change: string | null, link: string | null, asOf: string = GA_DATE): string {
  const lines: string[] = [];
  // The date as the playground's forum answer says it: nothing at general availability, else "as of March 2012".
  const when = asOf === GA_DATE ? '' : `, as of ${monthYear(asOf)}`;
  lines.push(`**Partners of ${escapeMarkdown(tenantDomain)}${when}${change ? `, if ${escapeMarkdown(change)}` : ''}**`, '');
  if (change) lines.push(escapeMarkdown(summaryLine(inventory)), '');
  lines.push(`| Partner | Kind | ${MODALITIES.map((m) => MODALITY_NAMES[m]).join(' | ')} |`);
  lines.push(`| --- | --- | ${MODALITIES.map(() => '---').join(' | ')} |`);
  for (const row of inventory.partners) {
    const cells = MODALITIES.map((m) => (row.changed.includes(m) ? `**${cellWord(row.now[m])} → ${cellWord(row.proposed[m])}**` : cellWord(row.proposed[m])));
    lines.push(`| ${escapeMarkdown(row.address ?? row.domain)} | ${PLATFORM_NAMES[row.platform].label} | ${cells.join(' | ')} |`);
  }
  const changedRows = inventory.partners.filter((r) => r.changed.length > 0);
  if (changedRows.length > 0) {
    lines.push('', '**Why**', '');
    for (const row of changedRows) lines.push(`- ${escapeMarkdown(row.address ?? row.domain)}: ${row.changed.map((m) => escapeMarkdown(changeReason(row, m))).join('; ')}`);
  }
  const uncertain = inventory.partners.map((r) => [r, rowUncertainty(r)] as const).filter(([, why]) => why !== '');
  if (uncertain.length > 0) {
    lines.push('', `**Uncertain${when}**`, '');
    for (const [row, why] of uncertain) lines.push(`- ${escapeMarkdown(row.address ?? row.domain)}: ${escapeMarkdown(why)}`);
  }
  lines.push('', "The partners' own settings were not seen: each is assumed to admit your domain. Cells are the rules' verdicts under that assumption.");
  if (link) lines.push('', `Try it yourself: <${link}>`);
  return lines.join('\n');
}
