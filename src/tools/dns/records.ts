/**
 * The DNS records a Lync Online domain needs, as our evidence page lists them (the public sources are
 * named there: /reference/evidence/dns/), in the order the
 * checker reports them: the federation SRV record first (the only one federation itself needs: a
 * partner's Edge resolves it), then the sign-in records.
 */

export type RecordId = 'federation-srv' | 'sign-in-srv' | 'sign-in-cname' | 'lyncdiscover-cname';

export interface ExpectedRecord {
  id: RecordId;
  type: 'SRV' | 'CNAME';
  /** The labels before your domain: `_sipfederationtls._tcp`, `sip`, … */
  label: string;
  /** SRV only: the service and protocol halves of the label, as DNS hosts ask for them. */
  service?: string;
  protocol?: string;
  target: string;
  /** SRV only. Priority and weight are the usual values; only target and port must match. */
  port?: number;
  priority?: number;
  weight?: number;
  role: string;
  /** False for lyncdiscover: it came after GA, so its absence is reported but is no failure. */
  required: boolean;
  /** True only for the record a federation partner's server looks up. */
  federation: boolean;
  note?: string;
  /** Our evidence page's heading that gives this record's values and role (the public sources are named there). */
  evidence: string;
}

const VALUES = '/reference/evidence/dns/#the-four-values';

export const EXPECTED_RECORDS: readonly ExpectedRecord[] = [
  {
    id: 'federation-srv',
    type: 'SRV',
    label: '_sipfederationtls._tcp',
    service: '_sipfederationtls',
    protocol: '_tcp',
    priority: 100,
    weight: 1,
    port: 5061,
    target: 'sipfed.online.lync.com',
    role: 'federation: how servers that discover partners by DNS find you',
    required: true,
    federation: true,
    evidence: '/reference/evidence/dns/#which-record-matters-for-federation',
  },
  {
    id: 'sign-in-srv',
    type: 'SRV',
    label: '_sip._tls',
    service: '_sip',
    protocol: '_tls',
    priority: 100,
    weight: 1,
    port: 443,
    target: 'sipdir.online.lync.com',
    role: 'client sign-in',
    required: true,
    federation: false,
    evidence: VALUES,
  },
  {
    id: 'sign-in-cname',
    type: 'CNAME',
    label: 'sip',
    target: 'sipdir.online.lync.com',
    role: 'client sign-in fallback',
    required: true,
    federation: false,
    note: 'Whether this record was in the June 2011 set is uncertain; every later list has it.',
    evidence: VALUES,
  },
  {
    id: 'lyncdiscover-cname',
    type: 'CNAME',
    label: 'lyncdiscover',
    target: 'webdir.online.lync.com',
    role: 'mobile clients / autodiscover',
    required: false,
    federation: false,
    note: 'Added after GA (Lync Server 2010 CU4, November 2011); not needed for federation or for sign-in at GA.',
    evidence: VALUES,
  },
];

/** The full record name for a domain; with no domain known, the bare label (a zone's relative name). */
export function recordName(record: ExpectedRecord, domain: string | null): string {
  return domain ? `${record.label}.${domain}` : record.label;
}

/** The value the report shows as "expected": `5061 sipfed.online.lync.com` or `sipdir.online.lync.com`. */
export function expectedValue(record: ExpectedRecord): string {
  return record.type === 'SRV' ? `${record.port} ${record.target}` : record.target;
}
