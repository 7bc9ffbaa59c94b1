/**
 * The playground's form state, as a shape only: every partner kind's settings at once, with lists
 * kept as the reader types them. The field table (playground-fields.ts) describes each setting of
 * it, and playground-draft.ts builds and reads it; both import this file, so neither imports the
 * other's types (no import circle).
 */
import type { FederationMode, Modality, OnPremPartner, Platform, PublicImState } from '../rules/index.ts';

export type PublicIm = PublicImState;

export interface HostingProviderDraft {
  identity: string;
  proxyFqdn: string;
  enabled: boolean;
}
export interface AllowedDomainDraft {
  domain: string;
  /** Empty means "made without a proxy FQDN" (null in the scenario). */
  proxyFqdn: string;
}

/**
 * An on-premises partner's form state: the rules' partner (src/rules/model.ts) without its kind,
 * its lists of objects as the reader types them. A setting the partner gains appears here by
 * itself, and the field table (ON_PREMISES_FIELDS) is then asked for its entry by the type checker.
 */
export type OnPremisesDraft = {
  [K in Exclude<keyof OnPremPartner, 'platform'>]: K extends 'hostingProviders' ? HostingProviderDraft[] : K extends 'allowedDomains' ? AllowedDomainDraft[] : OnPremPartner[K];
};

export interface Draft {
  tenant: {
    domain: string;
    dnsVerified: boolean;
    mode: FederationMode;
    domains: string[];
    publicIm: PublicIm;
    userExternalAccess: boolean;
  };
  platform: Platform;
  lyncOnline: { domain: string; dnsVerified: boolean; mode: FederationMode; domains: string[]; userExternalAccess: boolean };
  onPremises: OnPremisesDraft;
  messenger: { address: string; acceptsContactRequest: boolean };
  /** Empty: the partner's own address. */
  contact: string;
  modalities: Modality[];
  /** The date the answer is for (YYYY-MM-DD); general availability by default. */
  asOf: string;
}
