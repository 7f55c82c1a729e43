// Which template a new file starts from: the logbook's own, or the one built into ef.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../core/errors.js';
import { describeFsError } from '../load/read.js';
import type { Kind } from '../validate/schemas/kinds.js';

/** ef's own templates: `templates/` at the package root (next to `dist/` and `src/`). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The folder, next to ef.config.yaml, where a logbook keeps its own templates. */
export const LOGBOOK_TEMPLATES = 'templates';

export interface Template {
  readonly kind: Kind;
  /** Absolute path of the template file. */
  readonly path: string;
  /** `logboek` when the logbook overrides ef's template; its mistakes are the user's to fix. */
  readonly source: 'logboek' | 'ingebouwd';
  readonly text: string;
}

export function templateName(kind: Kind): string {
  return `${kind}.md`;
}

/** `<root>/templates/<kind>.md` when it exists, otherwise ef's built-in template. */
export async function resolveTemplate(kind: Kind, root: string | undefined): Promise<Template> {
  if (root !== undefined) {
    const own = join(root, LOGBOOK_TEMPLATES, templateName(kind));
    const text = await readIfExists(own);
    if (text !== undefined) return { kind, path: own, source: 'logboek', text };
  }
  const builtin = join(BUILTIN_TEMPLATES, templateName(kind));
  const text = await readIfExists(builtin);
  if (text === undefined) {
    throw new ConfigError(`Het ingebouwde sjabloon ${templateName(kind)} ontbreekt; ef is niet volledig geïnstalleerd.`, {
      hint: 'Installeer ef opnieuw (npm ci), of zet een eigen sjabloon in de map templates/ van het logboek.',
    });
  }
  return { kind, path: builtin, source: 'ingebouwd', text };
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    // CRLF from an editor on Windows becomes LF, as the loader does for logbook files.
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new ConfigError(`Het sjabloon ${path} kan niet worden gelezen (${describeFsError(error)}).`);
  }
}
