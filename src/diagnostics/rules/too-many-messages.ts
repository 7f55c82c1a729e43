// `too-many-messages`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/diagnostics/messages.ts.
import type { RuleDoc } from './rule-doc.js';

const CASUS = `---
titel: Buurtmoestuin
status: lopend
initiatiefnemer: bewonersvereniging
sdgs: [2, 11]
criteria:
  vraag_uit_de_stad: Bewoners vroegen om een stuk grond.
  voorbeeld: Andere wijken willen hetzelfde.
  veranderende_samenleving: Bewoners nemen zelf het initiatief.
`;
const SLOT = '---\n\nEen moestuin in de wijk.\n';
/** The casus with 201 unknown keys: one more message than ef shows per file. */
const VEEL_SLEUTELS = `${CASUS}${Array.from({ length: 201 }, (_, i) => `sleutel${i + 1}: x\n`).join('')}${SLOT}`;

export const tooManyMessages: RuleDoc = {
  id: 'too-many-messages',
  severity: 'error',
  beschrijving: 'Een bestand heeft zoveel meldingen dat alleen de eerste worden getoond.',
  uitleg: 'ef toont hoogstens 200 meldingen per bestand, en zegt in één melding hoeveel er nog zijn. Zo blijft de controle van een kapot of vijandig bestand snel en leesbaar. Deze melding is zo ernstig als de ernstigste melding waar ze voor staat. Los de getoonde meldingen op en controleer opnieuw.',
  stage: 'file',
  bron: 'src/diagnostics/messages.ts',
  examples: [
    {
      titel: 'Een casus met 201 onbekende sleutels',
      files: [
        { path: 'casussen/buurtmoestuin.md', text: VEEL_SLEUTELS, shown: `---
titel: Buurtmoestuin
status: lopend
initiatiefnemer: bewonersvereniging
sdgs: [2, 11]
criteria:
  vraag_uit_de_stad: Bewoners vroegen om een stuk grond.
  voorbeeld: Andere wijken willen hetzelfde.
  veranderende_samenleving: Bewoners nemen zelf het initiatief.
sleutel1: x
sleutel2: x
…
sleutel201: x
---

Een moestuin in de wijk.
` },
      ],
      messages: [
        { at: 'casussen/buurtmoestuin.md:10:1', rule: 'schema-unknown-key', reason: 'Onbekende sleutel `sleutel1`. Toegestaan zijn: `titel`, `status`, `initiatiefnemer`, `sdgs`, `criteria`, `domein`, `looptijd`, `betrokken`, `samenvatting`, `concept`.' },
        { at: 'casussen/buurtmoestuin.md:210:1', rule: 'too-many-messages', reason: 'En nog 1 melding in dit bestand die niet wordt getoond. Los eerst de 200 meldingen hierboven op en controleer dan opnieuw.' },
      ],
      others: { count: 199, rule: 'schema-unknown-key' },
    },
  ],
};
