// Same document, same bytes: across runs, processes, time zones and locales,
// for the PDF and the HTML. The child processes use the built renderers (dist/,
// made by `npm run build`, which `npm test` runs first).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { renderPdf } from '../../src/render/pdf.js';
import { hostileDocument, sampleDocument } from '../fixtures/render-sample/document.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST_PDF = join(ROOT, 'dist/render/pdf.js');
const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

const CHILD = `
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
const [docPath, root] = process.argv.slice(1);
const doc = JSON.parse(readFileSync(docPath, 'utf8'));
const { renderPdf } = await import(root + 'dist/render/pdf.js');
const { renderHtml } = await import(root + 'dist/render/html.js');
const sha = (d) => createHash('sha256').update(d).digest('hex');
console.log(JSON.stringify({ pdf: sha(await renderPdf(doc)), html: sha(renderHtml(doc)) }));
`;

describe.skipIf(!existsSync(DIST_PDF))('byte-identical output', () => {
  it.each([
    ['rapportage', sampleDocument],
    ['hostile', hostileDocument],
  ])('%s: the same PDF and HTML in this process and in others, in any TZ and LANG', async (_name, make) => {
    const doc = make();
    const expected = { pdf: sha(await renderPdf(doc)), html: sha(renderHtml(doc)) };
    const dir = mkdtempSync(join(tmpdir(), 'ef-determinism-'));
    const docPath = join(dir, 'doc.json');
    writeFileSync(docPath, JSON.stringify(doc));
    for (const env of [
      { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
      { TZ: 'America/Los_Angeles', LANG: 'C', LC_ALL: 'C' },
    ]) {
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', CHILD, docPath, ROOT], {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      });
      expect(JSON.parse(stdout)).toEqual(expected);
    }
  });
});
