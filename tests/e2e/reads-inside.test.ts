// Hostile paths in a logbook (images, links, Typst code, HTML, SVG) never make ef
// read a file outside the logbook, its own installation or the output folder.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, it } from 'vitest';
import { BIN, PROJECT, cleanEnv, copyToTemp, fixture, tempDir } from '../helpers/ef.js';

function textOf(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? textOf(path) : readFileSync(path, 'latin1')))
    .join('\n');
}

it.each([
  ['report', '--period', '1'],
  ['logbook'],
])('ef %s reads only inside the logbook, ef itself and Node', (...command) => {
  const root = copyToTemp(fixture('vijandig-bestanden'));
  const out = tempDir();
  const reads = join(tempDir(), 'reads.txt');
  const result = spawnSync(
    process.execPath,
    ['--import', join(PROJECT, 'tests/helpers/record-reads.mjs'), BIN, ...command, '--format', 'md,html,pdf', '--out', out],
    { cwd: root, env: cleanEnv({ EF_TEST_READS: reads }), encoding: 'utf8', timeout: 60_000 },
  );
  expect(result.status, result.stderr).toBe(0);
  const opened = readFileSync(reads, 'utf8').split('\n').filter(Boolean);
  expect(opened.length).toBeGreaterThan(5);
  const allowed = [root + sep, PROJECT + sep, out + sep, '/proc/', '/sys/'];
  // The PDF engine's native-module loader reads ldd once to tell glibc from musl.
  const loader = ['/usr/bin/ldd'];
  const outside = opened.filter((path) => !allowed.some((prefix) => path.startsWith(prefix)) && !loader.includes(path));
  expect(outside).toEqual([]);
  expect(opened.some((path) => path.startsWith('/etc/'))).toBe(false);
  // And nothing of those files ended up in the output.
  expect(textOf(out)).not.toMatch(/root:x:0:0/);
}, 60_000);

it('ef check reads no picture outside beelden/: not by path, not through a symbolic link', () => {
  const root = copyToTemp(fixture('vijandig-bestanden'));
  const reads = join(tempDir(), 'reads.txt');
  symlinkSync('/etc/passwd', join(root, 'beelden/link.jpg'));
  // A folder of real pictures elsewhere on the machine, linked into beelden/.
  const elsewhere = tempDir();
  writeFileSync(join(elsewhere, 'vakantie.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  symlinkSync(elsewhere, join(root, 'beelden/elders'));
  const rapportage = join(root, 'rapportages/rapportage-1.md');
  writeFileSync(
    rapportage,
    `${readFileSync(rapportage, 'utf8')}\n![a](/etc/passwd) ![b](../../../../../etc/hostname) ![c](../beelden/link.jpg) ![d](../beelden/elders/vakantie.jpg) ![e](file:///etc/passwd)\n`,
  );
  const result = spawnSync(process.execPath, ['--import', join(PROJECT, 'tests/helpers/record-reads.mjs'), BIN, 'check', '--format', 'json'], {
    cwd: root,
    env: cleanEnv({ EF_TEST_READS: reads }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.status, result.stderr).toBe(1);
  const rules = (JSON.parse(result.stdout) as { messages: Array<{ rule: string }> }).messages.map((m) => m.rule);
  expect(rules).toEqual(Array(5).fill('image-outside-beelden'));
  const opened = readFileSync(reads, 'utf8').split('\n').filter(Boolean);
  expect(opened.filter((path) => path.startsWith('/etc/') || path.startsWith(elsewhere))).toEqual([]);
}, 60_000);
