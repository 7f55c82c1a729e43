// `yaml-aliases`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/frontmatter.ts.
import type { RuleDoc } from './rule-doc.js';

export const yamlAliases: RuleDoc = {
  id: 'yaml-aliases',
  severity: 'error',
  beschrijving: 'Te veel YAML-verwijzingen (aliassen): mogelijk een aanval.',
  uitleg: 'YAML kan een waarde een naam geven (`&naam`) en ernaar verwijzen (`*naam`). Met verwijzingen naar verwijzingen groeit een klein bestand tot miljarden waarden; daarom telt ef ze. Standaard mogen er 100 in één bestand staan (`limieten.aliassen` in `ef.config.yaml`); het voorbeeld zet de grens op 1. In een logboek zijn verwijzingen bijna nooit nodig: schrijf de waarde uit.',
  stage: 'load',
  bron: 'src/load/frontmatter.ts',
  examples: [
    {
      titel: 'Twee verwijzingen bij een grens van 1',
      files: [
        { path: 'ef.config.yaml', text: `organisatie: Gemeente Voorbeeld
leerroute: Excellent Faciliteren
team:
  - naam: Anna de Vries
    functie: Publiek Ondernemer
limieten:
  aliassen: 1
` },
        { path: 'casussen/buurtmoestuin.md', text: `---
titel: Buurtmoestuin
status: lopend
initiatiefnemer: bewonersvereniging
sdgs: &doelen [2, 11]
criteria:
  vraag_uit_de_stad: *doelen
  voorbeeld: *doelen
  veranderende_samenleving: Bewoners nemen zelf het initiatief.
---

Een moestuin in de wijk.
` },
      ],
      messages: [
        { at: 'casussen/buurtmoestuin.md:7:22', rule: 'yaml-aliases', reason: 'Dit blok gebruikt te veel YAML-verwijzingen (`*naam`); de grens is 1. Schrijf de waarden gewoon uit; verwijzingen zijn in een logboek niet nodig.' },
      ],
    },
  ],
};
