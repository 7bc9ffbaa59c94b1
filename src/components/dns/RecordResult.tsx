import type { RecordCheck } from '../../tools/dns/index.ts';

export interface Props {
  record: RecordCheck;
}

const BADGE: Record<RecordCheck['status'], { text: string; className: string }> = {
  ok: { text: 'Found', className: 'lf-badge-works' },
  missing: { text: 'Missing', className: 'lf-badge-blocked' },
  wrong: { text: 'Wrong', className: 'lf-badge-blocked' },
};

/** One expected record as the input shows it: found, missing or wrong, and the fix in plain words. */
export function RecordResult({ record }: Props) {
  const optionalMissing = !record.required && record.status !== 'ok';
  const badge = optionalMissing ? { text: record.status === 'missing' ? 'Missing (optional)' : 'Wrong (optional)', className: 'lf-badge-optional' } : BADGE[record.status];
  return (
    <li class="lf-dns-record" data-record={record.id} data-status={record.status}>
      <p class="lf-dns-record-title">
        <span class={`lf-badge ${badge.className}`}>{badge.text}</span> <code>{record.name}</code> {record.type}
        <span class="lf-dns-role"> ({record.role}{record.required ? '' : ', optional'})</span>
      </p>
      <dl class="lf-dns-values">
        <dt>Expected</dt>
        <dd>
          <code>{record.expected}</code>
        </dd>
        <dt>Found</dt>
        <dd>{record.found === null ? 'nothing' : <code>{record.found}</code>}</dd>
      </dl>
      {record.problem ? <p>{record.problem}</p> : null}
      {record.fix ? (
        <p>
          <strong>Fix:</strong> {record.fix}
        </p>
      ) : null}
      <p class="lf-hint">
        {record.note ? `${record.note} ` : ''}
        <a href={record.evidence}>Sources for this record</a>
      </p>
    </li>
  );
}
