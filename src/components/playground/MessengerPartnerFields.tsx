import type { Draft } from '../../share/playground-draft.ts';
import { CheckField, TextField } from './fields.tsx';

export interface Props {
  id: string;
  partner: Draft['messenger'];
  onChange: (partner: Draft['messenger']) => void;
  errorFor: (path: string) => string | undefined;
}

/** A Windows Live Messenger user: their sign-in address, and whether they accepted you. */
export function MessengerPartnerFields({ id, partner, onChange, errorFor }: Props) {
  return (
    <>
      <TextField
        id={`${id}-address`}
        label="Their Messenger sign-in address"
        value={partner.address}
        hint="The address they sign in to Messenger with, such as tommy@hotmail.com or tommy.clarke@mydomain.com."
        onInput={(address) => onChange({ ...partner, address })}
        error={errorFor('partner.address')}
      />
      <CheckField
        label="They accepted your contact request"
        checked={partner.acceptsContactRequest}
        onChange={(acceptsContactRequest) => onChange({ ...partner, acceptsContactRequest })}
      />
    </>
  );
}
