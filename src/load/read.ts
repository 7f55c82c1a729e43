// Bytes on disk → a VFile holding clean text, or a fatal message saying why not.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { VFile } from 'vfile';
import { formatGetal } from '../core/dutch.js';
import { addMessage } from '../diagnostics/messages.js';
import type { Discovered } from './discover.js';
import type { Limits } from './limits.js';
import { describeFsError } from './fs-errors.js';
import { describeFileType } from './real-path.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');

/** The raw outcome of reading a file, before any decoding. */
export type RawRead =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly stats: Stats }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'failed'; readonly error: unknown };

/** A file ef will not read, with the Dutch sentence that says why. */
export class RefusedFile extends Error {}

// Never through a symbolic link (a link is read only when discovery found that it leads
// to a file inside the logbook, and then by its real path), and never waiting: opening
// a FIFO without a writer would block forever, O_NONBLOCK returns at once. The flags
// that an OS lacks (Windows) are simply not set.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Reads a regular file's bytes unless it is larger than the limit; a FIFO, socket,
 * device, folder or symbolic link is refused without reading.
 * Synchronous on purpose: for thousands of small files one open/fstat/read/close
 * in a row is several times cheaper than the promise-based equivalent.
 */
export function readRaw(path: string, limits: Limits, scratch?: Scratch): RawRead {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      return { kind: 'failed', error: new RefusedFile(`Dit is ${describeFileType(stats)}, geen gewoon bestand. ef leest alleen gewone Markdown-bestanden.`) };
    }
    const size = stats.size;
    if (size > limits.maxFileBytes) return { kind: 'too-large', size };
    return { kind: 'bytes', bytes: readAll(fd, size, scratch), stats };
  } catch (error) {
    return { kind: 'failed', error };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a discovered logbook file: a refused entry is not opened at all; a link to a file inside the logbook is read by its real path. */
export function readEntry(entry: Discovered, limits: Limits, scratch?: Scratch): RawRead {
  if (entry.refused !== undefined) return { kind: 'failed', error: new RefusedFile(entry.refused) };
  return readRaw(entry.target ?? entry.path, limits, scratch);
}

/** Reads one logbook file. Never throws for a problem with the file itself. */
export function readLogbookFile(path: string, cwd: string, limits: Limits, raw = readRaw(path, limits)): VFile {
  const file = new VFile({ path, cwd });
  if (raw.kind === 'too-large') {
    addMessage(
      file,
      'file-too-large',
      `Dit bestand is ${formatKib(raw.size)} groot; de grens is ${formatKib(limits.maxFileBytes)}. ` +
        'Splits het bestand, of verhoog `limieten.bestandsgrootte_kb` in `ef.config.yaml` als het echt zo groot moet zijn.',
      undefined,
    );
  } else if (raw.kind === 'failed' && raw.error instanceof RefusedFile) {
    addMessage(file, 'read-failed', raw.error.message, undefined);
  } else if (raw.kind === 'failed') {
    addMessage(file, 'read-failed', `Dit bestand kan niet worden gelezen (${describeFsError(raw.error)}).`, undefined);
  } else {
    decodeInto(file, raw.bytes);
  }
  return file;
}

/** Decodes bytes as UTF-8 text with LF line endings and no BOM, or adds a fatal message. */
export function decodeInto(file: VFile, bytes: Uint8Array): void {
  if (bytes.length === 0) {
    addMessage(file, 'file-empty', 'Dit bestand is leeg. Vul het aan, of verwijder het.', undefined);
    return;
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    addMessage(
      file,
      'file-binary',
      'Dit is geen tekstbestand (het bevat NUL-tekens). Zet alleen Markdown-bestanden (.md) in de mappen van het logboek.',
      placeOfIndex(utf8Lossy.decode(bytes.subarray(0, nul)), nul),
    );
    return;
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const lossy = utf8Lossy.decode(bytes);
    addMessage(
      file,
      'file-encoding',
      'Dit bestand is niet in UTF-8 opgeslagen: dit teken kan niet worden gelezen. ' +
        'Sla het bestand op als UTF-8 (in VS Code: klik rechtsonder op de codering en kies "Save with Encoding" → UTF-8).',
      placeOfIndex(lossy, lossy.indexOf('\uFFFD')),
    );
    return;
  }
  // TextDecoder already drops a leading BOM; CR and CRLF become LF so that lines and
  // columns are the same whatever editor wrote the file.
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    addMessage(file, 'file-empty', 'Dit bestand bevat alleen witruimte. Vul het aan, of verwijder het.', undefined);
    return;
  }
  file.value = text;
}

/**
 * A reusable read buffer, for callers that only look at the bytes before the next
 * read (hashing thousands of files without allocating a buffer for each).
 */
export interface Scratch {
  buffer: Buffer;
}

function readAll(fd: number, size: number, scratch?: Scratch): Uint8Array {
  if (scratch && scratch.buffer.length < size) scratch.buffer = Buffer.allocUnsafe(Math.max(size, scratch.buffer.length * 2));
  const buffer = scratch ? scratch.buffer : Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const read = readSync(fd, buffer, offset, size - offset, null);
    if (read === 0) break;
    offset += read;
  }
  return buffer.subarray(0, offset);
}

function placeOfIndex(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, index));
  const lines = before.split(/\r\n?|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function formatKib(bytes: number): string {
  return `${formatGetal(Math.ceil(bytes / 1024))} kB`;
}

export { describeFsError } from './fs-errors.js';
