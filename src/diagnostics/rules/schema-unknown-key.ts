// `schema-unknown-key`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/issue-message.ts.
import type { RuleDoc } from './rule-doc.js';

export const schemaUnknownKey: RuleDoc = {
  id: 'schema-unknown-key',
  severity: 'error',
  beschrijving: 'Een onbekende sleutel; meestal een tikfout.',
  uitleg: 'ef kent de sleutels van elk soort bestand. Een sleutel die het niet kent is meestal een tikfout; dan noemt de melding de sleutel die je waarschijnlijk bedoelt. Zonder deze regel zou een tikfout stil verdwijnen uit de rapportages. De regels `fieldGroup` van Front Matter CMS haalt `ef fix` weg.',
  stage: 'schema',
  bron: 'src/validate/issue-message.ts',
  examples: [
    {
      titel: 'Een tikfout in een sleutel',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 2021-03-04
soort: interactief
begeleiding: [Anna de Vries]
deelnemers:
  - functie: wijkregisseur
    intern: true
casuss: buurtmoestuin
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:9:1', rule: 'schema-unknown-key', reason: 'Onbekende sleutel `casuss`. Bedoel je `casus`?' },
      ],
    },
  ],
};
