// Photos and drawings of a logbook: they live in `beelden/` and are referenced with
// standard Markdown from any body, `![Het team](../beelden/team.jpg "Foto: gemeente Delft")`.
// This module reads such a file (always inside `beelden/`, real path checked, no
// symbolic link out; where a reference points is verwijzing.ts), checks it and makes
// the copy that goes into a report: metadata stripped, SVG made safe.
import { closeSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { BeeldFout, EXTENSIONS, rasterSize, sniff, svgSize, type Afmeting, type BeeldSoort } from './format.js';
import { stripMetadata } from './strip.js';
import { sanitizedSvgStartTag, sanitizeSvg } from './svg.js';
import { BEELDEN, type BeeldProbleem, type BeeldRegel } from './verwijzing.js';

export { BEELDEN, formatGrootte, GROOT, INTERN, isIntern, verwijzing, type BeeldProbleem, type BeeldRegel, type Verwijzing } from './verwijzing.js';

/** Past this size an image is not read at all. */
export const TE_GROOT = 40 * 1024 * 1024;

export interface GelezenBeeld {
  readonly pad: string;
  readonly soort: BeeldSoort;
  /** The copy for the reports: metadata stripped, SVG sanitised. */
  readonly bytes: Uint8Array;
  /** Size as shown, in pixels (SVG: its own units). */
  readonly afmeting: Afmeting;
  /** Size of the file in the logbook, in bytes. */
  readonly grootte: number;
}

export type Gelezen = { readonly beeld: GelezenBeeld } | { readonly probleem: BeeldProbleem };

/** What `ef check` needs of an image: all of `GelezenBeeld` but the copy. */
export type Gekeurd = { readonly beeld: Omit<GelezenBeeld, 'bytes'> } | { readonly probleem: BeeldProbleem };

/** Reads and checks `beelden/…` of the logbook at `root` and makes its safe copy. */
export function leesBeeld(root: string, pad: string): Gelezen {
  const read = readChecked(root, pad);
  if ('probleem' in read) return read;
  const { soort, bytes } = read;
  return unlessDamaged(pad, () => {
    if (soort === 'svg') {
      const svg = sanitizeSvg(Buffer.from(bytes).toString('utf8'));
      const afmeting = svgSize(svg);
      return afmeting ? { beeld: { pad, soort, bytes: Buffer.from(svg, 'utf8'), afmeting, grootte: bytes.length } } : sizeless(pad);
    }
    const afmeting = rasterSize(soort, bytes);
    return { beeld: { pad, soort, bytes: stripMetadata(soort, bytes), afmeting, grootte: bytes.length } };
  });
}

/**
 * Checks `beelden/…` as `leesBeeld` does, to the same verdict, without making the copy
 * (no metadata stripped, no drawing written out): what `ef check` needs.
 */
export function keurBeeld(root: string, pad: string): Gekeurd {
  const read = readChecked(root, pad);
  if ('probleem' in read) return read;
  const { soort, bytes } = read;
  return unlessDamaged(pad, () => {
    const afmeting = soort === 'svg' ? svgSize(sanitizedSvgStartTag(Buffer.from(bytes).toString('utf8'))) : rasterSize(soort, bytes);
    return afmeting ? { beeld: { pad, soort, afmeting, grootte: bytes.length } } : sizeless(pad);
  });
}

function sizeless(pad: string): { readonly probleem: BeeldProbleem } {
  return fail('image-corrupt', `De SVG-tekening ${pad} zegt niet hoe groot ze is: geef <svg> een viewBox of een width en height.`);
}

/** What `look` makes of the picture, or the damage it found (a BeeldFout) as a problem. */
function unlessDamaged<T>(pad: string, look: () => T): T | { readonly probleem: BeeldProbleem } {
  try {
    return look();
  } catch (error) {
    if (error instanceof BeeldFout) return fail('image-corrupt', `${pad} kan niet worden gebruikt: ${error.message}.`);
    throw error;
  }
}

type Checked = { readonly soort: BeeldSoort; readonly bytes: Uint8Array } | { readonly probleem: BeeldProbleem };

const fail = (regel: BeeldRegel, reden: string): { probleem: BeeldProbleem } => ({ probleem: { regel, reden } });

/** The image's bytes and kind after every check but its contents: the name, where it really is, its size, its first bytes. */
function readChecked(root: string, pad: string): Checked {
  const extension = /\.([A-Za-z0-9]+)$/.exec(pad)?.[1]?.toLowerCase() ?? '';
  const expected = EXTENSIONS[extension];
  if (!expected) {
    return fail('image-unsupported', `${pad} is geen JPEG, PNG, WebP of SVG (de bestandsnaam eindigt niet op .jpg, .jpeg, .png, .webp of .svg).`);
  }
  let real: string;
  let folder: string;
  try {
    const realRoot = realpathSync(root);
    folder = realpathSync(join(root, BEELDEN));
    // The folder itself must be the logbook's own, not a link to somewhere else.
    if (folder !== join(realRoot, BEELDEN)) return fail('image-outside-beelden', `De map ${BEELDEN}/ is een verwijzing naar een andere plek; ef leest alleen beelden die echt in het logboek staan.`);
    real = realpathSync(join(root, ...pad.split('/')));
  } catch {
    return fail('image-missing', `Het bestand ${pad} bestaat niet. Controleer de naam (hoofdletters tellen mee) en of het in ${BEELDEN}/ staat.`);
  }
  if (!real.startsWith(folder + sep)) {
    return fail('image-outside-beelden', `${pad} is een verwijzing naar een bestand buiten ${BEELDEN}/; ef leest alleen beelden die echt in het logboek staan.`);
  }
  let bytes: Uint8Array;
  try {
    const read = readLimited(real);
    if (read === 'geen-bestand') return fail('image-missing', `${pad} is geen bestand.`);
    if (read === 'te-groot') return fail('image-unsupported', `${pad} is groter dan ${TE_GROOT / 1024 / 1024} MB; maak het beeld kleiner.`);
    bytes = read;
  } catch {
    return fail('image-missing', `Het bestand ${pad} kan niet worden gelezen.`);
  }
  const soort = sniff(bytes);
  if (!soort) return fail('image-corrupt', `${pad} is geen ${NAMEN[expected]}-bestand (leeg, beschadigd of een ander soort bestand).`);
  if (soort !== expected) return fail('image-corrupt', `${pad} heet .${extension} maar is een ${NAMEN[soort]}-bestand: geef het de juiste naam (.${soort === 'jpeg' ? 'jpg' : soort}).`);
  return { soort, bytes };
}

const NAMEN: Record<BeeldSoort, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', svg: 'SVG' };

function readLimited(path: string): Uint8Array | 'geen-bestand' | 'te-groot' {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return 'geen-bestand';
    if (stat.size > TE_GROOT) return 'te-groot';
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
