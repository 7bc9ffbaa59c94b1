/**
 * What an empty search says (Pagefind's "zero_results" text; plain text, [SEARCH_TERM] is the
 * query): what this guide covers and where else to look, rather than a bare "No results".
 */
export const ZERO_RESULTS =
  'Nothing in this guide matches [SEARCH_TERM]. It covers Lync Online federation as it stood at Office 365 general availability (June 2011): ' +
  'partners on Lync Online, Lync Server 2010, OCS 2007 R2 and OCS 2007, Windows Live Messenger contacts, the control panel settings, DNS records, ' +
  'the partner side\'s commands and the error codes. Try the words on your screen (Presence Unknown, an error code, a setting\'s name). ' +
  'For anything else (sign-in, meetings, later versions, Skype for Business or Teams), look in Microsoft\'s documentation for your version or ask in Microsoft\'s community forums.';
