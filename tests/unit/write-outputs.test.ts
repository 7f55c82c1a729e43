// The publish path below the commands: the lock on the output folder (a live lock is
// waited for, then refused in Dutch), and documents that always point at charts that
// exist even when two runs write at once.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/core/errors.js';
import type { RenderDocument } from '../../src/compile/document.js';
import { LOCK_NAME, writeOutputs, type RenderedDocument } from '../../src/publish/write-outputs.js';
import { tempDir } from '../helpers/ef.js';

/** A document `rapport.md` that shows the given charts from `rapport-beelden/`. */
function rapport(charts: readonly string[]): RenderedDocument {
  const doc = { slug: 'rapport', assetDir: 'rapport-beelden' } as RenderDocument;
  return {
    doc,
    files: [
      { name: 'rapport.md', content: charts.map((chart) => `![${chart}](rapport-beelden/${chart})`).join('\n') + '\n' },
      ...charts.map((chart) => ({ name: `rapport-beelden/${chart}`, content: `<svg><title>${chart}</title></svg>` })),
    ],
  };
}

const children: ChildProcess[] = [];
afterAll(() => children.forEach((child) => child.kill()));

/** The pid of a process that stays alive for the test: another ef run, as far as the lock can tell. */
function otherRun(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

describe('the lock', () => {
  it('a folder another live run holds is waited for, then refused in Dutch with that run and the lock file', async () => {
    const out = tempDir();
    const pid = otherRun();
    writeFileSync(join(out, LOCK_NAME), `${pid}\n`);
    const waited: Array<number | undefined> = [];
    const attempt = writeOutputs({ dir: out, root: tempDir(), chosen: true }, [rapport(['a.svg'])], {
      lockWaitMs: 300,
      onWait: (holder) => waited.push(holder),
    });
    await expect(attempt).rejects.toThrow(EnvironmentError);
    await expect(attempt).rejects.toThrow(`Een andere run van ef (proces ${pid}) schrijft nu in ${out}.`);
    expect(waited).toEqual([pid]);
    // Nothing was written, and the other run's lock is still there.
    expect(readdirSync(out)).toEqual([LOCK_NAME]);
    expect(readFileSync(join(out, LOCK_NAME), 'utf8')).toBe(`${pid}\n`);
  });

  it('when the other run finishes in time, ef writes and removes its own lock', async () => {
    const out = tempDir();
    writeFileSync(join(out, LOCK_NAME), `${otherRun()}\n`);
    setTimeout(() => writeFileSync(join(out, LOCK_NAME), ''), 0);
    // An empty lock is one being written just now: a fresh one is waited for like a live run.
    setTimeout(() => rmSync(join(out, LOCK_NAME), { force: true }), 250);
    const written = await writeOutputs({ dir: out, root: tempDir(), chosen: true }, [rapport(['a.svg'])], { lockWaitMs: 5_000 });
    expect(written.map((path) => path.slice(out.length + 1))).toEqual(['rapport-beelden/a.svg', 'rapport.md']);
    expect(readdirSync(out).sort()).toEqual(['rapport-beelden', 'rapport.md']);
  });

  it('runs that write at once leave a document whose charts all exist', async () => {
    const out = tempDir();
    const root = tempDir();
    const versions = [['a.svg', 'b.svg'], ['a.svg', 'c.svg'], ['d.svg'], ['b.svg', 'c.svg', 'e.svg']];
    await Promise.all(versions.map((charts) => writeOutputs({ dir: out, root, chosen: true }, [rapport(charts)])));
    const shown = [...readFileSync(join(out, 'rapport.md'), 'utf8').matchAll(/\(rapport-beelden\/([a-z]+\.svg)\)/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(0);
    expect(readdirSync(join(out, 'rapport-beelden')).sort()).toEqual([...shown].sort());
    expect(existsSync(join(out, LOCK_NAME))).toBe(false);
  });
});
