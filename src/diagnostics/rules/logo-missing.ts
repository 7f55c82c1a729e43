// `logo-missing`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/huisstijl.ts.
import type { RuleDoc } from './rule-doc.js';

export const logoMissing: RuleDoc = {
  id: 'logo-missing',
  severity: 'error',
  beschrijving: 'Het logo uit `huisstijl` in `ef.config.yaml` ontbreekt, staat buiten `beelden/` of is te groot.',
  uitleg: 'Het logo op de omslag en de projectkaart is een SVG-bestand in `beelden/` van hoogstens 512 kB. Zet het bestand daar, of pas `logo` onder `huisstijl` aan.',
  stage: 'logbook',
  bron: 'src/validate/rules/huisstijl.ts',
  examples: [
    {
      titel: 'Een logo dat er niet is',
      files: [
        { path: 'ef.config.yaml', text: `organisatie: Gemeente Voorbeeld
leerroute: Excellent Faciliteren
team:
  - naam: Anna de Vries
    functie: Publiek Ondernemer
huisstijl:
  logo: beelden/logo.svg
` },
      ],
      messages: [
        { at: 'ef.config.yaml:7:1', rule: 'logo-missing', reason: 'Het logo beelden/logo.svg bestaat niet. Zet het bestand in de map beelden/ van het logboek, of pas `logo` onder `huisstijl` aan.' },
      ],
    },
    {
      titel: 'Zo is het goed',
      files: [
        { path: 'ef.config.yaml', text: `organisatie: Gemeente Voorbeeld
leerroute: Excellent Faciliteren
team:
  - naam: Anna de Vries
    functie: Publiek Ondernemer
huisstijl:
  logo: beelden/logo.svg
` },
        { path: 'beelden/logo.svg', text: `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
` },
      ],
      messages: [],
    },
  ],
};
