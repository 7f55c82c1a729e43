// Names and numbers that must be unique, and session file names that start with their date.
import { report } from '../../report/messages.js';
import { locateKey, locateValue } from '../locate.js';
import type { RuleContext } from '../validate-logbook.js';

export function checkSessieIdDate({ entries }: RuleContext): void {
  for (const sessie of entries.sessie) {
    if (sessie.id.startsWith(sessie.data.datum)) continue;
    report(
      sessie.file,
      'sessie-id-date',
      `De bestandsnaam van een sessie begint met haar datum. Hernoem het bestand naar ${sessie.data.datum}-….md, of controleer \`datum\`.`,
      locateValue(sessie.frontmatter, ['datum']),
    );
  }
}

export function checkUnique({ files, entries, config, configFile }: RuleContext): void {
  // Two ids that differ only in letter case collide on Windows and macOS checkouts.
  const seen = new Map<string, (typeof files)[number]>();
  for (const loaded of files) {
    const key = `${loaded.kind}/${loaded.id.toLowerCase()}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, loaded);
      continue;
    }
    const message = `De bestandsnaam ${loaded.id}.md verschilt alleen in hoofdletters van ${first.id}.md. Geef een van beide een andere naam.`;
    report(loaded.file, 'unique-id', message, { line: 1, column: 1 });
  }

  const nummers = new Map<number, string>();
  for (const rapportage of entries.rapportage) {
    const earlier = nummers.get(rapportage.data.nummer);
    if (earlier === undefined) {
      nummers.set(rapportage.data.nummer, rapportage.id);
      continue;
    }
    report(
      rapportage.file,
      'unique-id',
      `Rapportage nummer ${rapportage.data.nummer} bestaat al (${earlier}.md). Geef deze rapportage een ander nummer.`,
      locateValue(rapportage.frontmatter, ['nummer']),
    );
  }

  const namen = new Set<string>();
  config.team.forEach((lid, index) => {
    if (!namen.has(lid.naam)) {
      namen.add(lid.naam);
      return;
    }
    const frontmatter = configFile.data.frontmatter;
    report(
      configFile,
      'unique-id',
      `${lid.naam} staat twee keer in het team. Haal één van beide weg.`,
      frontmatter ? locateKey(frontmatter, ['team', index]) : undefined,
    );
  });
}
