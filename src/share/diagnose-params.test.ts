import { describe, expect, it } from 'vitest';
import { decodeDiagnoseParams, encodeDiagnoseParams, emptyLink } from './diagnose-params.ts';

describe('the diagnosis link', () => {
  it('round-trips every answer, in order', () => {
    const link = { ...emptyLink(), modality: 'im' as const, you: 'contoso.com', them: 'tommy@fabrikam.com', colleagues: 'yes' as const, answers: [['partner.platform', 'lync-online'], ['tenant.dnsVerified', 'unknown']] as [never, string][] };
    const back = decodeDiagnoseParams(encodeDiagnoseParams(link));
    expect(back.problems).toEqual([]);
    expect(back.link).toEqual(link);
    expect(back.present).toBe(true);
  });

  it('says what a broken link lost, and keeps the rest', () => {
    const back = decodeDiagnoseParams('m=fax&you=contoso.com&a=nonsense:yes&a=tenant.dnsVerified:no&others=maybe');
    expect(back.link.modality).toBe('presence');
    expect(back.link.you).toBe('contoso.com');
    expect(back.link.answers).toEqual([['tenant.dnsVerified', 'no']]);
    expect(back.problems).toHaveLength(3);
    for (const bad of ['"fax"', '"nonsense:yes"', '"maybe"']) expect(back.problems.join(' ')).toContain(bad);
  });
});
