// The one name matcher (src/privacy/names.ts): which spellings count as a person, and
// what happens when a hidden and an allowed person share a surname.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { namePolicy, redactTree, WEGGELATEN } from '../../src/compile/privacy.js';
import type { Logbook } from '../../src/model/types.js';
import { loadValidLogbook } from '../../src/cli/valid-logbook.js';
import { markdownViews, markupViews, typstViews, withSourceLines } from '../../src/publish/guard.js';
import { HiddenNameError } from '../../src/privacy/hidden-name-error.js';
import { fixture } from '../helpers/ef.js';
import { NameMatcher } from '../../src/privacy/names.js';
import { parseMarkdown } from '../golden/helpers.js';
import { renderMarkdown } from '../../src/render/markdown.js';

const X = WEGGELATEN;

const matcher = new NameMatcher([
  { name: 'Gerrit Geheim', hidden: true },
  { name: 'Agnes van der Linden', hidden: true },
  { name: 'Zoë Öztürk', hidden: true },
  { name: 'Jan de Groot', hidden: true },
  { name: 'Wei Li', hidden: true },
  { name: 'Anna Geheim', hidden: false },
  { name: 'Tessa Teamlid', hidden: false },
]);
const redact = (text: string) => matcher.redact(text, X);

describe('the name matcher: forms of a name', () => {
  it.each([
    ['Gerrit Geheim', X],
    ["Gerrit Geheim's plan", `${X} plan`],
    ['Gerrit Geheim’s plan', `${X} plan`],
    ['Gerrit Geheims plan', `${X} plan`],
    ['het Geheim-achtige plan', `het ${X} plan`],
    ['GERRIT GEHEIM', X],
    ['mevrouw Geheim zei', `mevrouw ${X} zei`],
    ['G. Geheim', X],
    ['G.J. Geheim', X],
    ['G Geheim', X],
    ['Geheim, Gerrit', X],
    ['Geheim, G.', `${X}.`],
    ['GerritGeheim', X],
    ['gerrit-geheim', X],
    ['gerrit_geheim.pdf', `${X}.pdf`],
    ['Ger\u00ADrit Ge\u200Bheim', X],
    ['Ger&shy;rit Geheim', X],
    ['Gerrit\u2060Geheim', X],
    ['Gerrit&#173;Geheim', X],
    ['https://example.org/Ger%C2%ADrit%20Geheim', `https://example.org/${X}`],
    ['Ｇｅｒｒｉｔ Ｇｅｈｅｉｍ', X],
    ['𝐆𝐞𝐫𝐫𝐢𝐭 𝐆𝐞𝐡𝐞𝐢𝐦', X],
    ['Ge*heim*', `${X}*`],
    ['Zoë Öztürk', X],
    ['Zoe\u0308 O\u0308ztu\u0308rk', X],
    ['ZOË ÖZTÜRK', X],
    ['Zoe Ozturk', X],
    ['Zo&euml; &Ouml;zt&uuml;rk', X],
    ["Öztürk's winkel", `${X} winkel`],
    ['Agnes van der Linden', X],
    ['Agnes Linden', X],
    ['mevrouw Van der Linden', `mevrouw ${X}`],
    ['mevrouw van der Linden', `mevrouw ${X}`],
    ['Linden, Agnes van der', X],
    ['Van der Linden, A.', `${X}.`],
    ['A. van der Linden', X],
    ['Lindens aanpak', `${X} aanpak`],
    ['Wei Li', X],
    ['W. Li', X],
    ['Li, Wei', X],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('leaves ordinary words, a short surname alone, and a common-word surname without a capital', () => {
    for (const text of ['Gerrit Geheimzinnig bleef', 'de lindeboom', 'een groot plan', 'de groot-moeder', 'Li zei', 'het linnen', 'Zoë zei niets']) {
      expect(redact(text), text).toBe(text);
    }
    // With a capital, a common-word surname counts: `mevrouw De Groot`, `Groot zei`.
    expect(redact('mevrouw De Groot en Groot zelf')).toBe(`mevrouw ${X} en ${X} zelf`);
  });

  it('takes a name split over lines, and keeps the words around it', () => {
    expect(redact('met Gerrit\nGeheim en Tessa Teamlid')).toBe(`met ${X} en Tessa Teamlid`);
  });
});

describe('the name matcher: allowed and hidden people together', () => {
  it('keeps an allowed full name with the same surname, but hides the surname alone (hidden wins)', () => {
    expect(redact('Anna Geheim en Gerrit Geheim')).toBe(`Anna Geheim en ${X}`);
    expect(redact('A. Geheim')).toBe('A. Geheim');
    expect(redact('G. Geheim')).toBe(X);
    expect(redact('mevrouw Geheim')).toBe(`mevrouw ${X}`);
    expect(redact('Geheim, Anna')).toBe('Geheim, Anna');
  });

  it('a name glued to an allowed one does not hide behind it', () => {
    expect(redact('Tessa Teamlid-Geheim')).toBe(`Tessa Teamlid-${X}`);
  });

  it('the cheap first look says no for text without a hidden surname', () => {
    expect(matcher.mayHoldHidden('Tessa en Anna zeiden iets over het plan')).toBe(false);
    expect(matcher.mayHoldHidden('Ge\u00ADheim')).toBe(true);
  });

  it('finds a short surname after the person’s initials, and does not read every letter before a number as one', () => {
    const numbered = new NameMatcher([{ name: 'Persoon 17', hidden: true }]);
    for (const text of ['P. 17', 'P. X. 17', 'X. P. 17', 'Persoon 17', 'p 17 zei het']) expect([text, numbered.findHidden(text).length]).toEqual([text, 1]);
    expect(numbered.findHidden('X. 17')).toEqual([]);
    // A chart's coordinates: no initial of this person before the number, so not read word by word.
    expect(numbered.mayHoldHidden('<text x="16" y="17">Rollen</text>')).toBe(false);
  });
});

describe('the name matcher in the final search of rendered files', () => {
  it('does not look for a common-word surname alone, so ef’s own words (Intern gericht) do not count', () => {
    const withIntern = new NameMatcher([{ name: 'Ingrid Intern', hidden: true }], { commonWords: ['intern'] });
    expect(withIntern.findHidden('Intern gericht', { guard: true })).toEqual([]);
    expect(withIntern.findHidden('Ingrid Intern', { guard: true })).toHaveLength(1);
    expect(withIntern.findHidden('mevrouw Intern')).toHaveLength(1);
    expect(withIntern.findHidden('intern gericht')).toEqual([]);
  });

  it('reads Markdown with its inline markup out, HTML text and attributes, embedded SVG and Typst strings', () => {
    const found = (views: string[]) => views.some((view) => matcher.findHidden(view, { guard: true }).length > 0);
    expect(found(markdownViews('Ger*rit* [Ge](https://x.org/)heim'))).toBe(true);
    expect(found(markupViews('<p>Ger<em>rit</em> Geheim</p>'))).toBe(true);
    expect(found(markupViews('<img alt="x" title="Gerrit&#32;Geheim">'))).toBe(true);
    const svg = Buffer.from('<svg><text>G. Geheim</text></svg>').toString('base64');
    expect(found(markupViews(`<img src="data:image/svg+xml;base64,${svg}">`))).toBe(true);
    expect(found(markupViews('<p>Ger&amp;shy;rit Geheim</p>'))).toBe(true);
    expect(found(typstViews('#"Gerrit "#emph[#"Ge\\u{ad}heim"]'))).toBe(true);
    expect(found(typstViews('#set document(title: "Over Anna Geheim")'))).toBe(false);
    expect(found(markupViews('<style>.geheim { color: red }</style><p>plan</p>'))).toBe(false);
  });
});

describe('redacting a Markdown tree: a name split by inline markup', () => {
  const logbook = {
    config: { organisatie: 'x', leerroute: 'y', team: [{ naam: 'Tessa Teamlid' }], partners: [], rollen: [] },
    sessies: [{ data: { deelnemers: [{ functie: 'bewoner', naam: 'Gerrit Geheim', toestemming: 'geen' }] } }],
    portretten: [],
  } as unknown as Logbook;
  const policy = namePolicy(logbook, 'intern');
  const roundTrip = (markdown: string) => {
    const tree: Root = redactTree(parseMarkdown(markdown), policy);
    return renderMarkdown({
      slug: 'x',
      assetDir: 'x-beelden',
      meta: { titel: 'T', ondertitel: undefined, organisatie: 'o', leerroute: 'l', partners: [], nummer: undefined, datum: '2021-01-01', audience: 'intern' },
      tree,
      images: [],
    })
      .split('\n')
      .slice(-2, -1)[0];
  };

  it.each([
    ['Gerrit *Geheim* zei', `${X} zei`],
    ['**Gerrit** Geheim zei', `**${X}** zei`],
    ['Ge*rrit Ge*heim zei', `Ge_${X}_ zei`.replace(`Ge_${X}_`, `_${X}_`)],
    ['[Gerrit](https://x.org/) Geheim zei', `[${X}](https://x.org/) zei`],
    ['Gerrit\\\nGeheim zei', `${X} zei`],
    ['`Gerrit Geheim` zei', `\`${X}\` zei`],
    ['zie [het plan](https://x.org/gerrit-geheim) nu', 'zie het plan nu'],
    ['![foto van Gerrit Geheim](https://x.org/f.png)', `![foto van ${X}](https://x.org/f.png)`],
  ])('%s', (markdown, expected) => {
    const line = roundTrip(markdown);
    expect(line).not.toMatch(/geheim/i);
    if (!markdown.startsWith('Ge*rrit')) expect(line).toBe(expected);
  });

  it('leaves the tree it was given unchanged', () => {
    const tree = parseMarkdown('Gerrit *Geheim* zei');
    const before = JSON.stringify(tree);
    redactTree(tree, policy);
    expect(JSON.stringify(tree)).toBe(before);
  });
});

describe('the name matcher on long text (a whole rendered document)', () => {
  it('finds a name anywhere in a long text, also broken over lines at the edge of a part', () => {
    const filler = 'Een regel tekst over het plein en de wijk, zonder namen.\n';
    for (const at of [0, 4_000, 4_096, 8_150, 50_000, 99_000]) {
      const before = filler.repeat(Math.floor(at / filler.length));
      const text = `${before}Gerrit\nGeheim zei iets.\n${filler.repeat(2_000)}`;
      const found = matcher.findHidden(text);
      expect(found, String(at)).toHaveLength(1);
      expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Gerrit\nGeheim');
    }
    expect(matcher.findHidden(filler.repeat(3_000))).toEqual([]);
  });
});

describe('the refusal names where a name came from', () => {
  it('lists the source lines, the same spelling first and the naam: fields last, without the name in the message', async () => {
    const root = fixture('privacy-corpus');
    const io = { cwd: root, env: {}, stdout: { write: () => true }, stderr: { write: () => true } };
    const loaded = await loadValidLogbook({ root }, io);
    if (!loaded.ok) throw new Error('privacy-corpus is not valid');
    const policy = namePolicy(loaded.logbook, 'intern');
    const error = new HiddenNameError('rapportage-1', [{ where: 'rapportage-1.html', name: 'Gerrit Geheim', spelling: 'g j geheim' }]);
    const located = await withSourceLines(loaded.logbook, root, root, policy.matcher, () => {
      throw error;
    }).catch((thrown: unknown) => thrown as HiddenNameError);
    expect(located).toBeInstanceOf(HiddenNameError);
    expect(located.sources[0]).toEqual({ path: 'sessies/2021-02-10-gesprek-gerrit-geheim.md', line: 7, column: 24 });
    const last = located.sources[located.sources.length - 1]!;
    expect(readFileSync(join(root, last.path), 'utf8').split('\n')[last.line - 1]).toMatch(/^\s*(?:- )?(?:naam|persoon|contactpersoon):/);
    expect(located.message).toMatch(/^Een naam zonder toestemming zou in rapportage-1 komen \(rapportage-1\.html\)\. Er is niets geschreven\.\nDe naam komt uit sessies\/2021-02-10-gesprek-gerrit-geheim\.md:7:24, /);
    expect(located.message).not.toContain('Gerrit');
  });
});
