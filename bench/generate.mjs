// Deterministic synthetic logbooks in the real file format, for benchmarks.
// Usage: node bench/generate.mjs DIR SESSIONS
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FUNCTIES = ['beleidsadviseur', 'projectleider', 'wijkregisseur', 'programmeur', 'subsidieadviseur', 'jurist', 'gebiedsmanager', 'accountmanager', 'ondernemer', 'bewoner'];
const ROLLEN = ['adviseur', 'projectleider', 'financierder', 'toetser', 'partner', 'verbinder', 'procesbegeleider', 'regisseur'];
const PARADIGMAS = [['rechtmatig'], ['presterend'], ['samenwerkend'], ['responsief'], ['presterend', 'samenwerkend'], ['samenwerkend', 'responsief']];
const SOORTEN = ['interactief', 'evaluatie', 'intervisie', 'coaching'];
// People in portraits get names that look like real ones (a third without consent), so
// that redaction does the work it does on a real logbook. ("Persoon 17" made every
// number in a report a candidate surname.)
const VOORNAMEN = ['Anouk', 'Bram', 'Chantal', 'Daan', 'Esra', 'Fleur', 'Gijs', 'Hanna', 'Ilse', 'Jeroen', 'Karim', 'Lotte', 'Milan', 'Noor', 'Olaf', 'Priya'];
const ACHTERNAMEN = ['de Boer', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Groot', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'Kaya', 'El Amrani', 'Verhoeven', 'Wolters'];
const naamVan = (p) => `${VOORNAMEN[p % VOORNAMEN.length]} ${ACHTERNAMEN[Math.floor(p / VOORNAMEN.length) % ACHTERNAMEN.length]}`;
const WOORDEN = 'de gemeente stad initiatief bewoners samen leren ruimte regels vertrouwen proces besluit budget partners wijk school energie plan gesprek rol opgave'.split(' ');

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Two paradigms that do not border in the NSOB quadrant: `ef check` warns (paradigma-diagonal).
const DIAGONALS = [['rechtmatig', 'samenwerkend'], ['presterend', 'responsief']];

/**
 * Writes a logbook of `sessions` sessions. With `warnings` (the default) every other
 * session has one role on a diagonal, so about half the files carry a warning, as
 * real logbooks may.
 */
export function generate(dir, sessions, { seed = 42, warnings = true } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const sentence = (n) => {
    const words = Array.from({ length: n }, () => pick(WOORDEN));
    return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['casussen', 'sessies', 'activiteiten', 'portretten', 'rapportages']) mkdirSync(join(dir, folder), { recursive: true });
  const team = ['Anna de Vries', 'Bram Jansen', 'Chris Bakker'];
  writeFileSync(
    join(dir, 'ef.config.yaml'),
    `organisatie: Gemeente Voorbeeld\nleerroute: Excellent Faciliteren\nteam:\n${team.map((n) => `  - naam: ${n}\n    functie: Publiek Ondernemer`).join('\n')}\npartners: [A&O fonds Gemeenten]\nlimieten:\n  bestanden: 1000000\n`,
  );
  const cases = Math.max(1, Math.round(sessions / 10));
  for (let c = 0; c < cases; c += 1) {
    writeFileSync(
      join(dir, 'casussen', `casus-${c}.md`),
      `---\ntitel: Casus ${c}\nstatus: ${pick(['lopend', 'afgerond', 'gepauzeerd'])}\ninitiatiefnemer: ${pick(FUNCTIES)}\nsdgs: [${int(1, 8)}, ${int(9, 17)}]\ncriteria:\n  vraag_uit_de_stad: ${sentence(8)}\n  voorbeeld: ${sentence(8)}\n  veranderende_samenleving: ${sentence(8)}\n---\n\n${sentence(30)}\n`,
    );
  }
  const startYear = 2015;
  const daysPerYear = 360;
  for (let s = 0; s < sessions; s += 1) {
    const day = Math.floor((s / sessions) * daysPerYear * Math.max(1, Math.ceil(sessions / 1000)));
    const year = startYear + Math.floor(day / daysPerYear);
    const month = 1 + Math.floor((day % daysPerYear) / 30);
    const dom = 1 + (day % 30 > 27 ? 27 : day % 30);
    const datum = `${year}-${String(month).padStart(2, '0')}-${String(dom).padStart(2, '0')}`;
    const diagonal = warnings && s % 2 === 0;
    const deelnemers = Array.from({ length: int(3, 8) }, (_, d) => {
      const rollen = Array.from({ length: int(1, 2) }, (_, r) => {
        const p = diagonal && d === 0 && r === 0 ? DIAGONALS[s % 4 === 0 ? 0 : 1] : pick(PARADIGMAS);
        return `      - rol: ${pick(ROLLEN)}\n        paradigma: [${p.join(', ')}]\n        gericht: ${pick(['stad', 'intern'])}`;
      });
      return `  - functie: ${pick(FUNCTIES)}\n    intern: ${random() < 0.7}\n    rollen:\n${rollen.join('\n')}`;
    });
    const paragraphs = Array.from({ length: int(2, 6) }, () => sentence(int(20, 40)));
    const items = (n) => Array.from({ length: n }, () => `- ${sentence(int(6, 14))}`).join('\n');
    writeFileSync(
      join(dir, 'sessies', `${datum}-sessie-${s}.md`),
      `---\ntitel: Sessie ${s}\ndatum: ${datum}\nsoort: ${pick(SOORTEN)}\ncasus: casus-${s % cases}\nbegeleiding: [${pick(team)}]\ndeelnemers:\n${deelnemers.join('\n')}\n---\n\n## Verloop\n\n${paragraphs.join('\n\n')}\n\n## Opbrengsten\n\n${items(int(2, 5))}\n\n## Leerpunten\n\n${items(int(1, 3))}\n`,
    );
  }
  for (let a = 0; a < Math.max(1, Math.round(sessions / 20)); a += 1) {
    writeFileSync(join(dir, 'activiteiten', `${startYear}-01-${String(1 + (a % 28)).padStart(2, '0')}-activiteit-${a}.md`), `---\ntitel: Activiteit ${a}\ndatum: ${startYear}-01-${String(1 + (a % 28)).padStart(2, '0')}\nsoort: presentatie\npubliek: Directieteam\n---\n\n${sentence(20)}\n`);
  }
  for (let p = 0; p < Math.max(1, Math.round(sessions / 50)); p += 1) {
    writeFileSync(join(dir, 'portretten', `${startYear}-02-01-portret-${p}.md`), `---\ntitel: Portret ${p}\ndatum: ${startYear}-02-01\npersoon: ${naamVan(p)}\nfunctie: ${pick(FUNCTIES)}\ntoestemming: ${pick(['geen', 'intern', 'publiek'])}\n---\n\n${sentence(40)}\n`);
  }
  writeFileSync(join(dir, 'rapportages', 'rapportage-1.md'), `---\nnummer: 1\ntitel: 1e rapportage\nperiode: ${startYear}\n---\n\n${sentence(40)}\n`);
}

/** One session whose frontmatter has `keys` extra keys of about ten bytes each (about 1 MB for 100,000). */
export function generateManyKeys(dir, keys = 100_000) {
  generate(dir, 10, { warnings: false });
  const lines = Array.from({ length: keys }, (_, index) => `k${index}: v`).join('\n');
  writeFileSync(
    join(dir, 'sessies', '2015-01-01-veel-sleutels.md'),
    `---\ntitel: Veel sleutels\ndatum: 2015-01-01\nsoort: interactief\ncasus: casus-0\nbegeleiding: [Anna de Vries]\ndeelnemers:\n  - functie: jurist\n${lines}\n---\n\n## Opbrengsten\n\n- Een.\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('Gebruik: node bench/generate.mjs MAP AANTAL_SESSIES');
    process.exit(2);
  }
  generate(dir, Number(n));
}
