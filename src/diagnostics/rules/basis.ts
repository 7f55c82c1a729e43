// The small logbook every example of docs/rules.md starts from: a config and one casus.
// An example adds its own files; a file with the same path replaces the one here.
import type { ExampleFile } from './rule-doc.js';

export const BASIS_LOGBOEK: readonly ExampleFile[] = [
  {
    path: 'ef.config.yaml',
    text: `organisatie: Gemeente Voorbeeld
leerroute: Excellent Faciliteren
team:
  - naam: Anna de Vries
    functie: Publiek Ondernemer
`,
  },
  {
    path: 'casussen/buurtmoestuin.md',
    text: `---
titel: Buurtmoestuin
status: lopend
initiatiefnemer: bewonersvereniging
sdgs: [2, 11]
criteria:
  vraag_uit_de_stad: Bewoners vroegen om een stuk grond.
  voorbeeld: Andere wijken willen hetzelfde.
  veranderende_samenleving: Bewoners nemen zelf het initiatief.
---

Een moestuin in de wijk.
`,
  },
];
