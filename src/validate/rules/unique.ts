// File names that differ only in letter case, and rapportage numbers, must be unique.
import type { CrossFileContext } from '../cross-file-context.js';
import type { Facts } from '../facts.js';

export function checkUnique({ facts, addMessage }: CrossFileContext): void {
  // Two ids that differ only in letter case collide on Windows and macOS checkouts.
  const seen = new Map<string, Facts>();
  for (const file of facts) {
    const key = `${file.kind}/${file.id.toLowerCase()}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, file);
      continue;
    }
    addMessage(
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
    addMessage(
      rapportage,
      'unique-id',
      `Rapportage nummer ${rapportage.nummer} bestaat al (${earlier}.md). Geef deze rapportage een ander nummer.`,
      ['nummer'],
    );
  }
}
