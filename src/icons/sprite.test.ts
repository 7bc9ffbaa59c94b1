import { describe, expect, it } from 'vitest';
import { SPRITE_HREF, SPRITE_ICONS, SPRITE_SVG, useIconSprite } from './sprite.ts';

describe('the icon sprite', () => {
  // That each icon is drawn as Starlight draws it is the drift test's job (sprite.ts names Starlight's
  // Icons table as its upstream): the table is internal to Starlight, so it is not imported here.
  it('holds each icon as a symbol with its name as id, and is named after its content', () => {
    for (const name of Object.keys(SPRITE_ICONS)) expect(SPRITE_SVG).toContain(`<symbol id="${name}" viewBox="0 0 24 24">`);
    expect(SPRITE_HREF).toMatch(/^\/icons\/[0-9a-f]{12}\.svg$/);
  });
});

describe('useIconSprite', () => {
  const starlightIcon = (body: string) =>
    `<svg aria-hidden="true" class="caret astro-hkc32dio" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1em;">${body}</svg>`;

  it('replaces an icon Starlight wrote with a <use> of the sprite, keeping the <svg> and its attributes', () => {
    expect(useIconSprite(`<p>${starlightIcon(SPRITE_ICONS['right-caret'])}</p>`)).toBe(
      `<p>${starlightIcon(`<use href="${SPRITE_HREF}#right-caret"/>`)}</p>`,
    );
  });

  it('also recognises the icon as a Markdown plugin serialises it (<path></path>)', () => {
    const heading = `<span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor">${SPRITE_ICONS['link-alt'].replace('/>', '></path>')}</svg></span>`;
    expect(useIconSprite(heading)).toBe(
      `<span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><use href="${SPRITE_HREF}#link-alt"/></svg></span>`,
    );
  });

  it('replaces every icon of a page, and only those', () => {
    const other = '<svg viewBox="0 0 24 24"><circle r="4"/></svg>';
    const otherBox = `<svg viewBox="0 0 16 16">${SPRITE_ICONS.sun}</svg>`;
    const partial = `<svg viewBox="0 0 24 24">${SPRITE_ICONS.sun}<circle r="1"/></svg>`;
    const html = `${starlightIcon(SPRITE_ICONS.sun)}${other}${otherBox}${partial}${starlightIcon(SPRITE_ICONS.moon)}`;
    expect(useIconSprite(html)).toBe(
      `${starlightIcon(`<use href="${SPRITE_HREF}#sun"/>`)}${other}${otherBox}${partial}${starlightIcon(`<use href="${SPRITE_HREF}#moon"/>`)}`,
    );
  });

  it('leaves a page without icons as it is', () => {
    const html = '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p>svg</p></body></html>';
    expect(useIconSprite(html)).toBe(html);
  });
});
