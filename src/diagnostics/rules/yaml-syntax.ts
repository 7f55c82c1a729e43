// `yaml-syntax`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/load/frontmatter.ts; the cases `ef fix` repairs (a tab,
// a colon that needs quotes) are recognised in src/fix/text-messages.ts.
import type { RuleDoc } from './rule-doc.js';

export const yamlSyntax: RuleDoc = {
  id: 'yaml-syntax',
  severity: 'error',
  beschrijving: 'De gegevens in het `---`-blok zijn geen geldige YAML.',
  uitleg: 'De gegevens zijn YAML. Een tekst met een dubbele punt en een spatie erin (`Moestuin: de start`) moet tussen aanhalingstekens, en inspringen gaat met spaties, niet met tabs. `ef fix` zet aanhalingstekens en spaties voor je goed. Een aanhalingsteken of haakje dat niet sluit, merkt YAML pas verderop: kijk dan ook op de regels boven de melding.',
  stage: 'load',
  bron: 'src/load/frontmatter.ts',
  examples: [
    {
      titel: 'Een titel met een dubbele punt',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin: de start
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
        { at: 'sessies/2021-03-04-moestuin.md:2:1', rule: 'yaml-syntax', reason: 'De tekst bij `titel` bevat zelf een dubbele punt met een spatie erna, en die leest YAML als een nieuwe sleutel. Zet de tekst tussen aanhalingstekens ("…").', fix: '`ef fix` zet de tekst tussen aanhalingstekens.' },
      ],
    },
    {
      titel: 'Een aanhalingsteken dat niet wordt gesloten',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: "Moestuin in de wijk
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
        { at: 'sessies/2021-03-04-moestuin.md:10:1', rule: 'yaml-syntax', reason: 'De gegevens zijn geen geldige YAML: er ontbreekt een teken, zoals een afsluitend aanhalingsteken of haakje.' },
      ],
    },
    {
      titel: 'Inspringen met een tab (hier getoond als →)',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: "---\ntitel: Moestuin in de wijk\ndatum: 2021-03-04\nsoort: interactief\ncasus: buurtmoestuin\nbegeleiding: [Anna de Vries]\ndeelnemers:\n  - functie: wijkregisseur\n\tintern: true\n---\n\n## Opbrengsten\n\n- Eén aanspreekpunt werkt beter dan drie.\n", shown: `---
titel: Moestuin in de wijk
datum: 2021-03-04
soort: interactief
casus: buurtmoestuin
begeleiding: [Anna de Vries]
deelnemers:
  - functie: wijkregisseur
→   intern: true
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:9:1', rule: 'yaml-syntax', reason: 'De gegevens zijn geen geldige YAML: deze regel springt in met een tab. YAML kent alleen spaties om in te springen.', fix: '`ef fix` vervangt de tab door spaties.' },
      ],
    },
    {
      titel: 'Zo is het goed',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: "Moestuin: de start"
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
      messages: [],
    },
  ],
};
