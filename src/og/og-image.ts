/**
 * The link-preview image of a docs entry: its size (the 1.91:1 that Open Graph consumers and
 * Twitter's summary_large_image crop to) and where it is served, /og/<entry id>.png. The id keeps
 * the page's folders ("scenarios/both-on-lync-online"), so no two pages share an image.
 */
export const OG_IMAGE = {
  width: 1200,
  height: 630,
  type: 'image/png',
  // The home page's entry is "index" in the collection but "" in Starlight's route data.
  pathFor: (entryId: string) => `/og/${entryId === '' ? 'index' : entryId}.png`,
} as const;
