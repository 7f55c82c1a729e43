// Finding a file that is already there under another letter case, before ef makes a new one.
import { readdir } from 'node:fs/promises';

/**
 * A file in `folder` whose name equals `name` apart from letter case. Windows and macOS
 * treat those as the same file, and `ef check` refuses such pairs.
 */
export async function findExisting(folder: string, name: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return undefined;
  }
  const wanted = name.toLowerCase();
  const exact = names.find((candidate) => candidate === name);
  return exact ?? names.find((candidate) => candidate.toLowerCase() === wanted);
}
