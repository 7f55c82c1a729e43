// Flattens the messages of many files into one sorted list for the reporters.
import type { VFile } from 'vfile';
import { fixOf, severityOf, type Severity } from './messages.js';
import { displayPath } from '../core/paths.js';

/** One message, plain and serialisable (it may come from a worker or the cache). */
export interface MessageRecord {
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
  /** What `ef fix` does about it, when it repairs this message. */
  readonly fix?: string;
}

export interface FileMessages {
  /** Absolute path. */
  readonly path: string;
  readonly messages: readonly MessageRecord[];
}

export interface FlatMessage extends MessageRecord {
  readonly file: string;
}

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly messages: readonly FlatMessage[];
}

export function recordsOf(file: VFile): MessageRecord[] {
  return file.messages.map((message) => ({
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: severityOf(message.fatal),
    rule: message.ruleId ?? 'onbekend',
    message: message.reason,
    ...(fixOf(message) === undefined ? {} : { fix: fixOf(message) }),
  }));
}

export function fileMessagesOf(file: VFile): FileMessages {
  return { path: file.path, messages: recordsOf(file) };
}

/** Paths are relative to `cwd` with forward slashes on every OS. */
export function collectMessages(files: readonly FileMessages[], cwd: string, checked: number): Summary {
  const messages: FlatMessage[] = [];
  for (const file of files) {
    const path = displayPath(file.path, cwd);
    for (const message of file.messages) messages.push({ file: path, ...message });
  }
  messages.sort(
    (a, b) =>
      compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.rule, b.rule) || compare(a.message, b.message),
  );
  const count = (severity: Severity) => messages.filter((m) => m.severity === severity).length;
  return { files: checked, errors: count('error'), warnings: count('warning'), infos: count('info'), messages };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
