// Every file of the editor support, as text: the JSON Schemas, VS Code's settings,
// extensions and tasks, Front Matter CMS's frontmatter.json and the pre-commit hook.
// Files a person may have edited (settings, extensions, tasks) are merged, not replaced.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Config } from '../validate/schemas/config.js';
import { frontMatterConfig } from './front-matter.js';
import { jsonSchemas, schemaFileName, SCHEMA_KINDS } from './json-schema.js';
import { vscodeExtensions, vscodeSettings, vscodeTasks } from './vscode.js';

export const SCHEMA_DIR = '.vscode/ef-schemas';
export const HOOK_PATH = '.githooks/pre-commit';

export interface EditorFile {
  /** Relative to the workspace, with `/`. */
  readonly path: string;
  readonly text: string;
  /** A script (the Git hook). */
  readonly executable?: boolean;
  /** Written only when it is not there yet (a hook someone changed stays theirs). */
  readonly onlyIfMissing?: boolean;
}

export interface EditorInput {
  readonly config: Pick<Config, 'team' | 'rollen'>;
  /** The logbook folder relative to the workspace, with `/` (`` when they are the same). */
  readonly logbookPath: string;
  /** Case ids now in the logbook (the pick-list of a session's `casus`). */
  readonly casussen: readonly string[];
  /** The current text of a workspace file, to merge into; undefined when there is none. */
  readonly existing?: (path: string) => string | undefined;
}

export interface EditorPlan {
  readonly files: readonly EditorFile[];
  /** Files that could not be merged (not plain JSON) and are left alone, with the reason. */
  readonly skipped: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
}

export function planEditor(input: EditorInput): EditorPlan {
  const schemas = jsonSchemas(input.config);
  const files: EditorFile[] = SCHEMA_KINDS.map((kind) => ({ path: `${SCHEMA_DIR}/${schemaFileName(kind)}`, text: json(schemas[kind]) }));
  const skipped: Array<{ path: string; reason: string }> = [];
  const existing = input.existing ?? (() => undefined);

  const merge = (path: string, ours: Record<string, unknown>, combine: (theirs: Record<string, unknown>) => Record<string, unknown>) => {
    const current = existing(path);
    if (current === undefined) return files.push({ path, text: json(ours) });
    let theirs: unknown;
    try {
      theirs = JSON.parse(current);
    } catch {
      skipped.push({ path, reason: 'het is geen gewone JSON (staat er commentaar in?)' });
      return undefined;
    }
    if (!theirs || typeof theirs !== 'object' || Array.isArray(theirs)) {
      skipped.push({ path, reason: 'het is geen JSON-object' });
      return undefined;
    }
    return files.push({ path, text: json(combine(theirs as Record<string, unknown>)) });
  };

  const settings = vscodeSettings({ schemaDir: SCHEMA_DIR, logbookPath: input.logbookPath });
  merge('.vscode/settings.json', settings, (theirs) => ({ ...theirs, ...settings }));

  const extensions = vscodeExtensions();
  merge('.vscode/extensions.json', extensions, (theirs) => {
    const before = Array.isArray(theirs['recommendations']) ? (theirs['recommendations'] as unknown[]) : [];
    const ours = extensions['recommendations'] as string[];
    return { ...theirs, recommendations: [...before.filter((id) => !ours.includes(id as string)), ...ours] };
  });

  const tasks = vscodeTasks();
  merge('.vscode/tasks.json', tasks, (theirs) => {
    const labels = new Set(tasks.tasks.map((task) => (task as { label: string }).label));
    const before = Array.isArray(theirs['tasks']) ? (theirs['tasks'] as Array<{ label?: unknown }>) : [];
    return { ...theirs, version: '2.0.0', tasks: [...before.filter((task) => !labels.has(String(task.label))), ...tasks.tasks] };
  });

  files.push({ path: 'frontmatter.json', text: json(frontMatterConfig({ schemas, config: input.config, casussen: input.casussen, logbookPath: input.logbookPath })) });
  files.push({ path: HOOK_PATH, text: PRE_COMMIT, executable: true, onlyIfMissing: true });
  return { files, skipped };
}

/**
 * The folder VS Code opens: the top of the Git repository that holds the logbook
 * (the nearest folder upwards with `.git`), or else the logbook folder itself.
 */
export function defaultWorkspace(root: string): string {
  let dir = root;
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return root;
    dir = parent;
  }
}

export function logbookPathFrom(workspace: string, root: string): string {
  return relative(workspace, root).split(sep).join('/');
}

export function readIfFile(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export const PRE_COMMIT = `#!/bin/sh
# ef: controleer vóór elke commit de bestanden van het logboek die de commit verandert.
#
# Eenmalig aanzetten, in de map van de repository:
#   git config core.hooksPath .githooks
# Eén keer overslaan (liever niet):
#   git commit --no-verify
if ! npx --no-install ef --version >/dev/null 2>&1; then
  echo "ef is hier nog niet geïnstalleerd: typ eerst npm ci (of npm install)." >&2
  exit 1
fi
if ! npx --no-install ef check --changed; then
  echo "" >&2
  echo "De commit is tegengehouden: los de fouten hierboven op en probeer het opnieuw." >&2
  exit 1
fi
`;
