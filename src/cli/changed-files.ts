// `ef check --changed [REF]`: which files of the logbook changed since a Git ref, and
// which files refer to them, so that a pre-commit hook reports only what a commit
// touches. The whole logbook is still checked (cross-file rules need it; the cache
// makes that cheap): this only chooses which files are reported, from the facts that
// check already gathered (no file is read again here).
import { realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
import { CONFIG_NAME } from '../load/find-root.js';
import type { Facts } from '../validate/facts.js';
import { FOLDERS, KINDS, type Kind } from '../vocabulary/kinds.js';

export interface ChangedFiles {
  /** The config changed (or the repository has no commit yet): report every file. */
  readonly all: boolean;
  /** Absolute paths that changed, in the logbook or not, existing or deleted. */
  readonly paths: ReadonlySet<string>;
}

/**
 * Files changed since `ref`: the working tree (staged and unstaged) against the point
 * where `ref` and HEAD meet, plus untracked files that Git does not ignore. With the
 * default `HEAD` that is exactly what a commit would add.
 */
export function changedFiles(root: string, ref: string): ChangedFiles {
  const top = git(root, ['rev-parse', '--show-toplevel'], () => {
    throw new UsageError('--changed werkt alleen in een Git-repository, en dit logboek staat niet in een Git-repository.', {
      hint: 'Laat --changed weg om alles te controleren, of maak eerst een repository met `git init`.',
    });
  }).trim();

  const hasCommit = tryGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']) !== undefined;
  if (!hasCommit && ref === 'HEAD') return { all: true, paths: new Set() };
  if (tryGit(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) === undefined) {
    throw new UsageError(`Git kent "${ref}" niet: geef bij --changed een commit, branch of tag (bijvoorbeeld HEAD of origin/main).`, {
      hint: 'Zet paden vóór --changed, of schrijf --changed=REF: anders leest ef het eerste pad als REF.',
    });
  }

  // Git speaks in real paths; the logbook may have been reached through a symbolic link.
  const realRoot = realpathSync(root);
  const changed = new Set<string>();
  const diff = git(top, ['diff', '--name-only', '-z', '--no-renames', '--merge-base', ref, '--'], (error) => {
    throw new UsageError(`Git kon de wijzigingen sinds ${ref} niet geven: ${error}`);
  });
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '--full-name', '-z'], () => '');
  for (const name of [...diff.split('\0'), ...untracked.split('\0')]) {
    if (name === '') continue;
    const path = resolve(top, name);
    changed.add(path.startsWith(realRoot + sep) || path === realRoot ? join(root, relative(realRoot, path)) : path);
  }
  return { all: changed.has(join(root, CONFIG_NAME)), paths: changed };
}

/**
 * The files to report for a set of changed paths: the changed files of the logbook and
 * the files whose cross-file messages they can change, found in the facts of the run.
 */
export function selectChanged(root: string, changed: ReadonlySet<string>, facts: readonly Facts[]): string[] {
  const existing = new Set(facts.map((file) => file.path));
  const touched: Array<{ kind: Kind; id: string; path: string }> = [];
  for (const path of changed) {
    const where = kindOf(root, path);
    if (where) touched.push({ ...where, path });
  }
  const selected = new Set(touched.map((file) => file.path).filter((path) => existing.has(path)));

  // A case: every session that names it (it may now point at nothing, or at something new).
  const casussen = new Set(touched.filter((file) => file.kind === 'casus').map((file) => file.id));
  // A rapportage: every rapportage (numbers are unique, periods must not overlap).
  const rapportages = touched.some((file) => file.kind === 'rapportage');
  // Any file: others of its kind whose name differs only in letter case.
  const lowered = new Set(touched.map((file) => `${file.kind}/${file.id.toLowerCase()}`));
  for (const file of facts) {
    if (lowered.has(`${file.kind}/${file.id.toLowerCase()}`)) selected.add(file.path);
    if (rapportages && file.kind === 'rapportage') selected.add(file.path);
    if (file.kind === 'sessie' && file.casus !== undefined && casussen.has(file.casus.trim())) selected.add(file.path);
  }
  return [...selected].sort();
}

function kindOf(root: string, path: string): { kind: Kind; id: string } | undefined {
  const parts = relative(root, path).split(sep);
  if (parts.length !== 2 || !parts[1]!.endsWith('.md')) return undefined;
  const kind = KINDS.find((k) => FOLDERS[k] === parts[0]);
  return kind ? { kind, id: parts[1]!.slice(0, -3) } : undefined;
}

/**
 * Node's child_process, loaded on first use: only `--changed` runs git, and loading it
 * (with net, dgram and their streams) was a few per cent of a small check's start-up.
 */
const childProcess = () => process.getBuiltinModule('node:child_process');

function git(cwd: string, args: readonly string[], onError: (message: string) => string): string {
  try {
    return childProcess().execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    return onError(stderr || (error as Error).message);
  }
}

function tryGit(cwd: string, args: readonly string[]): string | undefined {
  try {
    return childProcess().execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}
