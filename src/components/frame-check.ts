/**
 * A frame check, for hosts that cannot send the framing headers of public/_headers (GitHub Pages;
 * README "Hosts"): a docs page that finds itself in another site's frame replaces its content with
 * one link that opens it in a new tab, so no other site can dress it up and borrow the reader's
 * clicks (clickjacking). Only docs pages load it (PageFrame.astro's script): the embeds are meant
 * to be framed. Where the headers are sent a framed page is never rendered and this never acts.
 *
 * What it cannot do, and the headers can: a module script runs once the page is parsed, so a framed
 * page may show for a moment first; and a frame sandboxed without scripts never runs it.
 */
if (window.self !== window.top) {
  const link = document.createElement('a');
  link.href = window.location.href;
  link.target = '_blank';
  link.textContent = 'This page cannot be shown inside another site: open it in a new tab.';
  document.body.replaceChildren(link);
}
