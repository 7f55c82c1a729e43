// A report run killed in the middle of writing leaves the previous report intact:
// outputs are written to a temporary file next to the target and renamed.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BIN, PROJECT, cleanEnv, copyToTemp, efInProcess, tempDir } from '../helpers/ef.js';

it('a report killed mid-write leaves the previous report whole, and the next run cleans up', async () => {
  const root = copyToTemp(join(PROJECT, 'logbook'));
  const out = tempDir();
  expect((await efInProcess(['report', '--period', '2', '--out', out], { cwd: root })).code).toBe(0);
  const before = readFileSync(join(out, 'rapportage-2.md'), 'utf8');

  // Change the logbook so that the interrupted run would have written something else.
  const intro = join(root, 'rapportages/rapportage-2.md');
  writeFileSync(intro, readFileSync(intro, 'utf8').replace('## Inleiding', '## Inleiding\n\nEen nieuwe eerste alinea.'));

  const marker = join(tempDir(), 'stalled');
  const child = spawn(process.execPath, ['--import', join(PROJECT, 'tests/helpers/stall-write.mjs'), BIN, 'report', '--period', '2', '--out', out], {
    cwd: root,
    env: cleanEnv({ EF_TEST_STALL_MARKER: marker }),
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let waited = 0; !existsSync(marker) && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  expect(existsSync(marker), 'the child reached the write').toBe(true);
  const halfWritten = readFileSync(marker, 'utf8');
  expect(existsSync(halfWritten)).toBe(true);
  child.kill('SIGKILL');
  await exited;

  // Every finished output is still the old one; the half-written temporary file is not a report.
  expect(readFileSync(join(out, 'rapportage-2.md'), 'utf8')).toBe(before);
  expect(readdirSync(out).filter((name) => !name.startsWith('.')).sort()).toEqual(['rapportage-2-beelden', 'rapportage-2.md']);

  // The next run writes the new report and removes what the killed run left behind.
  expect((await efInProcess(['report', '--period', '2', '--out', out], { cwd: root })).code).toBe(0);
  expect(readFileSync(join(out, 'rapportage-2.md'), 'utf8')).toContain('Een nieuwe eerste alinea.');
  const leftovers = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? leftovers(join(dir, entry.name)) : entry.name.endsWith('.tmp') ? [entry.name] : [],
    );
  expect(leftovers(out)).toEqual([]);
}, 60_000);
