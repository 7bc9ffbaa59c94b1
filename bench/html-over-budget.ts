/**
 * Pages whose HTML is still over the 7 kB gzip budget (issue 8), each with the ceiling it may not
 * pass. This is a ratchet, not a waiver: test/e2e/budgets.test.ts fails when a listed page grows
 * past its ceiling, when an unlisted page goes over 7 kB, and when a listed page comes under 7 kB
 * (take it off this list then). Every page here is over for the same reason: its article. The
 * chrome around it (head, policy, header, sidebar, scripts) is about 4 kB gzip, so a page whose
 * <main> alone weighs more than ~3 kB gzip cannot fit without cutting what the seed article says
 * or splitting the page. Ceilings: the size measured when listed, plus 2 %, rounded up to 100 B.
 */
export const HTML_OVER_BUDGET: Readonly<Record<string, number>> = {
  '/concepts/partners-and-modalities/': 11_200, // the modality matrix: 25 cells, each a link and a verdict
  '/configure/lync-online/': 12_400, // the setup article, two widgets and their server-rendered verdicts
  '/configure/on-premises/': 12_300, // per-platform steps and commands, and the command builder
  '/reference/glossary/': 10_400,
  '/scenarios/both-on-lync-online/': 9_800,
  '/scenarios/messenger-microsoft-address/': 10_600,
  '/scenarios/messenger-vanity-domain/': 10_800,
  '/scenarios/partner-on-premises/': 11_000,
  '/troubleshooting/dns-checker/': 9_700,
  '/troubleshooting/trace-explainer/': 10_000,
};
