// The logo named in `huisstijl` must be a real SVG file inside beelden/.
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { addMessage } from '../../diagnostics/messages.js';
import type { CrossFileContext } from '../cross-file-context.js';

/** Largest logo ef reads (an SVG logo is a few kilobytes). */
export const LOGO_MAX_BYTES = 512 * 1024;

export function checkHuisstijl({ config, configFile }: CrossFileContext): void {
  const logo = config.huisstijl?.logo;
  if (logo === undefined) return;
  const problem = logoProblem(dirname(configFile.path), logo);
  if (problem === undefined) return;
  // The config's text may already be released after parsing: read it again to locate `logo:`.
  let text = '';
  try {
    text = readFileSync(configFile.path, 'utf8');
  } catch {
    // Located at the top then.
  }
  const index = text.split('\n').findIndex((line) => /^\s*logo\s*:/.test(line));
  addMessage(configFile, 'logo-missing', problem, { line: index === -1 ? 1 : index + 1, column: 1 });
}

/** Why the logo cannot be used, or undefined when it can. */
export function logoProblem(root: string, logo: string): string | undefined {
  const path = join(root, logo);
  let size: number;
  try {
    const stat = lstatSync(path);
    if (!stat.isFile() && !stat.isSymbolicLink()) return `Het logo ${logo} is geen bestand.`;
    // The real path counts: a link in beelden/ may not point outside it.
    const real = realpathSync(path);
    const beelden = realpathSync(join(root, 'beelden'));
    const inside = relative(beelden, real);
    if (inside.startsWith('..') || inside.split(sep)[0] === '..' || inside === '') return `Het logo ${logo} wijst naar een bestand buiten beelden/. Zet het logo zelf in beelden/.`;
    size = lstatSync(real).size;
  } catch {
    return `Het logo ${logo} bestaat niet. Zet het bestand in de map beelden/ van het logboek, of pas \`logo\` onder \`huisstijl\` aan.`;
  }
  if (size > LOGO_MAX_BYTES) return `Het logo ${logo} is ${Math.ceil(size / 1024)} kB; een logo mag hoogstens ${LOGO_MAX_BYTES / 1024} kB zijn.`;
  return undefined;
}
