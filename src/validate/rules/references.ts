// Sessions refer to cases that exist and are facilitated by members of the team.
import { report } from '../../report/messages.js';
import { locateValue } from '../locate.js';
import { didYouMean } from '../suggest.js';
import type { RuleContext } from '../validate-logbook.js';

export function checkReferences({ config, files, entries }: RuleContext): void {
  // Cases that exist on disk count even when their own frontmatter has errors:
  // one mistake should not cascade into "unknown case" messages elsewhere.
  const casusIds = files.filter((file) => file.kind === 'casus').map((file) => file.id);
  const team = config.team.map((lid) => lid.naam);
  for (const sessie of entries.sessie) {
    const { casus, begeleiding } = sessie.data;
    if (casus !== undefined && !casusIds.includes(casus)) {
      report(
        sessie.file,
        'casus-unknown',
        `De casus \`${casus}\` bestaat niet: er is geen bestand casussen/${casus}.md.` +
          (didYouMean(casus, casusIds) || ' Maak de casus aan met `ef new-case`, of controleer de naam.'),
        locateValue(sessie.frontmatter, ['casus']),
      );
    }
    begeleiding.forEach((naam, index) => {
      if (team.includes(naam)) return;
      report(
        sessie.file,
        'begeleiding-unknown',
        `${naam} staat niet in het team in ef.config.yaml.` +
          (didYouMean(naam, team) || ` Kies uit: ${team.join(', ')}; of voeg deze persoon toe aan \`team\`.`),
        locateValue(sessie.frontmatter, ['begeleiding', index]),
      );
    });
  }
}
