// Colour on a terminal only: never in a pipe, a file or CI logs unless asked for
// (FORCE_COLOR), never with NO_COLOR or --no-color.
import type { Io } from '../core/io.js';

/** Colour on a terminal, unless NO_COLOR or --no-color; FORCE_COLOR forces it on. */
export function useColor(options: { color?: boolean }, io: Io): boolean {
  if (options.color === false) return false;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}
