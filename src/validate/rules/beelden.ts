// Images in bodies: each one must be a readable JPEG, PNG, WebP or SVG inside `beelden/`,
// with alt text (the reports must stay accessible); a very large file is a warning.
// Runs on the facts every time (never from the per-file cache): an image file can
// change or disappear while the Markdown that points at it stays the same. What an
// image file itself is worth (its `BeeldOordeel`) comes from the caller: read afresh,
// or from `ef check`'s cache when the file has not changed (check-logbook.ts). This
// module reads no image, so that such a check never loads the image readers.
import { relative, sep } from 'node:path';
import { formatGrootte, GROOT, verwijzing, type BeeldProbleem } from '../../images/verwijzing.js';
import type { Gekeurd } from '../../images/beeld.js';
import type { Place, RuleId } from '../../diagnostics/messages.js';
import type { Facts } from '../facts.js';

export type BeeldMelding = (facts: Facts, ruleId: RuleId, reason: string, place: Place) => void;

/** What the check needs to know of one image file: what is wrong with it, or its size in bytes. */
export type BeeldOordeel = { readonly probleem: BeeldProbleem } | { readonly grootte: number };

/** The verdict of an image as `keurBeeld` (or `leesBeeld`) read it. */
export function oordeelVan(gelezen: Gekeurd): BeeldOordeel {
  return 'probleem' in gelezen ? { probleem: gelezen.probleem } : { grootte: gelezen.beeld.grootte };
}

/** Every image file the bodies point at (`beelden/…`, relative to the root), each once, sorted. */
export function beeldPaden(root: string, facts: readonly Facts[]): string[] {
  const paden = new Set<string>();
  for (const file of facts) {
    if (!file.beelden) continue;
    const bestand = bestandIn(root, file);
    for (const ref of file.beelden) {
      const waar = verwijzing(bestand, ref.url);
      if ('pad' in waar) paden.add(waar.pad);
    }
  }
  return [...paden].sort();
}

/** Checks every image reference; `oordeel` says what each image file (by `beeldPaden`'s path) is worth. */
export function checkBeelden(root: string, facts: readonly Facts[], melding: BeeldMelding, oordeel: (pad: string) => BeeldOordeel): void {
  // Many files may show the same image: judge each once.
  const geoordeeld = new Map<string, BeeldOordeel>();
  for (const file of facts) {
    if (!file.beelden) continue;
    const bestand = bestandIn(root, file);
    for (const ref of file.beelden) {
      const place = { line: ref.line, column: ref.column };
      if (ref.alt === '') {
        melding(
          file,
          'image-alt-missing',
          `De afbeelding ${ref.url || '(zonder bestand)'} heeft geen beschrijving. Zet tussen de haken wat erop te zien is, bijvoorbeeld ![Het team bij de start](../beelden/team.jpg): wie de rapportage laat voorlezen, hoort die tekst.`,
          place,
        );
      }
      const waar = verwijzing(bestand, ref.url);
      if ('probleem' in waar) {
        melding(file, waar.probleem.regel, waar.probleem.reden, place);
        continue;
      }
      let result = geoordeeld.get(waar.pad);
      if (!result) {
        result = oordeel(waar.pad);
        geoordeeld.set(waar.pad, result);
      }
      if ('probleem' in result) melding(file, result.probleem.regel, result.probleem.reden, place);
      else if (result.grootte > GROOT) {
        melding(
          file,
          'image-large',
          `${waar.pad} is groot (${formatGrootte(result.grootte)}). Elke rapportage neemt het beeld in zijn geheel op; maak het kleiner, bijvoorbeeld 2000 pixels breed en minder dan ${formatGrootte(GROOT)}.`,
          place,
        );
      }
    }
  }
}

function bestandIn(root: string, file: Facts): string {
  return relative(root, file.path).split(sep).join('/');
}
