// Sessions refer to cases that exist and are facilitated by members of the team.
import type { CrossFileContext } from '../cross-file-context.js';
import { didYouMean } from '../suggest.js';

export function checkReferences({ config, facts, addMessage }: CrossFileContext): void {
  // Cases that exist on disk count even when their own frontmatter has errors:
  // one mistake should not cascade into "unknown case" messages elsewhere.
  const casusIds = facts.filter((file) => file.kind === 'casus').map((file) => file.id);
  const known = new Set(casusIds);
  const team = config.team.map((lid) => lid.naam);
  for (const sessie of facts) {
    if (sessie.kind !== 'sessie' || !sessie.valid) continue;
    const { casus, begeleiding = [] } = sessie;
    if (casus !== undefined && !known.has(casus)) {
      addMessage(
        sessie,
        'casus-unknown',
        `De casus \`${casus}\` bestaat niet: er is geen bestand casussen/${casus}.md.` +
          (didYouMean(casus, casusIds) || ' Maak de casus aan met `ef new-case`, of controleer de naam.'),
        ['casus'],
      );
    }
    begeleiding.forEach((naam, index) => {
      if (team.includes(naam)) return;
      addMessage(
        sessie,
        'begeleiding-unknown',
        `${naam} staat niet in het team in ef.config.yaml.` +
          (didYouMean(naam, team) || ` Kies uit: ${team.join(', ')}; of voeg deze persoon toe aan \`team\`.`),
        ['begeleiding', index],
      );
    });
  }
}
