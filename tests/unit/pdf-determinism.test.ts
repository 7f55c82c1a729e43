// Same document, same bytes: across runs, processes, time zones and locales,
// for the PDF and the HTML. The child processes run the sources through vite-node.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { renderPdf } from '../../src/render/pdf.js';
import { anyTextDocument, hostileDocument, sampleDocument } from '../fixtures/render-sample/document.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = join(ROOT, 'tests/fixtures/render-sample/render-child.ts');
const VITE_NODE = join(ROOT, 'node_modules/vite-node/vite-node.mjs');
const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

const DOCUMENTS = [
  ['rapportage', sampleDocument],
  ['hostile', hostileDocument],
  ['any script (fallback fonts, placeholders)', anyTextDocument],
] as const;

const ENVIRONMENTS = [
  { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
  { TZ: 'America/Los_Angeles', LANG: 'C', LC_ALL: 'C' },
];

describe('byte-identical output', () => {
  // Each environment is one child process that renders every document; each test below
  // compares its document's hashes from both children with this process.
  let children: Array<Array<{ pdf: string; html: string }>>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ef-determinism-'));
    const docPaths = DOCUMENTS.map(([, make], index) => {
      const docPath = join(dir, `doc-${index}.json`);
      writeFileSync(docPath, JSON.stringify(make()));
      return docPath;
    });
    children = await Promise.all(
      ENVIRONMENTS.map(async (env) => {
        const { stdout } = await run(process.execPath, [VITE_NODE, CHILD, ...docPaths], {
          cwd: ROOT,
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
        });
        return stdout.trim().split('\n').map((line) => JSON.parse(line) as { pdf: string; html: string });
      }),
    );
  }, 120_000);

  it.each(DOCUMENTS.map(([name, make], index) => [name, make, index] as const))(
    '%s: the same PDF and HTML in this process and in others, in any TZ and LANG',
    async (_name, make, index) => {
      const doc = make();
      const expected = { pdf: sha(await renderPdf(doc)), html: sha(renderHtml(doc)) };
      for (const child of children) expect(child[index]).toEqual(expected);
    },
  );
});
