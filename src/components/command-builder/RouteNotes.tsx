import { isLyncServer, type OnPremPlatform } from '../../rules/index.ts';
import { evidenceHref } from '../../rules/sources.ts';
import type { Route } from './command-plan.ts';

export interface Props {
  platform: OnPremPlatform;
  route: Route;
}

/**
 * Why one would choose each route (the evidence page on the on-premises side, linked). Explanations only: what the commands do
 * to the verdict is the rules' answer, shown under "With these steps done".
 */
export function RouteNotes({ platform, route }: Props) {
  if (!isLyncServer(platform)) {
    return (
      <p class="lf-hint" data-testid="cb-route-notes">
        OCS 2007 R2 and OCS 2007 have no hosting providers and no PowerShell: one entry on the Edge Server's Allow tab, with
        sipfed.online.lync.com as the partner's Access Edge Server, is both the route and the permission (sourced for OCS 2007
        R2; we infer OCS 2007's Allow tab is the same). We infer that partner discovery
        alone does not reach Lync Online (<a href={evidenceHref('on-premises#ocs-2007-r2-and-ocs-2007')}>evidence</a>).
      </p>
    );
  }
  return (
    <dl class="lf-route-notes" data-testid="cb-route-notes">
      <div data-route="hosting-provider" data-selected={String(route === 'hosting-provider')}>
        <dt>Hosting provider</dt>
        <dd>
          One entry reaches every Office 365 domain through sipfed.online.lync.com, so it suits an Edge that already allows
          open federation (partner discovery). Without discovery, each Lync Online domain must still be added to the allowed
          domains, without a proxy FQDN (the hosting provider is the route; the same FQDN on both stops a Lync Server 2013 CU3
          Edge from starting, though Lync Server 2010 does not mind). Only one hosting provider may point at sipfed.online.lync.com, and its proxy FQDN cannot be changed: remove
          it and create it again (<a href={evidenceHref('on-premises#lync-server-2010-two-routes')}>evidence</a>).
        </dd>
      </div>
      <div data-route="direct" data-selected={String(route === 'direct')}>
        <dt>Direct federation</dt>
        <dd>
          One allowed-domain entry per Lync Online domain, each with proxy FQDN sipfed.online.lync.com: it admits only the
          domains listed (each domain the tenant's users sign in with; its onmicrosoft.com one only if some users do) and works without partner discovery.
          Without the proxy FQDN the Edge falls back to DNS discovery, which we infer does not reach Lync Online (
          <a href={evidenceHref('on-premises#route-and-permission')}>evidence</a>).
        </dd>
      </div>
    </dl>
  );
}
