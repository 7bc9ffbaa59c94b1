import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { diagnoseInput } from './diagnose-input.ts';
import { MODALITIES } from './model.ts';
import { RULES } from './rules.ts';
import { ruledOut, SYMPTOM_IDS, SYMPTOMS, type SymptomId } from './symptoms.ts';

/** Runs a symptom's diagnosis to its end, answering from `truth` (and "unknown" for anything else). */
function run(symptom: SymptomId, answers: Record<string, unknown>, truth: Record<string, unknown>) {
  const a = { ...answers };
  const asked: string[] = [];
  for (let i = 0; i < 30; i++) {
    const r = diagnoseInput({ symptom, answers: a });
    if (!r.ok) throw new Error(`${r.field}: ${r.message}`);
    if (r.step.kind !== 'next') return { asked, step: r.step };
    asked.push(r.step.setting);
    a[r.step.setting] = r.step.setting in truth ? truth[r.step.setting] : 'unknown';
  }
  throw new Error('no end');
}

const contoso = { 'tenant.domain': 'contoso.com' };
const fine = { 'tenant.dnsVerified': true, 'tenant.federation.mode': 'allow-all-except-blocked', 'tenant.federation.domains': [], 'tenant.publicIm': 'enabled', 'tenant.userExternalAccess': true };

describe('symptoms', () => {
  it('has one per modality (its id is the modality, so old links keep their meaning), then the others', () => {
    for (const m of MODALITIES) expect(SYMPTOMS[m].modality).toBe(m);
    expect(SYMPTOM_IDS).toEqual(expect.arrayContaining(['offline', 'request-not-received', 'media', 'other-network', 'meeting', 'address-book']));
  });

  it('every symptom outside the rules, or with a note, points at pages that exist on the site', () => {
    for (const id of SYMPTOM_IDS) {
      const s = SYMPTOMS[id];
      if (s.modality === undefined) expect(s.note, id).toBeDefined();
      for (const p of s.note?.pointers ?? []) {
        const path = p.href.replace(/#.*$/, '').replace(/^\/|\/$/g, '');
        expect(existsSync(`content/${path}.mdx`) || existsSync(`content/${path}/index.mdx`), `${id}: ${p.href}`).toBe(true);
      }
    }
  });

  it('a request that never arrives is never blamed on the other person not accepting it', () => {
    expect(ruledOut('request-not-received', RULES)).toEqual(['messenger-contact-request-pending']);
    const r = run('request-not-received', { ...contoso, contact: 'tommy@hotmail.com' }, { ...fine, 'partner.acceptsContactRequest': false });
    expect(r.asked).not.toContain('partner.acceptsContactRequest');
    expect(r.step.kind === 'outcome' && r.step.works).toBe(true);
    const vanity = run('request-not-received', { ...contoso, contact: 'joe@live-contoso.com', 'partner.platform': 'windows-live-messenger' }, fine);
    expect(vanity.step.kind === 'outcome' && vanity.step.reasons).toEqual(['messenger-vanity-address-format']);
  });

  it('media failing while IM works asks only what IM cannot have shown: the partner kind', () => {
    const messenger = run('media', { ...contoso, contact: 'tommy@hotmail.com' }, {});
    expect(messenger.asked).toEqual([]);
    expect(messenger.step.kind === 'outcome' && messenger.step.reasons).toEqual(['modality-not-supported-with-partner']);
    const lync = run('media', { ...contoso, contact: 'anna@fabrikam.com' }, { 'partner.platform': 'lync-online' });
    expect(lync.asked).toEqual(['partner.platform']);
    expect(lync.step.kind === 'outcome' && lync.step.works).toBe(true);
    expect(SYMPTOMS.media.note?.text).toContain('ms-client-diagnostics');
  });

  it('a symptom outside the rules asks nothing and says where to look', () => {
    for (const id of ['other-network', 'meeting', 'address-book'] as const) {
      const r = diagnoseInput({ symptom: id, answers: {} });
      expect(r.ok && r.step.kind).toBe('outside');
    }
    const bad = diagnoseInput({ symptom: 'fax', answers: {} });
    expect(!bad.ok && bad.field).toBe('symptom');
    const clash = diagnoseInput({ symptom: 'offline', modality: 'im', answers: {} });
    expect(!clash.ok && clash.field).toBe('modality');
  });
});
