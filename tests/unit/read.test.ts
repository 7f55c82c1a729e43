// Reading one file, below discovery: whoever calls readRaw directly (the config, a
// changed file, a scaffold context) never blocks on a FIFO and never reads through a
// symbolic link; the reason becomes a located `read-failed` message.
import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { readLogbookFile, readRaw } from '../../src/load/read.js';
import { tempDir } from '../helpers/ef.js';

function messageOf(path: string): string | undefined {
  const file = readLogbookFile(path, tempDir(), DEFAULT_LIMITS);
  expect(file.value).toBeUndefined();
  return file.messages.map((m) => `${m.ruleId}: ${m.reason}`)[0];
}

describe.runIf(process.platform !== 'win32')('readRaw', () => {
  it('reads a plain file', () => {
    const path = join(tempDir(), 'gewoon.md');
    writeFileSync(path, 'tekst\n');
    const raw = readRaw(path, DEFAULT_LIMITS);
    expect(raw.kind === 'bytes' && Buffer.from(raw.bytes).toString()).toBe('tekst\n');
  });

  it('returns at once for a FIFO nobody writes to, and refuses it', () => {
    const path = join(tempDir(), 'pijp.md');
    if (spawnSync('mkfifo', [path]).status !== 0) return; // no mkfifo here: nothing to test
    expect(messageOf(path)).toBe('read-failed: Dit is een named pipe (FIFO), geen gewoon bestand. ef leest alleen gewone Markdown-bestanden.');
  });

  it('refuses a device', () => {
    expect(messageOf('/dev/zero')).toBe('read-failed: Dit is een apparaat (device), geen gewoon bestand. ef leest alleen gewone Markdown-bestanden.');
  });

  it('does not read through a symbolic link, even to a plain file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'doel.md'), 'geheim\n');
    symlinkSync('doel.md', join(dir, 'koppeling.md'));
    expect(messageOf(join(dir, 'koppeling.md'))).toBe(
      'read-failed: Dit bestand kan niet worden gelezen (het is een symbolische koppeling (symlink); ef volgt die hier niet).',
    );
  });
});
