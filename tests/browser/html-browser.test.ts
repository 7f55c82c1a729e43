// The HTML report in a real browser (Debian's chromium, driven by playwright-core):
// zero axe-core violations at WCAG 2.1 AA, no request leaves the page, no script
// runs, and screenshots (desktop and phone) to look at. Runs only where
// /usr/bin/chromium exists (CI installs it: apt-get install -y chromium).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { renderHtml } from '../../src/render/html.js';
import type { RenderDocument } from '../../src/compile/document.js';
import { hostileDocument, largeDocument, sampleDocument } from '../fixtures/render-sample/document.js';
import { CLI_BUILT, writeEmbeddedReport } from '../fixtures/render-sample/embedded-report.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = process.env.EF_SCREENSHOT_DIR ?? join(tmpdir(), 'ef-screenshots');

interface AxeResult {
  testEngine: { name: string };
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}

describe.skipIf(!existsSync(CHROMIUM))('HTML in headless Chromium', () => {
  let browser: Browser;
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(doc: RenderDocument | string, width: number, name: string) {
    // A document to render here, or the path of an HTML file the CLI wrote.
    const file = typeof doc === 'string' ? doc : join(SHOTS, `${name}.html`);
    if (typeof doc !== 'string') writeFileSync(file, renderHtml(doc));
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: true });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== `file://${file}`) requests.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    return { page, context, requests, errors };
  }

  async function axe(page: import('playwright-core').Page): Promise<AxeResult> {
    // The report's CSP forbids scripts in the page itself; axe is injected by the
    // test harness (addScriptTag is blocked by CSP, evaluate is not).
    await page.evaluate(axeSource);
    const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] };
    // Expressions as strings: the page's DOM types are not part of this project's TypeScript lib.
    return await page.evaluate<AxeResult>(`axe.run(document, ${JSON.stringify(options)})`);
  }

  const cases: [string, () => RenderDocument, number][] = [
    ['rapportage-desktop', sampleDocument, 1280],
    ['rapportage-telefoon', sampleDocument, 390],
    ['hostile-desktop', hostileDocument, 1280],
    ['logboek-desktop', () => largeDocument(12), 1280],
  ];

  it.each(cases)('%s: zero axe violations (WCAG 2.1 AA), no requests, no scripts', async (name, make, width) => {
    const { page, context, requests, errors } = await open(make(), width, name);
    try {
      const result = await axe(page);
      expect(result.testEngine.name).toBe('axe-core');
      const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      // Nothing from the content became a script or an event handler.
      const scripts = await page.evaluate(`document.querySelectorAll('script, iframe, object, embed, [onerror], [onclick], [onload]').length`);
      expect(scripts).toBe(0);
      const scrollWidth = await page.evaluate('document.documentElement.scrollWidth');
      expect(scrollWidth).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it.skipIf(!CLI_BUILT)('the embedded logbook\'s rapportage 2 from `ef report`: zero axe violations on desktop and phone', async () => {
    const out = await writeEmbeddedReport('publiek');
    const html = join(out, readdirSync(out).find((name) => name.endsWith('.html'))!);
    for (const [width, name] of [[1280, 'ef-report-desktop'], [390, 'ef-report-telefoon']] as const) {
      const { page, context, requests, errors } = await open(html, width, name);
      try {
        const result = await axe(page);
        expect(result.testEngine.name).toBe('axe-core');
        expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      } finally {
        await context.close();
      }
    }
  });

  it('prints to PDF with the print style sheet', async () => {
    const { page, context } = await open(sampleDocument(), 1280, 'rapportage-print');
    try {
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(`getComputedStyle(document.querySelector('.skiplink')).display`);
      expect(hidden).toBe('none');
      await page.screenshot({ path: join(SHOTS, 'rapportage-print.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});
