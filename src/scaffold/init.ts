// ef init: a fresh logbook in a folder, valid from the first moment.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { VFile } from 'vfile';
import { InternalError, UsageError } from '../core/errors.js';
import { parseYamlFile } from '../load/frontmatter.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { configSchema } from '../validate/schemas/config.js';
import { KINDS } from '../validate/schemas/kinds.js';
import { validateFrontmatter } from '../validate/validate-file.js';
import { initFiles, type EfDependency, type InitAnswers, type InitFile } from './init-files.js';
import type { WorkflowKind } from './init-workflow.js';
import { BUILTIN_TEMPLATES, LOGBOOK_TEMPLATES, templateName } from './resolve-template.js';
import { FileExistsError, writeNewFile } from '../core/atomic.js';
import { planEditor } from '../editor/generate.js';
import { chmod, stat } from 'node:fs/promises';

export interface InitOptions {
  /** Where npm gets ef from in the new logbook's package.json. */
  readonly ef: EfDependency;
  /** Which GitHub workflow to write (default: npm). */
  readonly workflow?: WorkflowKind;
  /** Also copy ef's templates into the logbook's own `templates/` folder. */
  readonly templates?: boolean;
}

export interface InitResult {
  readonly created: readonly string[];
  /** Files that already existed and were left alone (only with --force). */
  readonly kept: readonly string[];
}

/** Entries of `dir` that make it "not empty"; a bare `.git` (a fresh repository) does not count. */
export async function occupants(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name !== '.git');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Every file of the new logbook, with the config checked by the same schema as `ef check` uses. */
export async function planInit(answers: InitAnswers, options: InitOptions): Promise<InitFile[]> {
  const files = initFiles(answers, { ef: options.ef, workflow: options.workflow ?? 'npm' });
  const config = files.find((file) => file.path === 'ef.config.yaml')!;
  const vfile = new VFile({ path: 'ef.config.yaml', value: config.text });
  const parsed = parseYamlFile(vfile, DEFAULT_LIMITS);
  if (!parsed || validateFrontmatter(vfile, parsed, configSchema) === undefined) {
    throw new InternalError(`ef init maakte een ef.config.yaml die niet klopt: ${vfile.messages.map((m) => m.reason).join(' ')}`);
  }
  // Editor support (Front Matter CMS forms, VS Code settings, tasks, schemas, the Git hook):
  // the logbook folder is the folder VS Code opens. init's own settings are merged in.
  const editor = planEditor({
    config: { team: answers.team.map((naam) => ({ naam })), rollen: [] },
    logbookPath: '',
    casussen: [],
    existing: (path) => files.find((file) => file.path === path)?.text,
  });
  for (const file of editor.files) {
    const index = files.findIndex((existing) => existing.path === file.path);
    if (index === -1) files.push(file);
    else files[index] = file;
  }
  if (options.templates === true) {
    for (const kind of KINDS) {
      const text = await readFile(join(BUILTIN_TEMPLATES, templateName(kind)), 'utf8');
      files.push({ path: `${LOGBOOK_TEMPLATES}/${templateName(kind)}`, text });
    }
  }
  return files;
}

/** Writes each file that does not exist yet; an existing file is never touched. */
export async function writeInit(dir: string, files: readonly InitFile[]): Promise<InitResult> {
  const created: string[] = [];
  const kept: string[] = [];
  for (const file of files) {
    try {
      await writeNewFile(join(dir, ...file.path.split('/')), file.text);
      if (file.executable === true) await chmod(join(dir, ...file.path.split('/')), 0o755);
      created.push(file.path);
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      kept.push(file.path);
    }
  }
  return { created, kept };
}

/** This ef's own package name and version (from its package.json). */
export async function ownPackage(): Promise<{ readonly name: string; readonly version: string }> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

export interface EfSource extends EfDependency {
  /** True when npm will fetch ef from the registry (no --ef-bron, or a version). */
  readonly fromRegistry: boolean;
}

/**
 * Where the new logbook's package.json gets ef from. Without --ef-bron: this very
 * package by name, `~version` (patch releases only), from the npm registry. With
 * --ef-bron: a version or range, a Git URL, or a tarball or folder on disk. A path is
 * resolved from where ef runs and written relative to the new logbook, as `file:`.
 */
export async function efSource(bron: string | undefined, cwd: string, logbookDir: string): Promise<EfSource> {
  const own = await ownPackage();
  if (bron === undefined) return { name: own.name, spec: `~${own.version}`, fromRegistry: true };
  const value = bron.trim();
  if (isVersionRange(value)) return { name: own.name, spec: value, fromRegistry: true };
  if (isRemote(value)) return { name: own.name, spec: value, fromRegistry: false };
  const path = resolve(cwd, value.replace(/^file:/, ''));
  try {
    await stat(path);
  } catch {
    throw new UsageError(`--ef-bron ${value}: dat bestand of die map bestaat niet. Er is niets aangemaakt.`, {
      hint: 'Geef een versie (1.0.0), een Git-adres (git+https://…) of het pad van een tarball uit npm pack.',
    });
  }
  const relativePath = relative(logbookDir, path).split(sep).join('/');
  return { name: own.name, spec: `file:${relativePath.startsWith('.') ? relativePath : `./${relativePath}`}`, fromRegistry: false };
}

function isVersionRange(value: string): boolean {
  return /^(latest|next|[~^<>=]*\s*v?\d+(\.(\d+|x|\*))*(-[0-9A-Za-z.-]+)?)$/.test(value);
}

function isRemote(value: string): boolean {
  return /^(git\+|git:|git@|github:|gitlab:|bitbucket:|https?:)/.test(value);
}
