/**
 * The tools as of a date, in a real browser (issue 33): the Edge configuration reader evaluates
 * its paste at the date the reader sets (from June 2013 an Edge is told of the Baltimore
 * CyberTrust Root, a dated change of src/rules/history.ts) and its playground link carries the
 * date, which the playground opens at; the trace explainer's playground links carry the date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newContext, openWidget, watch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const DATE_LABEL = 'Answer as of (date)';

const openTool = openWidget;

const query = (href: string | null) => new URLSearchParams((href ?? '').slice((href ?? '').indexOf('?') + 1));

describe('The tools as of a date', () => {
  it('the Edge reader: the dated change from June 2013, not before; the playground link opens at the date', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems = watch(page);
    const widget = await openTool(page, '/troubleshooting/edge-config/', 'edge-config');
    await expect(widget.getByLabel(DATE_LABEL).inputValue()).resolves.toBe('2011-06-28');
    await expect(page.getByTestId('changed-since').count()).resolves.toBe(0);
    expect(query(await page.getByTestId('edge-open-playground').getAttribute('href')).has('asof')).toBe(false);
    await widget.getByLabel(DATE_LABEL).fill('2013-05-31');
    await expect(page.getByTestId('changed-since').locator('[data-note="baltimore-root"]').count()).resolves.toBe(0);
    await widget.getByLabel(DATE_LABEL).fill('2013-06-15');
    const note = page.getByTestId('changed-since').locator('[data-note="baltimore-root"]');
    await expect(note.textContent()).resolves.toContain('Baltimore CyberTrust Root');
    await expect(page.getByTestId('changed-since').locator('p').textContent()).resolves.toBe('Changed between June 2011 and June 2013');
    const href = await page.getByTestId('edge-open-playground').getAttribute('href');
    expect(query(href).get('asof')).toBe('2013-06-15');
    // A date out of range: the playground's message, and the answer back at general availability.
    await widget.getByLabel(DATE_LABEL).fill('2014-01-01');
    await expect(widget.locator('.lf-field-error').textContent()).resolves.toBe('must be a date written YYYY-MM-DD from 2011-06-28 (general availability) to 2013-12-31');
    await expect(page.getByTestId('changed-since').count()).resolves.toBe(0);
    expect(query(await page.getByTestId('edge-open-playground').getAttribute('href')).has('asof')).toBe(false);
    // The playground opens at the date.
    await page.goto(`${baseUrl()}${href}`, { waitUntil: 'networkidle' });
    await expect(page.getByLabel(DATE_LABEL).inputValue()).resolves.toBe('2013-06-15');
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the trace explainer: each finding\'s playground link carries the date chosen', async () => {
    const page = await (await newContext(browser)).newPage();
    const widget = await openTool(page, '/troubleshooting/trace-explainer/', 'trace-explainer');
    const links = page.getByTestId('finding-playground');
    expect(await links.count()).toBeGreaterThan(0);
    expect(query(await links.first().getAttribute('href')).has('asof')).toBe(false);
    await widget.getByLabel(DATE_LABEL).fill('2012-03-01');
    await expect.poll(async () => query(await links.first().getAttribute('href')).get('asof')).toBe('2012-03-01');
    const href = await links.first().getAttribute('href');
    await page.goto(`${baseUrl()}${href}`, { waitUntil: 'networkidle' });
    await expect(page.getByLabel(DATE_LABEL).inputValue()).resolves.toBe('2012-03-01');
    await page.context().close();
  });
});
