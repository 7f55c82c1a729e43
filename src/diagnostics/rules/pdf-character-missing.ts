// `pdf-character-missing`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/pdf-characters.ts.
import type { RuleDoc } from './rule-doc.js';

export const pdfCharacterMissing: RuleDoc = {
  id: 'pdf-character-missing',
  severity: 'warning',
  beschrijving: 'Een teken dat geen lettertype van ef kan tonen; in de PDF staat op die plek □.',
  uitleg: 'De PDF gebruikt de lettertypen die met ef meekomen: Latijns, Grieks, Cyrillisch, Arabisch, Hebreeuws, Ethiopisch, emoji en wiskunde. Chinese, Japanse of Koreaanse tekens kan de PDF niet tonen. HTML en Markdown tonen ze wel.',
  stage: 'file',
  bron: 'src/validate/rules/pdf-characters.ts',
  examples: [
    {
      titel: 'Chinese tekens in een titel',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Bezoek uit 北京
datum: 2021-03-04
soort: interactief
casus: buurtmoestuin
begeleiding: [Anna de Vries]
deelnemers:
  - functie: wijkregisseur
    intern: true
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:2:19', rule: 'pdf-character-missing', reason: 'Deze tekens staan in geen lettertype van ef: "北" (U+5317), "京" (U+4EAC). In de PDF staat op die plek □; md en html tonen de tekst wel. Moet het in de PDF leesbaar zijn, schrijf het dan anders (bijvoorbeeld in Latijnse letters).' },
      ],
    },
  ],
};
