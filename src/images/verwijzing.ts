// Where an image reference of a logbook points, and the few names and limits the check
// needs, without reading any image. Kept apart from beeld.ts so that a warm `ef check`,
// whose images all come from the cache, never loads the image readers (the SVG parser
// is most of their weight).
import { posix } from 'node:path';

/** The folder of a logbook that holds its images. */
export const BEELDEN = 'beelden';
/** Images in this folder are for the team only: the public version leaves them out. */
export const INTERN = `${BEELDEN}/intern/`;
/** From this size on `ef check` warns: every copy in every report grows with it. */
export const GROOT = 2 * 1024 * 1024;

export type BeeldRegel = 'image-missing' | 'image-outside-beelden' | 'image-unsupported' | 'image-corrupt';

export interface BeeldProbleem {
  readonly regel: BeeldRegel;
  readonly reden: string;
}

export type Verwijzing = { readonly pad: string } | { readonly probleem: BeeldProbleem };

/**
 * Where an image url in a logbook file points, as a path relative to the logbook root
 * (`beelden/team.jpg`), or why ef will not use it. `bestand` is the file's own path
 * relative to the root (`sessies/2021-01-28-x.md`).
 */
export function verwijzing(bestand: string, url: string): Verwijzing {
  const outside = (reden: string): Verwijzing => ({ probleem: { regel: 'image-outside-beelden', reden } });
  const trimmed = url.trim();
  if (trimmed === '') return { probleem: { regel: 'image-missing', reden: 'De afbeelding noemt geen bestand.' } };
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) {
    return outside(`De afbeelding ${trimmed} staat niet in het logboek. ef haalt niets van internet of van elders: zet het bestand in ${BEELDEN}/ en verwijs ernaar, bijvoorbeeld ../${BEELDEN}/naam.jpg.`);
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(trimmed.replace(/[?#].*$/, ''));
  } catch {
    decoded = trimmed;
  }
  if (decoded.startsWith('/') || decoded.includes('\\') || decoded.includes('\0')) {
    return outside(`De afbeelding ${trimmed} staat niet in de map ${BEELDEN}/ van het logboek; ef leest alleen beelden daaruit. Verwijs vanaf dit bestand, bijvoorbeeld ../${BEELDEN}/naam.jpg.`);
  }
  const pad = posix.normalize(posix.join(posix.dirname(bestand), decoded));
  if (!pad.startsWith(`${BEELDEN}/`) || pad.split('/').includes('..')) {
    // `beelden/x.jpg` from `sessies/…` means `sessies/beelden/x.jpg`: say what was meant.
    const bedoeld = posix.relative(posix.dirname(bestand), posix.join(BEELDEN, posix.basename(decoded)));
    return outside(`De afbeelding ${trimmed} staat niet in de map ${BEELDEN}/ van het logboek (het pad geldt vanaf dit bestand). Zet haar daar en verwijs ernaar, bijvoorbeeld ${bedoeld}.`);
  }
  return { pad };
}

/** Whether an image is for the team only (`beelden/intern/…`). */
export function isIntern(pad: string): boolean {
  return pad.startsWith(INTERN);
}

/** `3,4 MB` */
export function formatGrootte(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${mb.toFixed(1).replace('.', ',')} MB` : `${Math.round(bytes / 1024)} kB`;
}
