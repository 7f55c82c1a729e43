// Markdown files in the logbook that `ef` never reads: a `sessie/` typo, a nested
// `logbook/casussen/`, a subfolder of `sessies/`, a `.MD` extension, a stray note at
// the top. Without this warning such a logbook passes with "geen fouten".
import { lstat, readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { VFile } from 'vfile';
import { fileMessagesOf, type FileMessages } from '../../diagnostics/collect.js';
import { addMessage } from '../../diagnostics/messages.js';
import { FOLDERS, KINDS, type Kind } from '../../vocabulary/kinds.js';

/** Folders that hold no logbook files: ef's own output, templates, tools. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'reports', 'templates']);
const MAX_DEPTH = 6;
const MAX_ENTRIES = 20_000;

const KIND_OF_FOLDER = new Map<string, Kind>(KINDS.map((kind) => [FOLDERS[kind], kind]));

/** One warning (`file-ignored`) per Markdown file under `root` that discovery skips. */
export async function findStrayFiles(root: string, cwd: string): Promise<FileMessages[]> {
  const stray: string[] = [];
  let budget = MAX_ENTRIES;
  const walk = async (folder: string, depth: number): Promise<void> => {
    const kindFolder = depth === 1 && KIND_OF_FOLDER.has(relative(root, folder));
    const entries = kindFolder ? await kindFolderEntries(folder) : await entriesOf(folder);
    budget -= entries.length;
    const top = depth === 0;
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.has(entry.name) || depth + 1 > MAX_DEPTH || budget <= 0) continue;
        await walk(path, depth + 1);
      } else if (entry.isFile() && /\.md$/i.test(entry.name)) {
        if (top && /^readme\.md$/i.test(entry.name)) continue;
        // Read by ef: a `.md` file directly in a kind folder.
        if (kindFolder && entry.name.endsWith('.md')) continue;
        stray.push(path);
      }
    }
  };
  await walk(root, 0);
  const linked = stray.length > 0 ? await linkTargets(root) : new Set<string>();
  const unread = [];
  for (const path of stray) if (!linked.has(await realpath(path).catch(() => path))) unread.push(path);
  return unread.map((path) => {
    const file = new VFile({ path, cwd });
    addMessage(file, 'file-ignored', ignoredReason(root, path), { line: 1, column: 1 });
    return fileMessagesOf(file);
  });
}

/**
 * Files that a symbolic link in a kind folder points at: ef reads those through the
 * link. Only looked up when there is a candidate, so a clean logbook never pays for it.
 */
async function linkTargets(root: string): Promise<Set<string>> {
  const targets = new Set<string>();
  for (const kind of KINDS) {
    const folder = join(root, FOLDERS[kind]);
    for (const entry of await entriesOf(folder)) {
      if (!(entry as { isSymbolicLink?: () => boolean }).isSymbolicLink?.()) continue;
      try {
        targets.add(await realpath(join(folder, entry.name)));
      } catch {
        // A broken link: ef check reports it as unreadable.
      }
    }
  }
  return targets;
}

interface Entry {
  readonly name: string;
  isDirectory(): boolean;
  isFile(): boolean;
}

async function entriesOf(folder: string): Promise<Entry[]> {
  try {
    return await readdir(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * A kind folder may hold 100,000 sessions, all read by ef anyway: list only names
 * (no file types for each), and look closer only at the few that do not end in `.md`.
 */
async function kindFolderEntries(folder: string): Promise<Entry[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const entries: Entry[] = [];
  for (const name of names) {
    if (name.endsWith('.md') || name.startsWith('.') || name.startsWith('_')) continue;
    let info;
    try {
      info = await lstat(join(folder, name));
    } catch {
      continue;
    }
    entries.push({ name, isDirectory: () => info.isDirectory(), isFile: () => info.isFile() });
  }
  return entries;
}

function ignoredReason(root: string, path: string): string {
  const parts = relative(root, path).split(sep);
  const name = parts.at(-1)!;
  const base = name.replace(/\.md$/i, '');
  const folders = parts.slice(0, -1);
  const intro = 'ef leest dit bestand niet';
  const kind = folders.map(kindNear).find((found) => found !== undefined);
  if (kind) {
    const target = `${FOLDERS[kind]}/${base}.md`;
    if (folders.length === 1 && folders[0] === FOLDERS[kind]) {
      return `${intro}: alleen bestanden die op \`.md\` eindigen (kleine letters) tellen mee. Noem het \`${target}\`.`;
    }
    return `${intro}: ${kindName(kind)} horen direct in de map \`${FOLDERS[kind]}/\` van het logboek, niet in \`${folders.join('/')}/\`. Verplaats het naar \`${target}\`.`;
  }
  return (
    `${intro}: ef leest alleen bestanden direct in ${KINDS.map((k) => `\`${FOLDERS[k]}/\``).join(', ')}. ` +
    'Verplaats het naar de map van zijn soort, of zet een `_` voor de naam als ef het bewust moet overslaan.'
  );
}

/** The kind a folder name is meant for: its own name, or a near miss (`sessie`, `Sessies`, `casusen`). */
function kindNear(folder: string): Kind | undefined {
  const name = folder.toLowerCase();
  for (const kind of KINDS) {
    const wanted = FOLDERS[kind];
    if (name === wanted || name === kind || distance(name, wanted) <= 2) return kind;
  }
  return undefined;
}

function kindName(kind: Kind): string {
  return { casus: 'casussen', sessie: 'sessies', activiteit: 'activiteiten', portret: 'portretten', rapportage: 'rapportages' }[kind];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
