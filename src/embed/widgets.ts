/**
 * The widgets that can be embedded in other sites, each with the page it lives on. The embed
 * pages (/embed/<id>/), their oEmbed documents (/oembed/<id>.json), the snippet and the link
 * previews all read this one list, so a widget is added or renamed in one place.
 */

export interface EmbedWidget {
  /** The last segment of /embed/<id>/ and /oembed/<id>.json. */
  id: string;
  /** What the widget answers, as its embed header and iframe title say it. */
  title: string;
  /** The full page where the widget lives (and where its embed header links back to). */
  page: string;
  /**
   * The iframe's height before the embed reports its own, in CSS pixels: at least the embed's
   * height at 360 and at 720 px wide (the taller, 360), with a few per cent to spare, so a host
   * that strips the resize script still shows the whole widget and its verdict. The resize
   * script shrinks it to the content's height. test/e2e/embed.test.ts measures every widget at
   * both widths and fails when a widget outgrows this.
   */
  height: number;
}

export const EMBED_WIDGETS = [
  { id: 'diagnose', title: "Why can't I reach this person?", page: '/troubleshooting/diagnose/', height: 3250 },
  { id: 'playground', title: 'Can my users reach this person?', page: '/playground/', height: 4600 },
  { id: 'modality-matrix', title: 'What works with each kind of partner', page: '/concepts/partners-and-modalities/', height: 1520 },
  { id: 'domain-federation', title: 'Try the Domain Federation tab', page: '/configure/domain-federation/', height: 1200 },
  { id: 'public-im', title: 'What enabling Public IM connectivity changes', page: '/configure/public-im/', height: 1850 },
  { id: 'command-builder', title: "Commands for a partner's Lync Server or OCS Edge", page: '/configure/partner-commands/', height: 3700 },
  { id: 'partner-lookup', title: 'Who is this partner? Look up their federation record', page: '/troubleshooting/partner-lookup/', height: 1880 },
  { id: 'partner-inventory', title: 'What will this change do to our partners?', page: '/configure/partner-inventory/', height: 3050 },
  { id: 'vanity-converter', title: 'Type a Messenger contact the way Lync needs it', page: '/configure/user-training/', height: 850 },
] as const satisfies readonly EmbedWidget[];

export type EmbedWidgetId = (typeof EMBED_WIDGETS)[number]['id'];
