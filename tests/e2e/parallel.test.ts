// The worker path of `ef check` (from 4,000 files, on machines with more than two
// cores, or with EF_THREADS) must say exactly what one thread says, with and without
// the cache. Run with the built bin/ef: a worker thread loads the bundle's own
// dist/cli/check-worker.js.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module without types
import { generate } from '../../bench/generate.mjs';
import { ef, tempDir } from '../helpers/ef.js';

describe('checking with worker threads', () => {
  it('gives the same report as one thread, cold, filling the cache and warm', () => {
    const root = join(tempDir(), 'logboek');
    // 3,700 sessions make about 4,300 files: above the size where workers start.
    (generate as (dir: string, sessions: number) => void)(root, 3_700);
    const run = (threads: string, ...args: string[]) => ef(['check', '--format', 'json', ...args], { cwd: root, env: { EF_THREADS: threads } });
    const one = run('1', '--no-cache');
    expect(one.stderr).toBe('');
    expect((JSON.parse(one.stdout) as { warnings: number }).warnings).toBeGreaterThan(1_000);
    expect(run('3', '--no-cache')).toEqual(one);
    // The workers' hashes fill the cache; one thread then reads it, and the workers again.
    expect(run('3')).toEqual(one);
    expect(run('1')).toEqual(one);
    rmSync(join(root, '.ef-cache'), { recursive: true, force: true });
    expect(run('16')).toEqual(one);
  }, 120_000);
});
