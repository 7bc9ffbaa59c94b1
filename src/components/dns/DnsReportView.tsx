import type { Checked, DnsReport, InputFormat } from '../../tools/dns/index.ts';
import { NotCheckedList } from './NotCheckedList.tsx';
import { RecordResult } from './RecordResult.tsx';

export interface Props {
  result: Checked<DnsReport>;
}

const FROM: Record<InputFormat, string> = {
  nslookup: 'nslookup output',
  dig: 'dig output',
  'dig-short': 'dig +short output',
  host: 'host output',
  'resolve-dnsname': 'Resolve-DnsName output',
  zone: 'a zone file',
  doh: 'a live DNS-over-HTTPS lookup',
  mixed: 'the output of several tools',
};

const VERDICT: Record<DnsReport['federation'], { text: string; className: string }> = {
  ok: { text: 'Federation record right', className: 'lf-badge-works' },
  broken: { text: 'Federation record broken', className: 'lf-badge-blocked' },
  unknown: { text: 'Federation record not checked', className: 'lf-badge-optional' },
};

/** A DNS check's outcome: the federation verdict first, then record by record, then what was not checked. */
export function DnsReportView({ result }: Props) {
  if (!result.ok) {
    return (
      <div class="lf-error" data-testid="dns-error">
        <p>{result.message}</p>
      </div>
    );
  }
  const report = result.value;
  const verdict = VERDICT[report.federation];
  return (
    <div data-testid="dns-report" data-federation={report.federation} data-domain={report.domain ?? ''}>
      <p class="lf-hint">
        Checked {report.domain ? <code>{report.domain}</code> : 'an unnamed domain'}, from {FROM[report.format]}.
      </p>
      <p class="lf-dns-verdict" data-testid="dns-federation">
        <span class={`lf-badge ${verdict.className}`}>{verdict.text}</span> {report.summary}
      </p>
      {report.records.length > 0 ? (
        <ul class="lf-dns-records">
          {report.records.map((record) => (
            <RecordResult key={record.id} record={record} />
          ))}
        </ul>
      ) : null}
      <NotCheckedList records={report.notChecked} />
    </div>
  );
}
