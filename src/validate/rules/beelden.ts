// Images in bodies: each one must be a readable JPEG, PNG, WebP or SVG inside `beelden/`,
// with alt text (the reports must stay accessible); a very large file is a warning.
// Runs on the facts every time (never from the cache): an image file can change or
// disappear while the Markdown that points at it stays the same.
import { relative, sep } from 'node:path';
import { formatGrootte, GROOT, leesBeeld, verwijzing, type Gelezen } from '../../images/beeld.js';
import type { Place, RuleId } from '../../diagnostics/messages.js';
import type { Facts } from '../facts.js';

export type BeeldMelding = (facts: Facts, ruleId: RuleId, reason: string, place: Place) => void;

export function checkBeelden(root: string, facts: readonly Facts[], melding: BeeldMelding): void {
  // Many files may show the same image: read each once.
  const gelezen = new Map<string, Gelezen>();
  for (const file of facts) {
    if (!file.beelden) continue;
    const bestand = relative(root, file.path).split(sep).join('/');
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
      let result = gelezen.get(waar.pad);
      if (!result) {
        result = leesBeeld(root, waar.pad);
        gelezen.set(waar.pad, result);
      }
      if ('probleem' in result) melding(file, result.probleem.regel, result.probleem.reden, place);
      else if (result.beeld.grootte > GROOT) {
        melding(
          file,
          'image-large',
          `${waar.pad} is groot (${formatGrootte(result.beeld.grootte)}). Elke rapportage neemt het beeld in zijn geheel op; maak het kleiner, bijvoorbeeld 2000 pixels breed en minder dan ${formatGrootte(GROOT)}.`,
          place,
        );
      }
    }
  }
}
