// Two hosts for the same commands: the built binary as a child process, and run() in-process.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(PROJECT, 'bin/ef');
export const FIXTURES = join(PROJECT, 'tests/fixtures');

export interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A clean, colourless environment so that output does not depend on the machine. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', TZ: 'UTC', LANG: 'C' };
  if (process.env['HOME']) env['HOME'] = process.env['HOME'];
  return { ...env, ...extra };
}

/** Runs the built `bin/ef` as a real process. */
export function ef(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Result {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? PROJECT,
    env: options.env ?? cleanEnv(),
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the same command in this process through run(). */
export async function efInProcess(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv: args,
    cwd: options.cwd ?? PROJECT,
    env: options.env ?? cleanEnv(),
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
  });
  return { code, stdout, stderr };
}

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** A private copy of a fixture (or of any folder) for commands that write. */
export function copyToTemp(source: string): string {
  const target = join(tempDir(), 'logboek');
  cpSync(source, target, { recursive: true });
  return target;
}

// Every temporary folder a test file makes is removed when that file's tests are done:
// tests/helpers/setup.ts calls this after each file (test files share this module when
// vitest runs them without isolation, so a hook registered here would run only once).
const made: string[] = [];
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function tempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'ef-test-')));
  made.push(dir);
  return dir;
}

/** `--format json` output of `ef check`, parsed. */
export interface CheckJson {
  files: number;
  errors: number;
  warnings: number;
  messages: Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }>;
}

/** `ef check --format json` in this process, its output parsed. */
export async function checkJson(cwd: string, args: readonly string[] = []): Promise<{ code: number; json: CheckJson; stderr: string }> {
  const result = await efInProcess(['check', '--format', 'json', ...args], { cwd });
  return { code: result.code, json: JSON.parse(result.stdout) as CheckJson, stderr: result.stderr };
}
