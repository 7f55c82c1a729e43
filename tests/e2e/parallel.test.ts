// The worker path of `ef check` (large logbooks, on machines with more than two cores)
// must say exactly what one thread says. It runs the built code: a worker thread loads
// dist/validate/check-worker.js.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyToTemp, fixture, PROJECT } from '../helpers/ef.js';

type CheckModule = typeof import('../../src/validate/check-logbook.js');

async function built(): Promise<CheckModule> {
  return (await import(pathToFileURL(join(PROJECT, 'dist/validate/check-logbook.js')).href)) as CheckModule;
}

function freshCopy(name: string): string {
  const root = copyToTemp(fixture(name));
  rmSync(join(root, '.ef-cache'), { recursive: true, force: true });
  return root;
}

describe('checking with worker threads', () => {
  it('gives the same messages and facts as one thread, with and without the cache', async () => {
    const { checkLogbook } = await built();
    const root = freshCopy('rules');
    const one = await checkLogbook({ cwd: root, cache: false, threads: '1' });
    expect(one.files.length).toBeGreaterThan(5);
    // Two files at a time over the main thread and two workers.
    const spread = { from: 1, batch: 2 };
    expect(await checkLogbook({ cwd: root, cache: false, threads: '3', parallel: spread })).toEqual(one);
    // The workers' hashes and stats fill the cache; a run on one thread then reads it.
    expect((await checkLogbook({ cwd: root, threads: '3', parallel: spread })).files).toEqual(one.files);
    expect((await checkLogbook({ cwd: root, threads: '1' })).files).toEqual(one.files);
  });

  it('finishes when there are more threads than batches', async () => {
    const { checkLogbook } = await built();
    const root = freshCopy('valid-minimal');
    const one = await checkLogbook({ cwd: root, cache: false, threads: '1' });
    expect(await checkLogbook({ cwd: root, cache: false, threads: '16', parallel: { from: 1 } })).toEqual(one);
  });
});
