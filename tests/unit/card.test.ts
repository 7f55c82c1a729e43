// The A&O fonds project card: exact Markdown for the embedded logbook, and consent for the
// contact person (a name only with `toestemming: publiek`, other names redacted).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardFacts, cardMarkdown, compileCard } from '../../src/compile/card.js';
import { loadLogbook } from '../../src/validate/load-logbook.js';
import { buildModel } from '../../src/model/build-model.js';
import type { Logbook } from '../../src/model/types.js';
import { renderHtml } from '../../src/render/html.js';
import { validateLogbook } from '../../src/validate/validate-logbook.js';
import { FIXTURES, PROJECT } from '../helpers/ef.js';

async function model(root: string): Promise<Logbook> {
  const loaded = await loadLogbook({ cwd: root, root });
  return buildModel(validateLogbook({ ...loaded, config: loaded.config! }));
}

function withProject(logbook: Logbook, project: Record<string, unknown>): Logbook {
  return { ...logbook, config: { ...logbook.config, project: { ...logbook.config.project!, ...project } } };
}

const EMBEDDED = `# Delft: Leerroute publiek ondernemerschap

![Logo: Publiek Ondernemen](projectkaart-beelden/logo.svg)

Gemeente Delft

- **Project:** Leerroute publiek ondernemerschap
- **Contactpersoon gemeente:** Team Publiek Ondernemen
- **Beleidsthema:** Leren en veranderen
- **Looptijd:** 1 januari 2017 tot 1 januari 2019

## Het project in het kort

Stad en samenleving veranderen snel, en oude manieren van werken volstaan niet meer.
Delft zoekt daarom nieuwe wegen en stelde bij wijze van proef drie Regisseurs Publiek Ondernemen aan, ook wel partners in Publiek Ondernemen genoemd.
Samen met partners binnen en buiten de gemeente zoeken zij naar vernieuwende, ondernemende oplossingen voor grote maatschappelijke opgaven.

Hun opdracht:

- initiatiefnemers en (sociaal) ondernemers helpen hun doelen te halen;
- waarde opleveren voor de stad;
- zichzelf terugverdienen: vanaf 1 januari 2018 moesten twee van de drie regisseursplaatsen dat doen.

## In cijfers

Uit het Logboek Excellent Faciliteren, stand 28 februari 2021:

- **Bijeenkomsten:** 1
- **Casussen:** 1
- **Deelnemers:** 6 (6 van de eigen organisatie, 0 van buiten; per bijeenkomst geteld)
- **Global Goals (SDG's):** 4 Kwaliteitsonderwijs, 7 Betaalbare en duurzame energie, 11 Duurzame steden en gemeenschappen
`;

describe('ef card: the project card', () => {
  it('of the embedded Delft logbook, exactly', async () => {
    const logbook = await model(join(PROJECT, 'logbook'));
    expect(cardMarkdown(compileCard(logbook))).toBe(EMBEDDED);
  });

  it('names the contact person only with toestemming publiek', async () => {
    const logbook = await model(join(PROJECT, 'logbook'));
    const named = withProject(logbook, { contactpersoon: 'Peter Tangel', toestemming: 'publiek' });
    expect(cardMarkdown(compileCard(named))).toContain('- **Contactpersoon gemeente:** Peter Tangel\n');
    expect(cardFacts(named).naamVerborgen).toBe(false);
    for (const toestemming of ['intern', 'geen', undefined]) {
      const hidden = withProject(logbook, { contactpersoon: 'Peter Tangel', toestemming });
      const markdown = cardMarkdown(compileCard(hidden));
      expect(markdown).not.toContain('Tangel');
      // Peter Tangel is in the team: the card gives his function instead.
      expect(markdown).toContain('- **Contactpersoon gemeente:** Publiek Ondernemer, team Excellent Faciliteren\n');
      expect(cardFacts(hidden).naamVerborgen).toBe(true);
      const html = renderHtml(compileCard(hidden));
      expect(html).not.toContain('Tangel');
    }
  });

  it('shows contact details as a mail link, the beleidsthema, a looptijd from begin and eind, and redacts names in the text', async () => {
    const logbook = await model(join(FIXTURES, 'card-publiek'));
    const markdown = cardMarkdown(compileCard(logbook));
    expect(markdown).toBe(`# Voorbeeld: Samen leren in de wijk

Gemeente Voorbeeld

- **Project:** Samen leren in de wijk
- **Contactpersoon gemeente:** Anna de Vries
- **Contactgegevens:** <leerroute@voorbeeld.example>
- **Beleidsthema:** Leren en veranderen
- **Looptijd:** 1 januari 2021 t/m 30 juni 2022

## Het project in het kort

Medewerkers en bewoners leren samen van echte vragen uit de wijk. (naam weggelaten) vertelde erover bij de start.

## In cijfers

Uit het Logboek Excellent Faciliteren, stand 4 maart 2021:

- **Bijeenkomsten:** 1
- **Casussen:** 1
- **Deelnemers:** 3 (1 van de eigen organisatie, 2 van buiten; per bijeenkomst geteld)
- **Global Goals (SDG's):** 2 Geen honger, 11 Duurzame steden en gemeenschappen
`);
    expect(markdown).not.toContain('Karel');
    const html = renderHtml(compileCard(logbook));
    expect(html).toContain('<h1>Voorbeeld: Samen leren in de wijk</h1>');
    expect(html).toContain('href="mailto:leerroute@voorbeeld.example"');
    expect(html).not.toContain('Karel');
    expect(html).not.toContain('Interne versie');
  });

  it('leaves out what the config does not say', async () => {
    const logbook = await model(join(FIXTURES, 'card-publiek'));
    const regio = { ...logbook, config: { ...logbook.config, project: { gemeente: 'Haaglanden', project: 'Werken in Haaglanden' } } } as Logbook;
    const markdown = cardMarkdown(compileCard(regio));
    expect(markdown.split('\n').slice(0, 6)).toEqual(['# Haaglanden: Werken in Haaglanden', '', 'Gemeente Haaglanden', '', '- **Project:** Werken in Haaglanden', '']);
    expect(markdown).not.toContain('Het project in het kort');
    expect(markdown).not.toContain('Contactpersoon');
  });
});
