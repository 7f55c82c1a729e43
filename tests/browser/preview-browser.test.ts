// ef preview in a real browser (Debian's chromium, driven by playwright-core): the page
// follows an edit without a reload, shows a broken file's located message, shows the
// document again once it is fixed, and passes axe. With EF_UPDATE_SCREENSHOTS=1 it
// writes the README's screenshot to docs/img/preview.png.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { startPreview, type RunningPreview } from '../../src/cli/commands/preview.js';
import { cleanEnv, copyToTemp, PROJECT } from '../helpers/ef.js';

const CHROMIUM = '/usr/bin/chromium';
const SESSIE = 'sessies/2021-01-28-evaluatie-cornelis-musius.md';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

describe.skipIf(!existsSync(CHROMIUM))('ef preview in headless Chromium', () => {
  let browser: Browser;
  let running: RunningPreview;
  let root: string;
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  beforeAll(async () => {
    root = copyToTemp(join(PROJECT, 'logbook'));
    running = await startPreview({ port: '0' }, {
      cwd: root,
      env: cleanEnv(),
      stdout: { write: () => true, isTTY: false },
      stderr: { write: () => true, isTTY: false },
    });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function axe(target: Page | Frame): Promise<AxeResult> {
    // The pages' CSP allows only the preview's own script; axe comes in through the harness.
    await target.evaluate(axeSource);
    const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] };
    return await target.evaluate<AxeResult>(`axe.run(document, ${JSON.stringify(options)})`);
  }

  /** Polls an expression in the page (waitForFunction would need eval, which the page's CSP forbids). */
  async function until(page: Page, expression: string, timeoutMs: number): Promise<void> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      if (await page.evaluate(expression).catch(() => false)) return;
      if (Date.now() > end) throw new Error(`niet gebeurd binnen ${timeoutMs} ms: ${expression}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  function documentFrame(page: Page): Frame {
    const frame = page.frames().find((candidate) => candidate.url().includes('/document/'));
    if (!frame) throw new Error('geen documentframe');
    return frame;
  }

  it('the first page lists the documents and has no axe violations', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(running.server.url) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await page.goto(running.server.url);
    expect(await page.textContent('main')).toContain('Wat dit logboek maakt');
    expect(await page.locator('ul.documenten li').count()).toBe(5);
    expect((await axe(page)).violations).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('follows an edit without a reload, shows a broken file and shows the document again once fixed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${running.server.url}bekijk/rapportage-2?doelgroep=intern`);
    await until(page, `document.querySelector('#ef-document').contentDocument?.body?.textContent.includes('Lef, vertrouwen')`, 5000);
    // A marker on the frame page: a reload of the page would remove it.
    await page.evaluate('window.efMarker = 42');
    const frameBefore = documentFrame(page);
    await frameBefore.evaluate('window.scrollTo(0, 600)');

    const file = join(root, SESSIE);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('Lef, vertrouwen en doorzettingsvermogen', 'Moed, vertrouwen en geduld'));
    await until(page, `document.querySelector('#ef-document').contentDocument?.body?.textContent.includes('Moed, vertrouwen en geduld')`, 5000);
    expect(await page.evaluate('window.efMarker')).toBe(42);
    await until(page, `document.querySelector('#ef-document').contentWindow.scrollY > 500`, 3000);

    writeFileSync(file, original.replace('soort: evaluatie', 'soort: evaluatei'));
    await page.waitForSelector('ol.meldingen a[href^="vscode://file/"]', { timeout: 5000 });
    const message = await page.textContent('ol.meldingen');
    expect(message).toContain(`${SESSIE}:`);
    expect(message).toContain('schema-enum');
    // The last good version stays under the messages.
    expect(await documentFrame(page).textContent('body')).toContain('Moed, vertrouwen en geduld');

    writeFileSync(file, original);
    await page.waitForSelector('p.status.goed', { timeout: 5000 });
    await until(page, `document.querySelector('#ef-document').contentDocument?.body?.textContent.includes('Lef, vertrouwen')`, 5000);
    expect(await page.evaluate('window.efMarker')).toBe(42);

    expect((await axe(page)).violations).toEqual([]);
    expect((await axe(documentFrame(page))).violations).toEqual([]);
    if (process.env['EF_UPDATE_SCREENSHOTS'] === '1') {
      await documentFrame(page).evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: join(PROJECT, 'docs/img/preview.png') });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
