// Determinism: the same files give the same bytes in any time zone, any locale and any
// order in which the files were created.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, ef, fixture, PROJECT, tempDir } from '../helpers/ef.js';
import { copyReversed, readTree } from '../golden/helpers.js';

const ENVIRONMENTS: ReadonlyArray<Record<string, string>> = [
  { TZ: 'UTC', LANG: 'C' },
  { TZ: 'Pacific/Kiritimati', LANG: 'nl_NL.UTF-8', LC_ALL: 'nl_NL.UTF-8' },
  { TZ: 'America/Los_Angeles', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
  { TZ: 'Asia/Kolkata', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' },
];

/** Builds a rapportage (both audiences) and the Logboek of `root` into a fresh folder; returns its files. */
function buildAll(root: string, env: Record<string, string>): Map<string, Buffer> {
  const out = tempDir();
  for (const args of [
    ['report', '--period', '2021'],
    ['report', '--period', 'rapportage-1', '--audience', 'publiek'],
    ['logbook'],
  ]) {
    const result = ef([...args, '--root', root, '--out', out], { env: cleanEnv(env) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }
  return readTree(out);
}

describe('determinism', () => {
  it('the same bytes under every TZ and LANG, and with the files created in reverse order', () => {
    const original = fixture('compile-volledig');
    const reversed = join(tempDir(), 'logboek');
    copyReversed(original, reversed);

    const reference = buildAll(original, ENVIRONMENTS[0]!);
    expect(reference.size).toBeGreaterThan(8);
    // The reversed copy under every environment: a difference in order, zone or locale shows.
    for (const env of ENVIRONMENTS) {
      const files = buildAll(reversed, env);
      expect([...files.keys()]).toEqual([...reference.keys()]);
      for (const [name, bytes] of reference) expect(files.get(name)!.equals(bytes), `${name} under ${JSON.stringify(env)}`).toBe(true);
    }
  }, 120_000);

  it('two runs in a row give the same bytes (no clock, no randomness)', () => {
    const root = join(PROJECT, 'logbook');
    const a = buildAll(root, { TZ: 'Europe/Amsterdam', LANG: 'nl_NL.UTF-8' });
    const b = buildAll(root, { TZ: 'Europe/Amsterdam', LANG: 'nl_NL.UTF-8' });
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
  }, 60_000);
});
