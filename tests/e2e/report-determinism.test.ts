// Determinism: the same files give the same bytes in any time zone, any locale and any
// order in which the files were created.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, ef, efInProcess, fixture, PROJECT, tempDir } from '../helpers/ef.js';
import { copyReversed, readTree } from '../golden/helpers.js';

const ENVIRONMENTS: ReadonlyArray<Record<string, string>> = [
  { TZ: 'UTC', LANG: 'C' },
  { TZ: 'Pacific/Kiritimati', LANG: 'nl_NL.UTF-8', LC_ALL: 'nl_NL.UTF-8' },
  { TZ: 'America/Los_Angeles', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
  { TZ: 'Asia/Kolkata', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' },
];

/**
 * Builds a rapportage (both audiences) and the Logboek of `root` into a fresh folder; returns
 * its files. `in-process` runs the commands through run() in this test's process (its own
 * time zone and locale), `spawn` runs bin/ef in a new process with `env`.
 */
async function buildAll(root: string, env: Record<string, string>, how: 'spawn' | 'in-process' = 'spawn'): Promise<Map<string, Buffer>> {
  const out = tempDir();
  for (const args of [
    ['report', '--period', '2021'],
    ['report', '--period', 'rapportage-1', '--audience', 'publiek'],
    ['logbook'],
  ]) {
    const argv = [...args, '--root', root, '--out', out];
    const result = how === 'spawn' ? ef(argv, { env: cleanEnv(env) }) : await efInProcess(argv, { env: cleanEnv(env) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }
  return readTree(out);
}

describe('determinism', () => {
  it('the same bytes under every TZ and LANG, and with the files created in reverse order', async () => {
    const original = fixture('compile-volledig');
    const reversed = join(tempDir(), 'logboek');
    copyReversed(original, reversed);

    // The reference is made in this process; every environment below is a process of its own.
    const reference = await buildAll(original, ENVIRONMENTS[0]!, 'in-process');
    expect(reference.size).toBeGreaterThan(8);
    // The reversed copy under every environment: a difference in order, zone or locale shows.
    for (const env of ENVIRONMENTS) {
      const files = await buildAll(reversed, env);
      expect([...files.keys()]).toEqual([...reference.keys()]);
      for (const [name, bytes] of reference) expect(files.get(name)!.equals(bytes), `${name} under ${JSON.stringify(env)}`).toBe(true);
    }
  }, 120_000);

  it('two runs in a row give the same bytes (no clock, no randomness)', async () => {
    const root = join(PROJECT, 'logbook');
    // One in a new process, one in this one: a clock, a random value or anything else a
    // process picks once at start would differ.
    const a = await buildAll(root, { TZ: 'Europe/Amsterdam', LANG: 'nl_NL.UTF-8' });
    const b = await buildAll(root, { TZ: 'Europe/Amsterdam', LANG: 'nl_NL.UTF-8' }, 'in-process');
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
  }, 60_000);
});
