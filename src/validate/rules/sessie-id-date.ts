// A session's file name starts with its date, so that sessions sort by date on disk.
import { addMessage } from '../../diagnostics/messages.js';
import { locateValue } from '../locate.js';
import type { SessieEntry } from '../entries.js';

export function checkSessieIdDate(sessie: SessieEntry): void {
  if (sessie.id.startsWith(sessie.data.datum)) return;
  addMessage(
    sessie.file,
    'sessie-id-date',
    `De bestandsnaam van een sessie begint met haar datum. Hernoem het bestand naar ${sessie.data.datum}-….md, of controleer \`datum\`.`,
    locateValue(sessie.frontmatter, ['datum']),
  );
}
