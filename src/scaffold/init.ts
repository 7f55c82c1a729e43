// ef init: a fresh logbook in a folder, valid from the first moment.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { InternalError } from '../errors.js';
import { parseYamlFile } from '../load/frontmatter.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { configSchema } from '../validate/schemas/config.js';
import { KINDS } from '../validate/schemas/kinds.js';
import { validateFrontmatter } from '../validate/validate-file.js';
import { initFiles, type InitAnswers, type InitFile } from './init-files.js';
import { BUILTIN_TEMPLATES, LOGBOOK_TEMPLATES, templateName } from './resolve-template.js';
import { FileExistsError, writeNewFile } from './write.js';
import { planEditor } from '../editor/generate.js';
import { chmod } from 'node:fs/promises';

export interface InitOptions {
  /** Where npm gets ef from in the new logbook's package.json. */
  readonly efSpec: string;
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
  const files = initFiles(answers, options.efSpec);
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

/**
 * Where the new logbook's package.json gets ef from: `--ef-bron` when given, else the
 * `repository` of this ef's own package.json, else this version from the npm registry.
 */
export async function defaultEfSpec(): Promise<{ readonly spec: string; readonly fromRegistry: boolean }> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
    repository?: string | { url?: string };
  };
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (repository) return { spec: repository, fromRegistry: false };
  return { spec: `^${pkg.version}`, fromRegistry: true };
}
