// A complete draft → a new file on disk, from its template, valid before it is written.
import { basename, dirname, join } from 'node:path';
import { makeSchemas, type Kind } from '../validate/schemas/kinds.js';
import type { ScaffoldContext } from './context.js';
import { frontmatterValues, relativeFilePath, type Draft } from './draft.js';
import { nextSteps } from './next-steps.js';
import { displayPath } from '../core/paths.js';
import { renderTemplate } from './render-template.js';
import { resolveTemplate } from './resolve-template.js';
import { FileExistsError, writeNewFile } from '../core/atomic.js';
import { findExisting } from './find-existing.js';

export type CreateResult =
  | { readonly status: 'created'; readonly path: string; readonly shown: string; readonly steps: readonly string[] }
  /** Nothing was written: `existing` (shown relative to cwd) is in the way. */
  | { readonly status: 'exists'; readonly path: string; readonly shown: string; readonly existing: string };

export interface CreateOptions {
  readonly force?: boolean | undefined;
}

// Where a key the template lacks is inserted: a session names its case near the top,
// as the files in the embedded logbook do; otherwise the schema's order.
const PREFERRED_ORDER: Partial<Record<Kind, readonly string[]>> = {
  sessie: ['titel', 'datum', 'soort', 'casus', 'begeleiding'],
};

function keyOrder(kind: Kind, schemaKeys: readonly string[]): string[] {
  const preferred = PREFERRED_ORDER[kind] ?? [];
  return [...preferred, ...schemaKeys.filter((key) => !preferred.includes(key))];
}

export async function createFile(kind: Kind, draft: Draft, context: ScaffoldContext, options: CreateOptions = {}): Promise<CreateResult> {
  const path = join(context.root, relativeFilePath(kind, draft));
  const shown = displayPath(path, context.cwd);
  const folder = dirname(path);

  // A name that differs only in letter case is the same file on Windows and macOS,
  // so even --force does not replace it with a differently spelled one.
  const existing = await findExisting(folder, basename(path));
  if (existing !== undefined && !(options.force === true && existing === basename(path))) {
    return { status: 'exists', path, shown, existing: displayPath(join(folder, existing), context.cwd) };
  }

  const schema = makeSchemas(context.config)[kind];
  const rendered = renderTemplate({
    template: await resolveTemplate(kind, context.root),
    values: frontmatterValues(kind, draft),
    keyOrder: keyOrder(kind, Object.keys(schema.shape)),
    schema,
    referenceKeys: ['casus'],
    path,
    cwd: context.cwd,
  });

  try {
    await writeNewFile(path, rendered.text, { force: options.force === true });
  } catch (error) {
    if (error instanceof FileExistsError) return { status: 'exists', path, shown, existing: shown };
    throw error;
  }
  return { status: 'created', path, shown, steps: nextSteps(kind, draft, rendered.frontmatter, context) };
}
