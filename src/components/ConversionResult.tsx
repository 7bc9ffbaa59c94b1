import { microsoftDomainWords, vanityDomainWords, type Conversion } from '../rules/address.ts';
import { CopyButton } from './CopyButton.tsx';

export interface Props {
  result: Conversion;
}

/** What the converter says: dumb rendering of one conversion result. */
export function ConversionResult({ result }: Props) {
  if (!result.ok) {
    return (
      <p class="lf-error" data-state="error">
        <strong>Can't convert this yet.</strong> {result.message}
      </p>
    );
  }
  const note = {
    'to-vanity': `${vanityDomainWords(result.domain)}, so Lync needs the Messenger form:`,
    'from-vanity': `This is the Messenger form of ${result.signIn}. In Lync, type it exactly like this:`,
    microsoft: `${microsoftDomainWords(result.domain)}: add the address as it is.`,
  }[result.direction];
  return (
    <div data-state={result.direction}>
      <p>{note}</p>
      <p class="lf-answer">
        <span class="lf-answer-label">Type in Lync:</span>{' '}
        <code data-testid="vanity-type-in-lync">{result.typeInLync}</code>{' '}
        <CopyButton text={result.typeInLync} label="Copy the address to type in Lync" />
      </p>
      <p class="lf-hint">The Messenger user signs in to Messenger as {result.signIn}.</p>
      {'caveat' in result ? <p class="lf-hint" data-testid="vanity-caveat">{result.caveat}</p> : null}
    </div>
  );
}
