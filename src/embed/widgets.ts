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
   * The iframe's height before the embed reports its own, in CSS pixels: about the widget's
   * height at 720 px wide, so a page without the resize script still shows most of it.
   */
  height: number;
}

export const EMBED_WIDGETS = [
  { id: 'diagnose', title: "Why can't I reach this person?", page: '/troubleshooting/diagnose/', height: 1400 },
  { id: 'playground', title: 'Can my users reach this person?', page: '/playground/', height: 2400 },
  { id: 'modality-matrix', title: 'What works with each kind of partner', page: '/concepts/partners-and-modalities/', height: 640 },
  { id: 'domain-federation', title: 'Try the Domain Federation tab', page: '/configure/domain-federation/', height: 740 },
  { id: 'public-im', title: 'What enabling Public IM connectivity changes', page: '/configure/public-im/', height: 940 },
  { id: 'command-builder', title: "Commands for a partner's Lync Server or OCS Edge", page: '/configure/partner-commands/', height: 2020 },
  { id: 'partner-lookup', title: 'Who is this partner? Look up their federation record', page: '/troubleshooting/partner-lookup/', height: 900 },
  { id: 'partner-inventory', title: 'What will this change do to our partners?', page: '/configure/partner-inventory/', height: 1400 },
  { id: 'vanity-converter', title: 'Type a Messenger contact the way Lync needs it', page: '/configure/user-training/', height: 400 },
] as const satisfies readonly EmbedWidget[];

export type EmbedWidgetId = (typeof EMBED_WIDGETS)[number]['id'];
