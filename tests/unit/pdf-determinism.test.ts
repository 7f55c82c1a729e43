// Same document, same bytes: across runs, processes, time zones and locales,
// for the PDF and the HTML. The child processes run the sources through vite-node.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { renderPdf } from '../../src/render/pdf.js';
import { anyTextDocument, hostileDocument, sampleDocument } from '../fixtures/render-sample/document.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = join(ROOT, 'tests/fixtures/render-sample/render-child.ts');
const VITE_NODE = join(ROOT, 'node_modules/vite-node/vite-node.mjs');
const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

describe('byte-identical output', () => {
  it.each([
    ['rapportage', sampleDocument],
    ['hostile', hostileDocument],
    ['any script (fallback fonts, placeholders)', anyTextDocument],
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
      const { stdout } = await run(process.execPath, [VITE_NODE, CHILD, docPath], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      });
      expect(JSON.parse(stdout)).toEqual(expected);
    }
  });
});
