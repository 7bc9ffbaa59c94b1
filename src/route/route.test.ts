import { describe, expect, it } from 'vitest';
import { evaluateInput, MATRIX, MODALITIES, PLATFORMS, RULES, type Evaluation, type ReasonCode } from '../rules/index.ts';
import { PRESETS, type PresetId } from '../scenarios/presets.ts';
import { ENCRYPTION_ENDS_AFTER, HOPS, hopFor, ROUTE_SOURCES, routeKindOf, type HopId, type RouteSource } from './hops.ts';
import { CHECK_LABEL } from './labels.ts';
import { buildRoute } from './route.ts';
import { checkEvidence } from '../../test/unit/evidence-pages.ts';

function evaluationOf(preset: PresetId, change: (input: any) => void = () => {}): Evaluation {
  const input = structuredClone(PRESETS[preset].scenario) as any;
  change(input);
  const result = evaluateInput(input);
  if (!result.ok) throw new Error(`${result.field}: ${result.message}`);
  return result.evaluation;
}

/** The evaluation's first blocker, read independently of route.ts: the first reason, in the
 *  evaluation's troubleshooting order, that is not the modality's own. */
function firstBlockerCode(evaluation: Evaluation): ReasonCode | undefined {
  const modalityCodes = new Set(RULES.filter((rule) => rule.stage === 'modality').map((rule) => rule.code));
  for (const step of evaluation.trace) {
    if (step.status !== 'fail') continue;
    const rule = RULES.find((r) => r.id === step.rule)!;
    if (!modalityCodes.has(rule.code)) return rule.code as ReasonCode;
  }
  return undefined;
}

function marked(evaluation: Evaluation) {
  const route = buildRoute(evaluation);
  const first = route.hops.filter((hop) => hop.first);
  expect(first.length).toBeLessThanOrEqual(1);
  return { route, hop: first[0] };
}

describe('the hops of each path', () => {
  it('Lync Online to Lync Online: through the federation edge and both domains’ DNS', () => {
    expect(buildRoute(evaluationOf('both-on-lync-online')).hops.map((h) => h.id)).toEqual([
      'your-user',
      'your-tenant',
      'federation-edge',
      'dns',
      'their-tenant',
      'their-user',
    ]);
  });
  it('to an on-premises Edge: through their route to Lync Online and their Access Edge', () => {
    const route = buildRoute(evaluationOf('partner-on-premises'));
    expect(route.hops.map((h) => h.id)).toEqual(['your-user', 'your-tenant', 'federation-edge', 'route', 'their-edge', 'their-user']);
    expect(route.hops.find((h) => h.id === 'route')!.detail).toBe('allowed-domain entry contoso.com → sipfed.online.lync.com');
    expect(route.hops.find((h) => h.id === 'their-edge')!.detail).toBe('Lync Server 2010, litwareinc.com');
  });
  it('by hosting provider, and by DNS discovery that does not reach Lync Online', () => {
    const hosting = buildRoute(
      evaluationOf('partner-on-premises', (s) => {
        s.partner.allowedDomains = [];
        s.partner.partnerDiscovery = true;
        s.partner.hostingProviders = [{ identity: 'LyncOnline', proxyFqdn: 'sipfed.online.lync.com', enabled: true }];
      }),
    );
    expect(hosting.hops.find((h) => h.id === 'route')).toMatchObject({ state: 'passes', detail: 'hosting provider LyncOnline → sipfed.online.lync.com' });
    // The hosting provider's warning sits on the route, as a note, not a blocker.
    expect(hosting.hops.find((h) => h.id === 'route')!.checks).toContainEqual(expect.objectContaining({ rule: 'hosting-provider-opens-all-office365', state: 'warns' }));

    const discovery = buildRoute(
      evaluationOf('partner-on-premises', (s) => {
        s.partner.allowedDomains = [];
        s.partner.partnerDiscovery = true;
      }),
    );
    const route = discovery.hops.find((h) => h.id === 'route')!;
    expect(route).toMatchObject({ state: 'blocks', first: true, reasons: ['partner-no-route-to-lync-online'] });
    expect(route.detail).toMatch(/DNS discovery only/);
  });
  it('to Messenger: through public IM connectivity, the address form on the Messenger side', () => {
    const route = buildRoute(evaluationOf('messenger-vanity-domain'));
    // No source puts Public IM traffic on sipfed.online.lync.com: the Messenger path does not cross it.
    expect(route.hops.map((h) => h.id)).toEqual(['your-user', 'your-tenant', 'public-im', 'messenger', 'their-user']);
    expect(route.hops.find((h) => h.id === 'messenger')!.checks.map((c) => c.rule)).toContain('messenger-vanity-address-format');
  });
  it('every preset (each set up to work) draws a path where every hop passes', () => {
    for (const preset of Object.keys(PRESETS) as PresetId[]) {
      const route = buildRoute(evaluationOf(preset));
      expect(route.firstBlocker, preset).toBeNull();
      expect(route.hops.every((hop) => hop.state === 'passes' && hop.reasons.length === 0), preset).toBe(true);
    }
  });
});

describe('the hop holding the first blocker, per partner kind and stage', () => {
  const cases: [string, PresetId, (s: any) => void, HopId, ReasonCode][] = [
    ['dns (yours), Lync Online', 'both-on-lync-online', (s) => (s.tenant.dnsVerified = false), 'dns', 'tenant-dns-not-verified'],
    ['dns (yours), on premises', 'partner-on-premises', (s) => (s.tenant.dnsVerified = false), 'your-tenant', 'tenant-dns-not-verified'],
    ['dns (yours), Messenger', 'messenger-microsoft-address', (s) => (s.tenant.dnsVerified = false), 'your-tenant', 'tenant-dns-not-verified'],
    ['your federation, Lync Online', 'both-on-lync-online', (s) => (s.tenant.federation.mode = 'disabled'), 'your-tenant', 'tenant-federation-disabled'],
    [
      'your allow list, on premises',
      'partner-on-premises',
      (s) => (s.tenant.federation = { mode: 'block-all-except-allowed', domains: [] }),
      'your-tenant',
      'tenant-partner-domain-not-allowed',
    ],
    ['Public IM disabled, Messenger', 'messenger-microsoft-address', (s) => (s.tenant.publicIm = 'disabled'), 'public-im', 'tenant-public-im-disabled'],
    ['Public IM pending, Messenger', 'messenger-microsoft-address', (s) => (s.tenant.publicIm = 'pending'), 'public-im', 'tenant-public-im-pending'],
    ['your user, Lync Online', 'both-on-lync-online', (s) => (s.tenant.userExternalAccess = false), 'your-user', 'tenant-user-not-enabled'],
    ['your user, Messenger', 'messenger-vanity-domain', (s) => (s.tenant.userExternalAccess = false), 'your-user', 'tenant-user-not-enabled'],
    ['their DNS, Lync Online', 'both-on-lync-online', (s) => (s.partner.dnsVerified = false), 'dns', 'partner-dns-not-verified'],
    ['their federation, Lync Online', 'both-on-lync-online', (s) => (s.partner.federation.mode = 'disabled'), 'their-tenant', 'partner-federation-disabled'],
    ['their user, Lync Online', 'both-on-lync-online', (s) => (s.partner.userExternalAccess = false), 'their-user', 'partner-user-not-enabled'],
    ['their Edge off, on premises', 'partner-on-premises', (s) => (s.partner.federationEnabled = false), 'their-edge', 'partner-federation-disabled'],
    ['their blocked list, on premises', 'partner-on-premises', (s) => (s.partner.blockedDomains = ['contoso.com']), 'their-edge', 'partner-blocks-tenant-domain'],
    ['proxy FQDN missing, on premises', 'partner-on-premises', (s) => (s.partner.allowedDomains = [{ domain: 'contoso.com', proxyFqdn: null }]), 'route', 'partner-proxy-fqdn-missing'],
    ['their user policy, on premises', 'partner-on-premises', (s) => (s.partner.userExternalAccess = false), 'their-user', 'partner-user-not-enabled'],
    ['same SIP domain, on premises', 'partner-on-premises', (s) => (s.partner.domain = 'contoso.com'), 'route', 'same-sip-domain'],
    ['domain moved, Messenger', 'messenger-vanity-domain', (s) => (s.tenant.domain = 'mydomain.com'), 'messenger', 'messenger-domain-moved-to-lync-online'],
    ['address form, Messenger', 'messenger-vanity-domain', (s) => (s.contact = 'tommy.clarke@mydomain.com'), 'messenger', 'messenger-vanity-address-format'],
    ['wrong address, Lync Online', 'both-on-lync-online', (s) => (s.contact = 'user@northwind.com'), 'your-user', 'contact-not-partner-address'],
    [
      'contact request (presence only), Messenger',
      'messenger-microsoft-address',
      (s) => {
        s.partner.acceptsContactRequest = false;
        s.modalities = ['presence'];
      },
      'their-user',
      'messenger-contact-request-pending',
    ],
  ];

  it.each(cases)('%s', (_name, preset, change, hopId, code) => {
    const evaluation = evaluationOf(preset, change);
    expect(firstBlockerCode(evaluation)).toBe(code);
    const { route, hop } = marked(evaluation);
    expect(hop?.id).toBe(hopId);
    expect(hop?.state).toBe('blocks');
    expect(hop?.reasons[0]).toBe(code);
    expect(route.firstBlocker).toMatchObject({ code, hop: hopId });
  });

  it('with blockers on several hops, each blocks and only the first blocker’s hop is marked', () => {
    const evaluation = evaluationOf('partner-on-premises', (s) => {
      s.partner.userExternalAccess = false;
      s.tenant.userExternalAccess = false;
      s.partner.allowedDomains = [];
    });
    const { route, hop } = marked(evaluation);
    expect(hop?.id).toBe('your-user');
    expect(route.hops.filter((h) => h.state === 'blocks').map((h) => h.id)).toEqual(['your-user', 'route', 'their-edge', 'their-user']);
    // Every reason of the evaluation is on some hop.
    const onHops = route.hops.flatMap((h) => h.reasons);
    for (const result of evaluation.results) for (const code of result.reasons) if (code !== 'file-transfer-not-federated') expect(onHops).toContain(code);
  });

  it('the marked hop always holds the evaluation’s first blocker, over many scenarios', () => {
    const changes: ((s: any) => void)[] = [
      (s) => (s.tenant.dnsVerified = false),
      (s) => (s.tenant.federation.mode = 'disabled'),
      (s) => (s.tenant.userExternalAccess = false),
      (s) => (s.tenant.publicIm = 'pending'),
      (s) => (s.modalities = ['audio', 'video']),
      (s) => (s.modalities = ['file-transfer']),
      (s) => (s.contact = 'someone@else.example'),
    ];
    for (const preset of Object.keys(PRESETS) as PresetId[]) {
      for (let mask = 0; mask < 1 << changes.length; mask++) {
        const evaluation = evaluationOf(preset, (s) => changes.forEach((change, i) => mask & (1 << i) && change(s)));
        const { route, hop } = marked(evaluation);
        const code = firstBlockerCode(evaluation);
        const allNotSupported = evaluation.results.every((r) => r.verdict === 'not-supported');
        if (code === undefined || allNotSupported) {
          expect(hop, `${preset} ${mask}`).toBeUndefined();
        } else {
          expect(hop?.reasons, `${preset} ${mask}`).toContain(code);
          expect(route.firstBlocker?.code).toBe(code);
        }
      }
    }
  });
});

describe('what the path does not carry', () => {
  it('file transfer alone: the whole path is not carried, no hop is marked broken', () => {
    const route = buildRoute(evaluationOf('both-on-lync-online', (s) => (s.modalities = ['file-transfer'])));
    expect(route.nothingCarried).toBe(true);
    expect(route.hops.every((hop) => hop.state === 'not-carried' && !hop.first && hop.reasons.length === 0)).toBe(true);
  });
  it('audio and video with Messenger: not carried on the whole path', () => {
    const route = buildRoute(evaluationOf('messenger-microsoft-address', (s) => (s.modalities = ['audio', 'video'])));
    expect(route.hops.map((h) => h.state)).toEqual(Array(5).fill('not-carried'));
    // "No" as the article reads, but the sources leave it uncertain: the picture says both.
    expect(route.modalities).toEqual([
      { modality: 'audio', carried: 'no', noUncertain: true },
      { modality: 'video', carried: 'no', noUncertain: true },
    ]);
  });
  it('with IM asked too, the path is drawn and the uncarried modalities are listed', () => {
    const route = buildRoute(evaluationOf('messenger-microsoft-address'));
    expect(route.nothingCarried).toBe(false);
    // Those the matrix says Messenger does not carry (audio, video, file transfer today), read from it so a new modality does not break this.
    const unsupported = MODALITIES.filter((m) => !MATRIX['windows-live-messenger'][m].supported);
    expect(unsupported).toEqual(expect.arrayContaining(['audio', 'video', 'file-transfer']));
    expect(route.modalities.filter((m) => m.carried === 'no').map((m) => m.modality)).toEqual(unsupported);
  });
  it('audio and video with OCS 2007 only: their user’s end is unknown (the reference marks it uncertain)', () => {
    const route = buildRoute(
      evaluationOf('partner-on-premises', (s) => {
        s.partner.platform = 'ocs-2007';
        s.partner.hostingProviders = [];
        s.modalities = ['audio', 'video'];
      }),
    );
    expect(route.hops.find((h) => h.id === 'their-user')!.state).toBe('unknown');
    expect(route.modalities.every((m) => m.carried === 'uncertain')).toBe(true);
  });
  it('a blocker with file transfer alone still shows where it breaks (the verdict is blocked, not only unsupported)', () => {
    const { hop } = marked(evaluationOf('both-on-lync-online', (s) => ((s.modalities = ['file-transfer']), (s.tenant.federation.mode = 'disabled'))));
    expect(hop?.id).toBe('your-tenant');
  });
});

describe('placements and sources', () => {
  it('every rule that applies to a partner kind lands on a hop of its path, or is path-wide (the modality)', () => {
    for (const platform of PLATFORMS) {
      const kind = routeKindOf(platform);
      const ids = HOPS[kind].map((hop) => hop.id);
      for (const rule of RULES.filter((r) => r.platforms.includes(platform))) {
        const hop = hopFor(kind, rule.id, rule.stage);
        if (rule.stage === 'modality') expect(hop).toBeNull();
        else expect(ids, `${rule.id} on ${kind}`).toContain(hop);
        expect(CHECK_LABEL[rule.id], rule.id).toBeTruthy();
      }
    }
  });
  it('encryption stops being Microsoft’s after the hop that hands over to the partner’s network', () => {
    expect(ENCRYPTION_ENDS_AFTER).toEqual({ 'lync-online': null, 'on-premises': 'their-edge', messenger: 'public-im' });
    // Messenger: the rules' own warning says so for that path.
    expect(evaluationOf('messenger-microsoft-address').warnings).toContain('encryption-ends-at-partner-network');
  });
  it('every hop cites at least one source, numbered in the route’s list; addresses are the public ones', () => {
    for (const preset of Object.keys(PRESETS) as PresetId[]) {
      const route = buildRoute(evaluationOf(preset));
      for (const hop of route.hops) {
        expect(hop.sources.length).toBeGreaterThan(0);
        for (const n of hop.sources) expect(route.sources[n - 1]).toBeDefined();
      }
    }
    for (const source of Object.values(ROUTE_SOURCES) as RouteSource[]) {
      // Every source opens: a public address, or our evidence page at a heading that exists.
      expect(source.href).toMatch(/^(https?:\/\/(www\.ultimate-communications\.com|learn\.microsoft\.com)\/|\/reference\/evidence\/[a-z-]+\/#[a-z0-9-]+$)/);
      const evidence = /^\/reference\/evidence\/([a-z-]+)\/#(.+)$/.exec(source.href ?? '');
      if (evidence) expect(checkEvidence(`${evidence[1]}#${evidence[2]}`)).toBeNull();
    }
  });
});
