import type { UncheckedRecord } from '../../tools/dns/index.ts';

export interface Props {
  records: readonly UncheckedRecord[];
}

/** The expected records the input says nothing about: neither right nor wrong, and how to check each. */
export function NotCheckedList({ records }: Props) {
  if (records.length === 0) return null;
  return (
    <div class="lf-dns-not-checked" data-testid="dns-not-checked">
      <p>
        <strong>Not checked</strong>: the input says nothing about {records.length === 1 ? 'this record' : `these ${records.length} records`}, so
        the checker cannot say whether {records.length === 1 ? 'it is' : 'they are'} right.
      </p>
      <ul>
        {records.map((record) => (
          <li key={record.id} data-record={record.id}>
            <code>{record.name}</code> {record.type}
            {record.required ? '' : ' (optional: added after GA, not needed for federation)'}: {record.reason} Check it with{' '}
            <code>{record.howToCheck}</code>; it should be <code>{record.expected}</code>.{record.note ? ` ${record.note}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
