/**
 * Words the playground shows for the rules' vocabulary. Display only: what a code means is the
 * rules' explanation; these are names for buttons, headings and badges.
 */
import { MODALITY_NAMES, PLATFORM_NAMES, PLATFORMS } from '../rules/index.ts';
import type { Actor, Modality, Platform, SettingPath, Stage, Verdict } from '../rules/index.ts';

/** The rules' own names for the modalities and partner kinds (written once, in model.ts). */
export const MODALITY_LABEL: Readonly<Record<Modality, string>> = MODALITY_NAMES;

export const PLATFORM_LABEL = Object.fromEntries(PLATFORMS.map((p) => [p, PLATFORM_NAMES[p].label])) as Readonly<Record<Platform, string>>;

export const VERDICT_LABEL: Record<Verdict, string> = {
  works: 'Works',
  blocked: 'Blocked',
  'not-supported': 'Not supported',
};

export const ACTOR_LABEL: Record<Actor, string> = {
  you: 'You (the user)',
  'your-admin': 'Your Office 365 admin',
  'partner-admin': "The partner's admin",
  'partner-user': "The partner's user",
};

export const STAGE_LABEL: Record<Stage, string> = {
  dns: 'DNS',
  'your-federation': 'Your federation settings',
  'your-user': 'Your user',
  'their-side': 'Their side',
  address: 'The address',
  modality: 'The modality',
};

/**
 * Names for the scenario's fields, for messages such as "Partner → domain: …" (the fields the
 * schema's messages name; any other path is shown as it is). Keyed by the rules' setting paths, so a
 * renamed setting is a type error here.
 */
const FIELD_LABEL: Partial<Record<SettingPath | 'modalities', string>> = {
  'tenant.domain': 'Your tenant → domain',
  'tenant.federation.domains': 'Your tenant → domain list',
  'partner.domain': 'Partner → domain',
  'partner.federation.domains': 'Partner → domain list',
  'partner.address': 'Partner → Messenger address',
  'partner.allowedDomains': 'Partner → allowed domains',
  'partner.blockedDomains': 'Partner → blocked domains',
  'partner.hostingProviders': 'Partner → hosting providers',
  contact: 'The address your user types',
  modalities: 'Modalities',
};

/** A field path from the schema (partner.allowedDomains.0.proxyFqdn) in the reader's words. */
export function fieldLabel(path: string): string {
  const parts = path.split('.');
  for (let end = parts.length; end > 0; end--) {
    const label = FIELD_LABEL[parts.slice(0, end).join('.') as SettingPath];
    if (label) {
      const rest = parts.slice(end);
      const index = rest.find((part) => /^\d+$/.test(part));
      const leaf = rest.filter((part) => !/^\d+$/.test(part)).join(' ');
      return `${label}${index !== undefined ? `, entry ${Number(index) + 1}` : ''}${leaf ? ` (${leaf})` : ''}`;
    }
  }
  return path;
}
