/**
 * What a Test-CsFederatedPartner result says, in a reader's words, for the Lync Online domain being
 * checked. The cmdlet prints TargetFqdn, Result (Success or Failure), Latency, Error and Diagnosis;
 * it can only test a domain that is on the Edge's allowed-domain list (Lync Server 2010 cmdlet
 * reference, cited in sources.ts). An ms-diagnostics code in the failure is explained by the trace
 * explainer's own catalogue, so the two tools never disagree.
 */
import { lookupCode, type CatalogueEntry } from '../trace/catalogue.ts';
import type { EdgeConfigRead, PartnerTestRead } from './read.ts';

export interface TestVerdict {
  test: PartnerTestRead;
  status: 'success' | 'failure' | 'unknown';
  /** The tested domain is the Lync Online domain being checked. */
  aboutTenant: boolean;
  /** The tested domain is not on the allowed-domain list the paste shows (the cmdlet needs it there). */
  notOnAllowedList: boolean;
  /** The catalogue entry for the code the failure names, if the site explains it. */
  entry: CatalogueEntry | null;
}

export function judgeTests(read: EdgeConfigRead, tenantDomain: string | null): TestVerdict[] {
  const listed = new Set(read.allowedDomains.map((a) => a.domain));
  const haveList = read.cmdlets.includes('Get-CsAllowedDomain');
  return read.tests.map((test) => {
    const result = (test.result ?? '').toLowerCase();
    const status = result === 'success' ? 'success' : result === 'failure' ? 'failure' : 'unknown';
    return {
      test,
      status,
      aboutTenant: tenantDomain !== null && test.domain === tenantDomain,
      notOnAllowedList: haveList && test.domain !== null && !listed.has(test.domain),
      entry: test.code === null ? null : (lookupCode(test.code) ?? null),
    };
  });
}
