import { useComputed, useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { convertMessengerAddress } from '../rules/address.ts';
import { ConversionResult } from './ConversionResult.tsx';
import type { WidgetSpec } from '../share/widget-params.ts';
import { useWidgetPermalink } from './widgets/useWidgetPermalink.ts';
import { WidgetLinkBar } from './widgets/WidgetLinkBar.tsx';

const DEFAULT_ADDRESS = 'tommy.clarke@mydomain.com';

interface ConverterState {
  address: string;
}

/** The converter's permalink parameter (msn.address=…). */
const PERMALINK: WidgetSpec<ConverterState> = { prefix: 'msn', version: 1, fields: { address: { kind: 'text' } } };

export interface Props {
  /** The address shown before the reader types: the worked example a no-JS reader sees. */
  initial?: string;
}

/**
 * The Messenger vanity-address converter: either form in, the address to type in Lync out.
 * The state is one signal; the verdict is computed by the pure converter, so the server render
 * (the worked example) and every keystroke use the same code.
 */
export function VanityConverter({ initial = DEFAULT_ADDRESS }: Props) {
  const id = useId();
  const state = useSignal<ConverterState>({ address: typeof initial === 'string' ? initial : DEFAULT_ADDRESS });
  const linkProblems = useWidgetPermalink(state, PERMALINK, { address: DEFAULT_ADDRESS });
  const result = useComputed(() => convertMessengerAddress(state.value.address));
  return (
    <div class="lf-widget not-content" data-widget="vanity-converter">
      <WidgetLinkBar problems={linkProblems.value} path="/configure/user-training/" />
      <fieldset>
        <legend>Messenger address converter</legend>
        <label for={`${id}-address`}>Messenger address, in either form</label>
        <input
          id={`${id}-address`}
          type="text"
          inputMode="email"
          autoComplete="off"
          spellcheck={false}
          value={state.value.address}
          onInput={(event) => (state.value = { address: event.currentTarget.value })}
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
