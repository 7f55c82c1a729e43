// From PARALLEL_THRESHOLD (1,500) files on, ef check spreads the files over worker threads. That path only
// exists in the built binary (the worker is dist/cli/check-worker.js), so it is run
// as a process, and compared with the same check on one thread in this process.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARALLEL_THRESHOLD } from '../../src/validate/parallel.js';
import { cleanEnv, copyToTemp, ef, efInProcess, fixture } from '../helpers/ef.js';

/** Sessions to write: with the case and the first session, just over the threshold. */
const FILES = PARALLEL_THRESHOLD;

/** valid-minimal with FILES sessions; every hundredth has an unknown kind of session. */
function largeLogbook(): string {
  const root = copyToTemp(fixture('valid-minimal'));
  const session = readFileSync(join(root, 'sessies/2021-03-04-moestuin.md'), 'utf8');
  for (let index = 0; index < FILES; index += 1) {
    const day = new Date(Date.UTC(2015, 0, 1 + index)).toISOString().slice(0, 10);
    let text = session.replace('datum: 2021-03-04', `datum: ${day}`).replace('titel: Moestuin in de wijk', `titel: Sessie ${index}`);
    if (index % 100 === 0) text = text.replace('soort: interactief', 'soort: interactieff');
    writeFileSync(join(root, `sessies/${day}-sessie-${index}.md`), text);
  }
  return root;
}

describe('ef check on a large logbook', () => {
  it('gives the same messages on worker threads as on one thread', async () => {
    const root = largeLogbook();
    const threaded = ef(['check', '--format', 'json', '--no-cache'], { cwd: root, env: cleanEnv({ EF_THREADS: '2' }) });
    const single = await efInProcess(['check', '--format', 'json', '--no-cache'], { cwd: root, env: cleanEnv({ EF_THREADS: '1' }) });
    expect(threaded.stderr).toBe('');
    expect(threaded.code).toBe(1);
    expect(single.code).toBe(1);
    const json = JSON.parse(threaded.stdout) as { files: number; messages: Array<{ file: string; rule: string }> };
    // The sessions, the first session, the case and ef.config.yaml.
    expect(json.files).toBe(FILES + 3);
    expect(json.messages.filter((m) => m.rule === 'schema-enum')).toHaveLength(FILES / 100);
    expect(threaded.stdout).toBe(single.stdout);
  }, 60_000);
});
