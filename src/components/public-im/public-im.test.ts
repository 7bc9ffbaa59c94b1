import { describe, expect, it } from 'vitest';
import { accountScenario, DEFAULT_STATE, evaluatePublicIm, type PublicImWidgetState } from './public-im.ts';

const run = (patch: Partial<PublicImWidgetState>) => evaluatePublicIm({ ...DEFAULT_STATE, ...patch });
function parts(patch: Partial<PublicImWidgetState>) {
  const view = run(patch);
  if (!view.account.ok || !view.contacts.ok) throw new Error('expected both parts to evaluate');
  return { account: view.account.part, contacts: view.contacts.part };
}

describe('Public IM impact model', () => {
  it('adds the Messenger account in its vanity form', () => {
    expect(accountScenario(DEFAULT_STATE)).toMatchObject({ partner: { address: 'tommy@mydomain.com' }, contact: 'tommy(mydomain.com)@msn.com' });
    expect(accountScenario({ ...DEFAULT_STATE, account: 'tommy(mydomain.com)@msn.com' })).toMatchObject({ partner: { address: 'tommy@mydomain.com' } });
  });

  it('disabled: the account keeps Messenger, and Messenger contacts are out of reach', () => {
    const { account, contacts } = parts({ publicIm: 'disabled' });
    expect(account.has('messenger-domain-moved-to-lync-online')).toBe(false);
    expect(account.has('public-im-moves-messenger-domain')).toBe(false);
    expect(contacts.im.works).toBe(false);
    expect(contacts.has('tenant-public-im-disabled')).toBe(true);
    expect(contacts.fixes.map((fix) => fix.rule)).toEqual(['tenant-public-im-disabled']);
  });

  it('pending: the account moves, contacts wait for provisioning, and the delay is reported', () => {
    const { account, contacts } = parts({ publicIm: 'pending' });
    expect(account.has('messenger-domain-moved-to-lync-online')).toBe(true);
    expect(account.has('public-im-moves-messenger-domain')).toBe(true);
    expect(account.fixes.map((fix) => fix.rule)).toEqual(['messenger-domain-moved-to-lync-online']);
    expect(contacts.im.works).toBe(false);
    expect(contacts.has('tenant-public-im-pending')).toBe(true);
    expect(contacts.has('public-im-provisioning-delay')).toBe(true);
  });

  it('enabled: the account has moved and Messenger contacts are reachable', () => {
    const { account, contacts } = parts({ publicIm: 'enabled' });
    expect(account.has('messenger-domain-moved-to-lync-online')).toBe(true);
    expect(contacts.im.works).toBe(true);
    expect(contacts.has('public-im-provisioning-delay')).toBe(false);
  });

  it('an account outside your domain does not move', () => {
    const { account } = parts({ publicIm: 'enabled', account: 'tommy@otherdomain.com' });
    expect(account.has('messenger-domain-moved-to-lync-online')).toBe(false);
  });

  it('reports malformed input by field instead of throwing', () => {
    const badDomain = run({ domain: 'mydomain' });
    expect(badDomain.contacts).toMatchObject({ ok: false, field: 'tenant.domain' });
    const badAccount = run({ account: 'tommy@mydomain' });
    expect(badAccount.account.ok).toBe(false);
    if (!badAccount.account.ok) expect(badAccount.account.field).toMatch(/^(partner\.address|contact)/);
    expect(badAccount.contacts.ok).toBe(true);
  });
});
