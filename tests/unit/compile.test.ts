// The compile stage's pure parts: safe body copies, heading ids, Dutch labels, period
// selection, names and consent, file names, and the Markdown writer's escaping.
import type { RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { Slugger } from '../../src/compile/anchors.js';
import { paradigmaTekst, herkomst } from '../../src/compile/labels.js';
import { compileLogbook } from '../../src/compile/logbook.js';
import { paragraph, text } from '../../src/compile/mdast.js';
import { assertNoHiddenNames, namePolicy, WEGGELATEN } from '../../src/compile/privacy.js';
import { compileRapportage, rapportageSlug, safeSlug } from '../../src/compile/rapportage.js';
import { collectDefinitions, sanitizeBlocks } from '../../src/compile/sanitize.js';
import { forAudience, selectPeriod } from '../../src/compile/select.js';
import { loadValidLogbook } from '../../src/cli/valid-logbook.js';
import { resolvePeriod } from '../../src/model/resolve-period.js';
import type { Logbook } from '../../src/model/types.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { fixture } from '../helpers/ef.js';
import { aantal, opsomming } from '../../src/core/dutch.js';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);

async function model(name: string): Promise<Logbook> {
  let stderr = '';
  const io = { cwd: fixture(name), env: {}, stdout: { write: () => true }, stderr: { write: (chunk: string) => (stderr += chunk) } };
  const result = await loadValidLogbook({ root: fixture(name) }, io);
  if (!result.ok) throw new Error(`fixture ${name} is not valid:\n${stderr}`);
  return result.logbook;
}

describe('sanitizeBlocks: body Markdown made safe for a report', () => {
  const clean = (markdown: string, base?: number) => {
    const tree = parse(markdown);
    return sanitizeBlocks(tree.children, { definitions: collectDefinitions(tree), headingBase: base });
  };

  it('turns raw HTML into text, inline and as a block', () => {
    expect(clean('<div onclick="x()">a</div>')).toEqual([paragraph('<div onclick="x()">a</div>')]);
    expect(clean('a <b>b</b>')).toEqual([paragraph('a ', '<b>', 'b', '</b>')]);
  });

  it('keeps web and mail links, and only the text of any other link', () => {
    expect(clean('[a](https://example.org) [b](mailto:x@example.org) [c](javascript:alert(1)) [d](../casussen/x.md) [e](#kop)')).toEqual([
      paragraph(
        { type: 'link', url: 'https://example.org', children: [text('a')] },
        ' ',
        { type: 'link', url: 'mailto:x@example.org', children: [text('b')] },
        ' ', 'c', ' ', 'd', ' ', 'e',
      ),
    ]);
  });

  it('resolves references with the definitions of the whole body, and drops the definitions', () => {
    const result = clean('[goed][g] en [slecht][s]\n\n[g]: https://example.org/g\n[s]: javascript:alert(1)');
    expect(result).toEqual([paragraph({ type: 'link', url: 'https://example.org/g', children: [text('goed')] }, ' en ', 'slecht')]);
  });

  it('replaces images from a body by their alt text', () => {
    expect(clean('![een foto](foto.jpg) ![](leeg.png)')).toEqual([paragraph('[afbeelding: een foto]', ' ')]);
  });

  it('shifts headings so that the shallowest gets the level asked for, at most 6', () => {
    const result = clean('# Een\n\n## Twee\n\n###### Zes', 4) as Array<RootContent & { depth?: number }>;
    expect(result.map((node) => node.depth)).toEqual([4, 5, 6]);
  });

  it('drops positions and unknown data', () => {
    expect(JSON.stringify(clean('Tekst *nadruk*'))).not.toContain('position');
  });
});

describe('Slugger: the heading ids GitHub gives', () => {
  it('lower-cases, drops punctuation, keeps letters with accents and numbers repeats', () => {
    const slugger = new Slugger();
    expect(slugger.slug('Eerste evaluatiebijeenkomst: Cornelis Musius (28 januari 2021)')).toBe('eerste-evaluatiebijeenkomst-cornelis-musius-28-januari-2021');
    expect(slugger.slug("Global Goals (SDG's)")).toBe('global-goals-sdgs');
    expect(slugger.slug('Éénrichtingsverkeer')).toBe('éénrichtingsverkeer');
    expect(slugger.slug('Opbrengsten')).toBe('opbrengsten');
    expect(slugger.slug('Opbrengsten')).toBe('opbrengsten-1');
    expect(slugger.slug('Opbrengsten')).toBe('opbrengsten-2');
    expect(slugger.slug('<script>alert(1)</script>')).toBe('scriptalert1script');
  });
});

describe('Dutch wording', () => {
  it('names one paradigm, or the border between two', () => {
    expect(paradigmaTekst(['samenwerkend'])).toBe('Samenwerkende overheid');
    expect(paradigmaTekst(['presterend', 'samenwerkend'])).toBe('op de grens van presterende en samenwerkende overheid');
    expect(paradigmaTekst(['responsief', 'responsief'])).toBe('Responsieve overheid');
  });

  it('enumerates and counts in words', () => {
    expect(opsomming(['a'])).toBe('a');
    expect(opsomming(['a', 'b', 'c'])).toBe('a, b en c');
    expect(aantal(1, 'bijeenkomst', 'bijeenkomsten')).toBe('één bijeenkomst');
    expect(aantal(12, 'rol', 'rollen')).toBe('twaalf rollen');
    expect(aantal(21, 'rol', 'rollen')).toBe('21 rollen');
  });

  it('says where an attendee comes from', () => {
    const config = { organisatie: 'Gemeente Delft' };
    // "de gemeente Delft" in running text: the capital belongs to the name on the cover.
    expect(herkomst({ intern: true }, config)).toBe('gemeente Delft, intern');
    expect(herkomst({ intern: false }, config)).toBe('extern');
    expect(herkomst({ intern: false, organisatie: 'School' }, config)).toBe('School, extern');
    // Not known is said, never guessed.
    expect(herkomst({ intern: undefined }, config)).toBe('intern of extern niet vastgelegd');
    expect(herkomst({ intern: undefined, organisatie: 'School' }, config)).toBe('School, intern of extern niet vastgelegd');
  });
});

describe('file names', () => {
  it('uses the rapportage id for its own period, else the period; -publiek for the public', async () => {
    const logbook = await model('compile-volledig');
    expect(rapportageSlug(resolvePeriod('2021-Q2', logbook), 'intern')).toBe('rapportage-2');
    expect(rapportageSlug(resolvePeriod('1', logbook), 'publiek')).toBe('rapportage-1-publiek');
    expect(rapportageSlug(resolvePeriod('2021-H1', logbook), 'intern')).toBe('rapportage-2021-h1');
    expect(rapportageSlug(resolvePeriod('2021-01-01..2021-03-15', logbook), 'intern')).toBe('rapportage-2021-01-01-2021-03-15');
    expect(safeSlug('Rapportage Één (concept)')).toBe('rapportage-een-concept');
  });
});

describe('selectPeriod', () => {
  it('includes both the first and the last day', async () => {
    const logbook = await model('compile-volledig');
    const selection = selectPeriod(logbook, { van: '2021-01-14', tot: '2021-02-03' });
    expect(selection.sessies.map((s) => s.id)).toEqual(['2021-01-14-moestuin-start', '2021-01-14-verkeer', '2021-02-03-intervisie']);
    expect(selection.activiteiten.map((a) => a.id)).toEqual(['2021-01-20-presentatie']);
    expect(selectPeriod(logbook, { van: '2021-01-15', tot: '2021-02-02' }).sessies).toEqual([]);
  });
});

describe('names and consent', () => {
  let logbook: Logbook;
  beforeAll(async () => {
    logbook = await model('privacy-namen');
  });

  it('hides geen everywhere, and also intern in public; the team always shows', () => {
    expect([...namePolicy(logbook, 'intern').hidden].sort()).toEqual(['Gerrit Geheim', 'Greta Geenportret', 'José Geen']);
    expect([...namePolicy(logbook, 'publiek').hidden].sort()).toEqual([
      'Gerrit Geheim', 'Greta Geenportret', 'Hanna Halfjaar', 'Ingrid Intern', 'José Geen', 'Xander Extern',
    ]);
    expect(namePolicy(logbook, 'publiek').allows('Tessa Teamlid')).toBe(true);
  });

  it('redacts in any case, with or without accents, with any separator', () => {
    const policy = namePolicy(logbook, 'intern');
    expect(policy.redact('Gerrit Geheim, GERRIT GEHEIM, gerrit-geheim, Jose Geen, José  Geen, Jose\u0301 Geen.')).toBe(
      Array(6).fill(WEGGELATEN).join(', ') + '.',
    );
    expect(policy.redact('Gerrit Geheimzinnig en Ingrid Intern')).toBe('Gerrit Geheimzinnig en Ingrid Intern');
  });

  it('finds a hidden name in URLs, slugs, entities and SVG text', () => {
    const policy = namePolicy(logbook, 'intern');
    expect(policy.leaks('https://example.org/gerrit-geheim')).toBe(true);
    expect(policy.leaks('https://example.org/Jos%C3%A9_Geen')).toBe(true);
    expect(policy.leaks('<text>Greta&#32;Geenportret</text>')).toBe(true);
    expect(policy.leaks('https://example.org/plan')).toBe(false);
  });

  it('does not cut up an allowed longer name that contains a hidden one', async () => {
    const base = await model('privacy-namen');
    const copy = {
      ...base,
      config: { ...base.config, team: [...base.config.team, { naam: 'Gerrit Geheim de Tweede' }] },
    } as Logbook;
    const policy = namePolicy(copy, 'intern');
    expect(policy.redact('Gerrit Geheim de Tweede en Gerrit Geheim')).toBe(`Gerrit Geheim de Tweede en ${WEGGELATEN}`);
    expect(policy.leaks('gerrit-geheim-de-tweede')).toBe(false);
    expect(policy.leaks('gerrit-geheim-de-tweede en gerrit geheim')).toBe(true);
  });

  it('forAudience takes names out of attendee lists and portraits out, and leaves the model alone', () => {
    const publiek = forAudience(logbook, 'publiek');
    const deelnemers = publiek.sessies[0]!.data.deelnemers;
    expect(deelnemers.map((d) => d.naam)).toEqual(['Pieter Publiek', undefined, undefined, undefined, 'Tessa Teamlid']);
    expect(deelnemers.map((d) => d.functie)).toEqual(logbook.sessies[0]!.data.deelnemers.map((d) => d.functie));
    expect(publiek.portretten.map((p) => p.data.persoon)).toEqual(['Pieter Publiek']);
    expect(forAudience(logbook, 'intern').portretten.map((p) => p.data.persoon)).toEqual(['Pieter Publiek', 'Ingrid Intern']);
    expect(logbook.sessies[0]!.data.deelnemers[1]!.naam).toBe('Ingrid Intern');
  });

  it('refuses a compiled document that would still show a hidden name', () => {
    const doc = compileRapportage(logbook, resolvePeriod('1', logbook), 'publiek');
    const policy = namePolicy(logbook, 'publiek');
    expect(() => assertNoHiddenNames(doc, policy)).not.toThrow();
    const leaking = { ...doc, images: [...doc.images, { name: 'x.svg', svg: '<svg><text>Ingrid Intern</text></svg>', alt: 'x' }] };
    expect(() => assertNoHiddenNames(leaking, policy)).toThrow(/Een naam zonder toestemming zou in rapportage-1-publiek komen \(de afbeelding x\.svg\)/);
    expect(() => assertNoHiddenNames(leaking, policy)).not.toThrow(/Ingrid/);
  });
});

describe('compiled documents', () => {
  it('start below the title with level-2 sections, and the date is the end of the period', async () => {
    const logbook = await model('compile-volledig');
    const doc = compileRapportage(logbook, resolvePeriod('2021-Q1', logbook), 'intern');
    expect(doc.meta).toMatchObject({ titel: '1e rapportage (A1)', ondertitel: 'eerste kwartaal 2021', nummer: 1, datum: '2021-03-31' });
    const depths = doc.tree.children.filter((node) => node.type === 'heading').map((node) => (node as { depth: number }).depth);
    expect(Math.min(...depths)).toBe(2);
    expect(doc.tree.children[0]).toMatchObject({ type: 'heading', depth: 2 });
    const logboek = compileLogbook(logbook, 'intern');
    expect(logboek.meta).toMatchObject({ titel: 'Logboek Excellent Faciliteren Voorbeeldstad', ondertitel: undefined, datum: '2021-05-20' });
    expect(logboek.images).toEqual([]);
  });

  it('holds user text only as text: never an html node', async () => {
    const logbook = await model('compile-vijandig');
    const doc = compileRapportage(logbook, resolvePeriod('1', logbook), 'intern');
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    walk(doc.tree);
    expect(types.has('html')).toBe(false);
  });
});

describe('renderMarkdown', () => {
  it('writes the title block and keeps a lone & readable, but escapes what could be a reference', async () => {
    const logbook = await model('compile-volledig');
    const doc = compileLogbook(logbook, 'publiek');
    const withText = { ...doc, tree: { type: 'root' as const, children: [paragraph('A&O, &amp; en &#123; en AT&T;')] } };
    const md = renderMarkdown(withText);
    expect(md).toBe(
      [
        '# Logboek Excellent Faciliteren Voorbeeldstad',
        '',
        'Gemeente Voorbeeldstad · leerroute Excellent Faciliteren',
        '',
        'Stand: 20 mei 2021',
        '',
        'In samenwerking met A&O fonds Gemeenten en Hogeschool Voorbeeldstad.',
        '',
        '**Publieksversie.** Namen van mensen die geen toestemming gaven voor publicatie zijn weggelaten; hun functie staat er wel.',
        '',
        'A&O, \\&amp; en \\&#123; en AT\\&T;',
        '',
      ].join('\n'),
    );
    const roundTrip = parse(md).children.at(-1)!;
    expect(roundTrip).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'A&O, &amp; en &#123; en AT&T;' }] });
  });
});
