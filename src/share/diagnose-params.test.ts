import { describe, expect, it } from 'vitest';
import { decodeDiagnoseParams, diagnoseLink, encodeDiagnoseParams, emptyLink, linkDate } from './diagnose-params.ts';
import { AS_OF_MESSAGE } from '../rules/schema.ts';
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
    expect(back.link).toEqual({ symptom: 'presence', you: 'contoso.com', them: 'joe@live-contoso.com', colleagues: 'yes', theirs: 'no', partners: 'unknown', answers: [['partner.platform', 'windows-live-messenger'], ['tenant.dnsVerified', 'yes']], asOf: '2011-06-28' });
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

  describe('its date (asof=)', () => {
    const base = { ...emptyLink(), symptom: 'im' as const, you: 'contoso.com', them: 'tommy@hotmail.com' };

    it('round-trips a date, and writes none for general availability', () => {
      for (const asOf of ['2011-06-29', '2012-03-01', '2013-04-08', '2013-12-31']) {
        const query = encodeDiagnoseParams({ ...base, asOf });
        expect(new URLSearchParams(query).get('asof')).toBe(asOf);
        const back = decodeDiagnoseParams(query);
        expect(back.problems).toEqual([]);
        expect(back.link).toEqual({ ...base, asOf });
      }
      for (const asOf of ['2011-06-28', '', '  ']) expect(new URLSearchParams(encodeDiagnoseParams({ ...base, asOf })).has('asof')).toBe(false);
    });

    it('a link without it means general availability', () => {
      const back = decodeDiagnoseParams('m=im&you=contoso.com&them=tommy%40hotmail.com');
      expect(back.problems).toEqual([]);
      expect(back.link.asOf).toBe('2011-06-28');
    });

    it('a link with only a date still opens (it is a diagnosis link)', () => {
      const back = decodeDiagnoseParams('asof=2012-03-01');
      expect(back.present).toBe(true);
      expect(back.link.asOf).toBe('2012-03-01');
    });

    it.each([
      ['malformed', 'spring-2012'],
      ['written another way', '01/03/2012'],
      ['a day that does not exist', '2013-02-29'],
      ['before general availability', '2011-06-27'],
      ['after 2013', '2014-01-01'],
      ['empty', ''],
    ])('a date %s is said, names the parameter and its value, and general availability is kept', (_, bad) => {
      const back = decodeDiagnoseParams(`m=im&you=contoso.com&asof=${encodeURIComponent(bad)}&a=tenant.dnsVerified:yes`);
      expect(back.link.asOf).toBe('2011-06-28');
      expect(back.problems).toHaveLength(1);
      expect(back.problems[0]).toContain(`asof=${bad}`);
      expect(back.problems[0]).toContain('2011-06-28');
      expect(back.problems[0]).toContain('2013-12-31');
      // The rest of the link still opens.
      expect(back.link.you).toBe('contoso.com');
      expect(back.link.answers).toEqual([['tenant.dnsVerified', 'yes']]);
    });

    it('a date typed in the field: the playground\'s message when it is not one, and the answer stays at general availability', () => {
      expect(linkDate({ asOf: '2012-03-01' })).toEqual({ asOf: '2012-03-01', problem: null });
      expect(linkDate({ asOf: ' 2012-03-01 ' })).toEqual({ asOf: '2012-03-01', problem: null });
      expect(linkDate({ asOf: '' })).toEqual({ asOf: '2011-06-28', problem: null });
      for (const bad of ['2012-3-1', '2014-01-01', '2011-06-27', 'March 2012']) expect(linkDate({ asOf: bad })).toEqual({ asOf: '2011-06-28', problem: AS_OF_MESSAGE });
      const d = diagnoseLink({ ...base, asOf: '2015-01-01' });
      expect(d.result?.ok).toBe(true);
    });
  });
});
