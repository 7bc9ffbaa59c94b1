import { describe, expect, it } from 'vitest';
import { decodeDiagnoseParams, diagnoseLink, encodeDiagnoseParams, emptyLink } from './diagnose-params.ts';
import { MODALITIES } from '../rules/model.ts';
import { SYMPTOM_IDS, SYMPTOMS } from '../rules/symptoms.ts';

describe('the diagnosis link', () => {
  it('round-trips every answer, in order', () => {
    const link = { ...emptyLink(), symptom: 'im' as const, partners: 'no' as const, you: 'contoso.com', them: 'tommy@fabrikam.com', colleagues: 'yes' as const, answers: [['partner.platform', 'lync-online'], ['tenant.dnsVerified', 'unknown']] as [never, string][] };
    const back = decodeDiagnoseParams(encodeDiagnoseParams(link));
    expect(back.problems).toEqual([]);
    expect(back.link).toEqual(link);
    expect(back.present).toBe(true);
  });

  it('says what a broken link lost, and keeps the rest', () => {
    const back = decodeDiagnoseParams('m=fax&you=contoso.com&a=nonsense:yes&a=tenant.dnsVerified:no&others=maybe');
    expect(back.link.symptom).toBe('presence');
    expect(back.link.you).toBe('contoso.com');
    expect(back.link.answers).toEqual([['tenant.dnsVerified', 'no']]);
    expect(back.problems).toHaveLength(3);
    for (const bad of ['"fax"', '"nonsense:yes"', '"maybe"']) expect(back.problems.join(' ')).toContain(bad);
  });

  it('opens the links of before the same way (a modality as the symptom, the same answers)', () => {
    const old = 'm=presence&you=contoso.com&them=joe%40live-contoso.com&others=yes&theirs=no&a=partner.platform%3Awindows-live-messenger&a=tenant.dnsVerified%3Ayes';
    const back = decodeDiagnoseParams(old);
    expect(back.problems).toEqual([]);
    expect(back.link).toEqual({ symptom: 'presence', you: 'contoso.com', them: 'joe@live-contoso.com', colleagues: 'yes', theirs: 'no', partners: 'unknown', answers: [['partner.platform', 'windows-live-messenger'], ['tenant.dnsVerified', 'yes']] });
    expect(encodeDiagnoseParams(back.link)).toBe(old);
    for (const m of MODALITIES) expect(decodeDiagnoseParams(`m=${m}`).link.symptom).toBe(m);
  });

  it('every symptom ends somewhere: a modality walks the rules, and one outside them says where to look', () => {
    for (const id of SYMPTOM_IDS) {
      const link = { ...emptyLink(), symptom: id, you: 'contoso.com', them: 'joe@live-contoso.com' };
      const d = diagnoseLink(link);
      const symptom = SYMPTOMS[id];
      if (symptom.modality === undefined) {
        expect(d.result, id).toBeNull();
        expect(symptom.note?.pointers.length, id).toBeGreaterThan(0);
      } else {
        expect(d.result?.ok, id).toBe(true);
      }
      expect(decodeDiagnoseParams(encodeDiagnoseParams(link)).link.symptom).toBe(id);
    }
  });
});
