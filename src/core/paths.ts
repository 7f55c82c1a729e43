// How ef shows a path to a person: relative to where they ran ef, with forward slashes,
// so that it is clickable in a terminal and matches GitHub's annotations.
import { relative, sep } from 'node:path';

/** `path` relative to `cwd` with `/` separators; the folder itself is `.`. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}
