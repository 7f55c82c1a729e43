// The lock on an output folder: one run at a time writes into a folder, so that a
// report never points at a chart another run has just removed. The lock is a file
// holding the owner's process id, made with O_EXCL; a lock whose process is gone is
// taken over, a live one is waited for (briefly) and then refused in Dutch.
import type { Stats } from 'node:fs';
import { link, lstat, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EnvironmentError, UsageError } from '../core/errors.js';
import { escapeControls } from '../core/escape.js';
import { isRunning, tempNameFor } from '../core/atomic.js';

export interface LockOptions {
  /** How long to wait for another run that is writing into the same folder (ms). */
  readonly lockWaitMs?: number;
  /** Told once, with the other run's process id, when ef starts waiting for it. */
  readonly onWait?: (pid: number | undefined) => void;
}

/** Long enough for another run to finish a PDF, short enough for CI to fail clearly. */
const LOCK_WAIT_MS = 60_000;

export const LOCK_NAME = '.ef-lock';

/** Takes the folder's lock, waiting for another run that holds it; returns the release. */
export async function lockFolder(dir: string, options: LockOptions): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_NAME);
  const mine = `${process.pid}\n`;
  const waitMs = options.lockWaitMs ?? LOCK_WAIT_MS;
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      await writeFile(path, mine, { flag: 'wx' });
      return () => releaseLock(path, mine);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readLock(path);
    if (holder === undefined) continue; // released just now: try again
    if (holder.stale) {
      await breakLock(path, holder.text);
      continue;
    }
    if (Date.now() - started >= waitMs) {
      throw new EnvironmentError(
        `Een andere run van ef${holder.pid === undefined ? '' : ` (proces ${holder.pid})`} schrijft nu in ${escapeControls(dir)}.`,
        {
          hint:
            'Wacht tot die klaar is en probeer het dan opnieuw. Draait er geen ef meer, ' +
            `verwijder dan ${escapeControls(path)}.`,
        },
      );
    }
    if (!told) options.onWait?.(holder.pid);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface LockHolder {
  readonly text: string;
  readonly pid: number | undefined;
  readonly stale: boolean;
}

// A lock file without a process id is being written at this very moment; only when it
// stays that way this long did its writer die in between.
const UNREADABLE_LOCK_MS = 10_000;

async function readLock(path: string): Promise<LockHolder | undefined> {
  let stats: Stats;
  try {
    stats = await lstat(path);
  } catch {
    return undefined;
  }
  if (stats.isDirectory()) {
    throw new UsageError(`${escapeControls(path)} is een map; ef gebruikt die naam om de map te vergrendelen. Haal de map weg.`);
  }
  // A link or something else in the lock's place is no lock of ef: take it over (removing it removes only the link).
  if (!stats.isFile()) return { text: '', pid: undefined, stale: true };
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const pid = /^\d+\n$/.test(text) ? Number(text.trim()) : undefined;
  const stale = pid !== undefined ? !isRunning(pid) : Date.now() - stats.mtimeMs > UNREADABLE_LOCK_MS;
  return { text, pid, stale };
}

/**
 * Removes a stale lock without removing a fresh one that another run made in the
 * meantime: move it aside (only one run can), then look at what was moved.
 */
async function breakLock(path: string, staleText: string): Promise<void> {
  const aside = tempNameFor(path);
  try {
    await rename(path, aside);
  } catch {
    return; // someone else took it over first
  }
  const movedStats = await lstat(aside).catch(() => undefined);
  if (!movedStats?.isFile()) {
    await rm(aside, { force: true });
    return;
  }
  const moved = await readFile(aside, 'utf8').catch(() => staleText);
  // A fresh lock was moved by mistake: put it back, unless yet another run holds one now.
  if (moved !== staleText) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

async function releaseLock(path: string, mine: string): Promise<void> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === mine) await rm(path, { force: true });
}
