// Whether ef may ask questions: only with a person at a terminal on both ends.
import type { Io } from '../core/io.js';
import type { PromptStreams } from './prompt.js';

export function interactiveStreams(options: { input?: boolean }, io: Io): PromptStreams | undefined {
  if (options.input === false) return undefined;
  const stdin = io.stdin;
  const stdout = io.stdout as unknown as NodeJS.WritableStream & { isTTY?: boolean };
  if (!stdin || !('isTTY' in stdin) || stdin.isTTY !== true || stdout.isTTY !== true || typeof stdout.on !== 'function') return undefined;
  return { input: stdin, output: stdout };
}

/** Ctrl-C during a question: nothing was written, and the shell sees 130 (interrupted). */
export function reportCancelled(io: Io): number {
  io.stderr.write('\nAfgebroken: er is niets aangemaakt.\n');
  return 130;
}
