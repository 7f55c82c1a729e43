// Names and numbers that must be unique, and session file names that start with their date.
import { report as addMessage } from '../../report/messages.js';
import type { CrossFileContext } from '../cross-file.js';
import type { Facts } from '../facts.js';
import { locateKey, locateValue } from '../locate.js';
import type { SessieEntry } from '../validate-logbook.js';

export function checkSessieIdDate(sessie: SessieEntry): void {
  if (sessie.id.startsWith(sessie.data.datum)) return;
  addMessage(
    sessie.file,
    'sessie-id-date',
    `De bestandsnaam van een sessie begint met haar datum. Hernoem het bestand naar ${sessie.data.datum}-….md, of controleer \`datum\`.`,
    locateValue(sessie.frontmatter, ['datum']),
  );
}

export function checkUnique({ facts, config, configFile, report }: CrossFileContext): void {
  // Two ids that differ only in letter case collide on Windows and macOS checkouts.
  const seen = new Map<string, Facts>();
  for (const file of facts) {
    const key = `${file.kind}/${file.id.toLowerCase()}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, file);
      continue;
    }
    report(
      file,
      'unique-id',
      `De bestandsnaam ${file.id}.md verschilt alleen in hoofdletters van ${first.id}.md. Geef een van beide een andere naam.`,
      { line: 1, column: 1 },
    );
  }

  const nummers = new Map<number, string>();
  for (const rapportage of facts) {
    if (rapportage.kind !== 'rapportage' || rapportage.nummer === undefined) continue;
    const earlier = nummers.get(rapportage.nummer);
    if (earlier === undefined) {
      nummers.set(rapportage.nummer, rapportage.id);
      continue;
    }
    report(
      rapportage,
      'unique-id',
      `Rapportage nummer ${rapportage.nummer} bestaat al (${earlier}.md). Geef deze rapportage een ander nummer.`,
      ['nummer'],
    );
  }

  const namen = new Set<string>();
  config.team.forEach((lid, index) => {
    if (!namen.has(lid.naam)) {
      namen.add(lid.naam);
      return;
    }
    const frontmatter = configFile.data.frontmatter;
    addMessage(
      configFile,
      'unique-id',
      `${lid.naam} staat twee keer in het team. Haal één van beide weg.`,
      frontmatter ? locateKey(frontmatter, ['team', index]) : undefined,
    );
  });
}
