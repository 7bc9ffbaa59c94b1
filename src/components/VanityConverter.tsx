import { useComputed, useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { convertMessengerAddress } from '../rules/address.ts';
import { ConversionResult } from './ConversionResult.tsx';

export interface Props {
  /** The address shown before the reader types: the worked example a no-JS reader sees. */
  initial?: string;
}

/**
 * The Messenger vanity-address converter: either form in, the address to type in Lync out.
 * The state is one signal; the verdict is computed by the pure converter, so the server render
 * (the worked example) and every keystroke use the same code.
 */
export function VanityConverter({ initial = 'tommy.clarke@mydomain.com' }: Props) {
  const id = useId();
  const address = useSignal(typeof initial === 'string' ? initial : '');
  const result = useComputed(() => convertMessengerAddress(address.value));
  return (
    <div class="lf-widget not-content" data-widget="vanity-converter">
      <fieldset>
        <legend>Messenger address converter</legend>
        <label for={`${id}-address`}>Messenger address, in either form</label>
        <input
          id={`${id}-address`}
          type="text"
          inputMode="email"
          autoComplete="off"
          spellcheck={false}
          value={address.value}
          onInput={(event) => (address.value = event.currentTarget.value)}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} class="lf-hint">
          For example <code>tommy@mydomain.com</code> or <code>tommy(mydomain.com)@msn.com</code>.
        </p>
      </fieldset>
      <div class="lf-result" role="status" aria-live="polite" data-testid="vanity-result">
        <ConversionResult result={result.value} />
      </div>
    </div>
  );
}

export default VanityConverter;
