// The one name matcher of ef. Every place that asks "is there a name in this text?"
// (redacting the model, checking a compiled document, searching rendered files, `ef stats`)
// uses this module, so the rules are the same everywhere.
//
// Text is compared in a folded form: compatibility-decomposed (NFKD, so NFC/NFD, ligatures,
// full-width and mathematical letters compare equal), accents dropped, lower case,
// invisible characters (soft hyphen, zero-width space/joiners, word joiner, BOM) and
// character references for them (`&shy;`, `&#173;`) removed, `&euml;` and `%C3%AB`
// decoded. The folded text is cut into words; punctuation and markup between words only
// separate them, so `Gerrit *Geheim*` and `gerrit-geheim` are two words, as the name is.
//
// A person is found by:
//   - the full name, or the first given name + surname (`Gerrit Geheim`);
//   - the surname with or without its tussenvoegsels (`van der Linden`, `Linden`), when
//     it has at least four letters; when it is also a common Dutch word (`Groot`,
//     `Bakker`) only when written with a capital;
//   - initials + surname (`G. Geheim`, `G.J. van der Linden`), the first initial being one
//     of the person's own;
//   - surname, comma, given name(s) or initials (`Geheim, Gerrit`, `Linden, A. van der`);
// each with a suffix: `'s`, `s`, `-achtig`, or any word after an apostrophe or hyphen.
//
// Where two people's forms overlap, the longest match wins (an allowed `Anna de Vries`
// is not cut up by a hidden `Anna`); at equal length the hidden person wins, so a
// surname shared by a hidden and an allowed person is hidden when it stands alone.

export interface Person {
  readonly name: string;
  readonly hidden: boolean;
}

export interface NameMatch {
  /** Offsets in the original text (UTF-16 code units), end exclusive, suffix included. */
  readonly start: number;
  readonly end: number;
  readonly hidden: boolean;
  /** The person as written in the logbook. */
  readonly name: string;
}

type Sep = 'space' | 'comma' | 'apos' | 'hyphen';

interface Token {
  /** The folded word: lower-case letters and digits. */
  readonly w: string;
  readonly s: number;
  readonly e: number;
  /** The separator before this word; 'space' for the first. */
  readonly sep: Sep;
  /** Written with a capital letter. */
  readonly cap: boolean;
}

/** Tussenvoegsels and name particles: never a surname on their own. */
const PARTICLES = new Set([
  'van', 'de', 'der', 'den', 'het', 't', 'ter', 'ten', 'te', 'in', 'op', 'aan', 'bij', 'uit', 'onder', 'over', 'voor', 'tot', 'door',
  'la', 'le', 'les', 'du', 'des', 'di', 'da', 'dos', 'das', 'del', 'della', 'von', 'vom', 'zu', 'zum', 'zur', 's', 'l', 'd', 'el', 'al',
  'ben', 'bin', 'ibn', 'mac', 'mc', 'o',
]);

/**
 * Surnames that are also common Dutch words: alone, they count only when written with a
 * capital (`mevrouw Groot`, not `een groot plan`). Kept small on purpose: a word left
 * out here is redacted in every spelling, which hides too much rather than too little.
 */
const COMMON_WORDS = new Set([
  'groot', 'klein', 'jong', 'lang', 'kort', 'goed', 'snel', 'vrij', 'rijk', 'arm', 'wit', 'zwart', 'groen', 'rood', 'bruin', 'blauw',
  'vroom', 'hoog', 'laag', 'koning', 'boer', 'bakker', 'visser', 'molenaar', 'koster', 'smit', 'berg', 'dijk', 'beek', 'hoek', 'brink',
  'veen', 'meer', 'haan', 'wolf', 'vogel', 'post', 'prins', 'winter', 'zomer', 'heer', 'baas', 'kind', 'graaf', 'steen', 'stad', 'plein',
  'huis', 'water', 'mond', 'hart', 'hand', 'voet', 'weg', 'land', 'veld', 'bosch', 'kerk', 'school', 'markt', 'brug', 'poort', 'toren',
  'mulder', 'kramer', 'schipper', 'timmerman', 'kok', 'wever', 'slot', 'kuiper', 'dekker', 'schouten', 'vos', 'bos', 'maas', 'blom',
  'zoet', 'zuur', 'bitter', 'vers', 'oud', 'nieuw', 'open', 'dicht', 'warm', 'koud', 'licht', 'donker', 'stil', 'sterk', 'zacht', 'vast',
  'voor', 'door', 'over', 'naar', 'maar', 'want', 'deze', 'onder', 'tussen', 'samen', 'thuis', 'buiten', 'binnen', 'even', 'ook', 'altijd',
]);

/** What may be glued to a name's last word: `Geheims`, `Geheimse`, `Geheimachtig`. */
const SUFFIXES = new Set(['s', 'se', 'sche', 'achtig', 'achtige', 'iaans', 'iaanse', 'je', 'tje', 'jes', 'tjes', 'ke', 'ie', 'ian', 'iaan', 'isme', 'ist']);

/** The last letters of SUFFIXES: a word ending otherwise has no suffix to take off. */
const SUFFIX_ENDS = new Set([...SUFFIXES].map((suffix) => suffix.charCodeAt(suffix.length - 1)));

// Variation selectors and joiners are listed one by one on purpose: each is removed on its own.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;
// Texts longer than this are searched in parts (see findInParts).
const LONG_TEXT = 16_384;
const PART = 4_096;
const CONTEXT_LINES = 3;

// Inline Markdown markup: read once as a separator (`Gerrit *Geheim*`, `gerrit_geheim`) and
// once as nothing at all (`Ge_heim`, `**Gerrit**Geheim`), as a reader would see it.
const MARKUP = new Set(['*', '_', '~', '`', '\\', '|', '^', '[', ']']);
const MARKUP_RE = /[*_~`\\|^[\]]/;
const MARKUP_ALL = /[*_~`\\|^[\]]+/g;
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '`', '\u00B4', '\u02BC', '\u2032', '\u02B9']);
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63', '\uFF0D']);
// Letters that do not decompose but read as a plain letter.
const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', ı: 'i', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ς: 'σ', ĳ: 'ij', Ĳ: 'ij',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'gu');

const NAMED: Record<string, string> = {
  shy: '\u00AD', zerowidthspace: '\u200B', zwj: '\u200D', zwnj: '\u200C', nobreak: '\u2060', nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '\u2019', lsquo: '\u2018', ndash: '\u2013', mdash: '\u2014', hyphen: '-', dash: '-',
  szlig: 'ss', aelig: 'ae', oslash: 'o', oelig: 'oe', eth: 'd', thorn: 'th', invisibletimes: '', invisiblecomma: '', invisibleplus: '', af: '',
};
const ACCENTED = /^([a-z])(acute|grave|uml|circ|tilde|ring|cedil|caron|breve|macr|ogon|dot|dblac|slash|strok)$/i;
const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const PERCENT = /(?:%[0-9a-fA-F]{2})+/y;

/** One character (or character reference) folded for comparison; '' for invisible ones. */
function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  return char
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(INVISIBLE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c]!)
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c]!);
}

/** A string folded as a whole, character by character (used for names and small texts). */
export function fold(text: string): string {
  let out = '';
  forEachUnit(text, (_s, _e, folded) => (out += folded));
  return out;
}

function decodeEntity(body: string): string | undefined {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
  }
  const lower = body.toLowerCase();
  if (lower in NAMED) return NAMED[lower];
  const accented = ACCENTED.exec(body);
  return accented ? accented[1]! : undefined;
}

/**
 * Calls `visit` for every unit of `text`: a code point, a character reference or a run
 * of %-escapes, with its original offsets and its folded form.
 */
function forEachUnit(text: string, visit: (start: number, end: number, folded: string) => void): void {
  for (let i = 0; i < text.length; ) i = nextUnit(text, i, visit);
}

/** Visits the unit at `i` and returns where the next one starts. */
function nextUnit(text: string, i: number, visit: (start: number, end: number, folded: string) => void): number {
  const code = text.charCodeAt(i);
  if (code === 0x26 /* & */) {
    ENTITY.lastIndex = i;
    const match = ENTITY.exec(text);
    const decoded = match ? decodeEntity(match[1]!) : undefined;
    if (match && decoded !== undefined) {
      visit(i, i + match[0].length, foldDecoded(decoded));
      return i + match[0].length;
    }
  } else if (code === 0x25 /* % */) {
    PERCENT.lastIndex = i;
    const match = PERCENT.exec(text);
    if (match) {
      let decoded: string | undefined;
      try {
        decoded = decodeURIComponent(match[0]);
      } catch {
        decoded = undefined;
      }
      if (decoded !== undefined) {
        visit(i, i + match[0].length, foldDecoded(decoded));
        return i + match[0].length;
      }
    }
  }
  const size = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  visit(i, i + size, foldChar(text.slice(i, i + size)));
  return i + size;
}

function foldDecoded(decoded: string): string {
  let out = '';
  for (const char of decoded) out += foldChar(char);
  return out;
}

function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}]/u.test(char);
}

/** The words of a text, with their original offsets and the separator before each. */
function tokenize(text: string, markupInvisible = false): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let start = -1;
  let end = -1;
  let gap = '';
  const flush = () => {
    if (word === '') return;
    const first = text.slice(start, start + 2);
    tokens.push({ w: word, s: start, e: end, sep: classify(gap, tokens.length === 0), cap: first !== first.toLowerCase() });
    word = '';
    gap = '';
  };
  const add = (s: number, e: number, folded: string) => {
    if (folded === '') return; // invisible: neither a letter nor a gap
    for (const char of folded) {
      if (markupInvisible && MARKUP.has(char)) continue;
      if (isWordChar(char)) {
        if (word === '') start = s;
        word += char;
        end = e;
      } else {
        flush();
        gap += char;
      }
    }
  };
  const length = text.length;
  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    // Plain ASCII, the common case, without the general path below.
    if (code < 0x80 && code !== 0x26 && code !== 0x25) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
        if (word === '') start = i;
        word += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
        end = i + 1;
      } else if (!(markupInvisible && MARKUP.has(text[i]!))) {
        flush();
        gap += text[i];
      }
      i++;
      continue;
    }
    i = nextUnit(text, i, add);
  }
  flush();
  return tokens;
}

function classify(gap: string, first: boolean): Sep {
  if (first || gap === '') return 'space';
  if (gap.includes(',')) return 'comma';
  let apos = true;
  let hyphen = true;
  for (const char of gap) {
    if (!APOSTROPHES.has(char)) apos = false;
    if (!HYPHENS.has(char)) hyphen = false;
  }
  return apos ? 'apos' : hyphen ? 'hyphen' : 'space';
}

/** A name's words in folded form, cut into given names, particles and the surname core. */
interface ParsedName {
  readonly person: Person;
  readonly all: readonly string[];
  readonly given: readonly string[];
  readonly particles: readonly string[];
  readonly core: readonly string[];
}

function parseName(person: Person): ParsedName | undefined {
  const tokens = tokenize(person.name);
  if (tokens.length === 0) return undefined;
  // Parts: words joined by a hyphen or apostrophe stay together (`Jan-Willem`, `O'Brien`).
  const parts: string[][] = [];
  for (const token of tokens) {
    if (parts.length > 0 && (token.sep === 'hyphen' || token.sep === 'apos')) parts[parts.length - 1]!.push(token.w);
    else parts.push([token.w]);
  }
  const all = tokens.map((token) => token.w);
  if (parts.length === 1) return { person, all, given: [], particles: [], core: all };
  let p = parts.findIndex((part, index) => index > 0 && index < parts.length - 1 && part.length === 1 && PARTICLES.has(part[0]!));
  if (p === -1) p = parts.length - 1;
  let q = p;
  while (q < parts.length - 1 && parts[q]!.length === 1 && PARTICLES.has(parts[q]![0]!)) q++;
  return {
    person,
    all,
    given: parts.slice(0, p).flat(),
    particles: parts.slice(p, q).flat(),
    core: parts.slice(q).flat(),
  };
}

type Kind = 'full' | 'surname' | 'reverse';

interface Pattern {
  readonly tokens: readonly string[];
  readonly kind: Kind;
  readonly parsed: ParsedName;
  /** For `reverse`: the index of the token that must follow a comma. */
  readonly commaAt: number;
  /** For `surname`: only when the text has it with a capital. */
  readonly needsCapital: boolean;
  /** False for a surname too short to count alone: it still counts after initials (`W. Li`). */
  readonly standalone: boolean;
}

interface Candidate {
  readonly first: number;
  /** Index of the last token, suffix words included. */
  readonly last: number;
  readonly parsed: ParsedName;
}

export class NameMatcher {
  private readonly byFirst = new Map<string, Pattern[]>();
  /** Folded surname cores (or single names) of hidden people: every form of a hidden name contains one. */
  private readonly anchors: string[];
  /** One expression for every anchor (a trie of them): a single pass over a text's letters. */
  private readonly anchorPattern: RegExp | undefined;
  private readonly shortAnchors: RegExp | undefined;
  private readonly shortContext = new Map<string, ShortContext[]>();
  readonly hasHidden: boolean;

  /**
   * `commonWords`: more words that, as a surname alone, count only with a capital (ef's own
   * vocabulary: `intern`, `verbinder`, …), on top of the built-in list.
   */
  constructor(people: readonly Person[], options: { readonly commonWords?: Iterable<string> } = {}) {
    const common = new Set(COMMON_WORDS);
    for (const word of options.commonWords ?? []) common.add(fold(word));
    const parsed = people.map(parseName).filter((p): p is ParsedName => p !== undefined);
    for (const name of parsed) for (const pattern of patternsOf(name, common)) this.add(pattern);
    const cores = [...new Set(parsed.filter((p) => p.person.hidden).map((p) => p.core.join('')))].filter((a) => a !== '');
    this.hasHidden = cores.length > 0;
    // A core of one or two letters (`Li`) or with digits is in the letters of almost every text:
    // those are looked for with a regular expression below, with markup as a gap and as nothing.
    const isShort = (core: string) => core.length < 3 || /\p{N}/u.test(core);
    this.anchors = cores.filter((core) => !isShort(core));
    // Written glued together (`WeiLi`), a short surname has no word of its own.
    for (const name of parsed) {
      if (name.person.hidden && isShort(name.core.join('')) && name.given.length > 0) this.anchors.push(name.all.join(''));
    }
    // A short surname is looked for as a word of its own, and then in the company every form
    // gives it: a given name or an initial before it, a comma and a given name or initial
    // after it, or its particles before it.
    const suffix = `(?:${[...SUFFIXES].join('|')})?`;
    const gap = '[^\\p{L}\\p{N}]{0,8}';
    const shortNames = parsed.filter((name) => name.person.hidden && isShort(name.core.join('')));
    for (const name of shortNames) {
      const core = name.core.join(' ');
      const given = `(?:${[...name.given.map(escapeRegExp), '\\p{L}'].join('|')})`;
      const particles = name.particles.map(escapeRegExp).join(gap);
      const context = this.shortContext.get(core) ?? [];
      if (name.given.length === 0) context.push({ before: undefined, after: undefined });
      else {
        const optionalParticles = particles === '' ? '' : `(?:${particles}${gap})?`;
        const names = `(?:${name.given.map(escapeRegExp).join('|')})`;
        context.push({ before: new RegExp(`(?<![\\p{L}\\p{N}])${names}${gap}${optionalParticles}$`, 'u'), after: undefined });
        // An initial before it counts only as the scan reads initials: a run of at most four
        // single letters of which one is an initial of this person (`P. 17`, `X.P. 17`), not
        // any letter (`y="17"` in a chart).
        const initials = new Set(name.given.map((word) => word[0]!));
        context.push({ before: new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L})${gap}${optionalParticles}$`, 'u'), after: undefined, initials });
        context.push({ before: undefined, after: new RegExp(`^${gap},${gap}${given}(?![\\p{L}\\p{N}])`, 'u') });
        if (particles !== '') context.push({ before: new RegExp(`(?<![\\p{L}\\p{N}])${particles}${gap}$`, 'u'), after: undefined });
      }
      this.shortContext.set(core, context);
    }
    const shortCores = [...this.shortContext.keys()].map((core) => core.split(' ').map(escapeRegExp).join(gap));
    this.shortAnchors =
      shortCores.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(${shortCores.join('|')})${suffix}(?![\\p{L}\\p{N}])`, 'gu');
    this.anchorPattern = this.anchors.length === 0 ? undefined : new RegExp(trieExpression(this.anchors), 'u');
  }

  private add(pattern: Pattern): void {
    const first = pattern.tokens[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push(pattern);
    this.byFirst.set(first, list);
  }

  /** Whether a short hidden surname stands in the folded text in the company of its person's forms. */
  private shortInContext(text: string): boolean {
    const anchors = this.shortAnchors!;
    anchors.lastIndex = 0;
    for (let match = anchors.exec(text); match; match = anchors.exec(text)) {
      const core = match[1]!.replace(/[^\p{L}\p{N}]+/gu, ' ');
      const before = text.slice(Math.max(0, match.index - 48), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 48);
      const from = Math.max(0, match.index - 48);
      for (const { before: b, after: a, initials } of this.shortContext.get(core) ?? []) {
        if (initials) {
          const letter = b!.exec(before);
          if (letter && initialRun(text, from + letter.index, initials)) return true;
          continue;
        }
        if ((b === undefined || b.test(before)) && (a === undefined || a.test(after))) return true;
      }
    }
    return false;
  }

  /**
   * Cheap first look: false when the text certainly holds no hidden name (no hidden
   * surname among its letters, whatever the separators). Most texts stop here.
   */
  mayHoldHidden(text: string): boolean {
    if (!this.hasHidden || text === '') return false;
    // lightFold leaves no invisible character: it is the bare text as well.
    const folded = lightFold(text);
    if (this.shortAnchors) {
      if (this.shortInContext(folded) || (MARKUP_RE.test(folded) && this.shortInContext(folded.replace(MARKUP_ALL, '')))) return true;
    }
    if (this.anchorPattern === undefined) return false;
    return this.anchorPattern.test(lettersOf(folded));
  }

  /**
   * The names in the text (hidden and allowed, when it may hold a hidden one), left to
   * right, without overlaps. `guard`: for searching rendered output, where ef's own words
   * stand too: a surname that is also a common word (only found with a capital) is not
   * looked for alone there, so that `Intern gericht` in a chart does not count.
   */
  find(text: string, options: { readonly guard?: boolean } = {}): NameMatch[] {
    const guard = options.guard === true;
    if (!this.mayHoldHidden(text)) return [];
    return text.length > LONG_TEXT ? this.findInParts(text, guard) : this.findHere(text, guard);
  }

  /**
   * A long text (a whole rendered document) in parts of a few thousand characters, cut
   * at line ends: only the parts that may hold a hidden name are read word by word, with
   * a few lines around them, so that a name broken over lines is still whole.
   */
  private findInParts(text: string, guard: boolean): NameMatch[] {
    const cuts = [0];
    for (let next = PART; next < text.length; ) {
      const newline = text.indexOf('\n', next);
      if (newline === -1) break;
      cuts.push(newline + 1);
      next = newline + 1 + PART;
    }
    cuts.push(text.length);
    const windows: Array<[number, number]> = [];
    for (let k = 0; k + 1 < cuts.length; k++) {
      if (!this.mayHoldHidden(text.slice(cuts[k], cuts[k + 1]))) continue;
      let from = cuts[k]!;
      for (let line = 0; line < CONTEXT_LINES && from > 0; line++) from = text.lastIndexOf('\n', from - 2) + 1;
      let to = cuts[k + 1]!;
      for (let line = 0; line < CONTEXT_LINES && to < text.length; line++) {
        const newline = text.indexOf('\n', to);
        to = newline === -1 ? text.length : newline + 1;
      }
      const last = windows[windows.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else windows.push([from, to]);
    }
    return windows.flatMap(([from, to]) =>
      this.findHere(text.slice(from, to), guard).map((match) => ({ ...match, start: match.start + from, end: match.end + from })),
    );
  }

  private findHere(text: string, guard: boolean): NameMatch[] {
    const plain = this.scan(tokenize(text), guard);
    return MARKUP_RE.test(text) ? mergeMatches(plain, this.scan(tokenize(text, true), guard)) : plain;
  }

  private scan(tokens: readonly Token[], guard: boolean): NameMatch[] {
    const matches: NameMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const best = this.bestAt(tokens, i, guard);
      if (!best) {
        i++;
        continue;
      }
      matches.push({ start: tokens[best.first]!.s, end: tokens[best.last]!.e, hidden: best.parsed.person.hidden, name: best.parsed.person.name });
      i = best.last + 1;
    }
    return matches;
  }

  /** The hidden names in the text. */
  findHidden(text: string, options: { readonly guard?: boolean } = {}): NameMatch[] {
    return this.find(text, options).filter((match) => match.hidden);
  }

  /** The text with every hidden name (and its suffix) replaced by `replacement`. */
  redact(text: string, replacement: string): string {
    const hidden = this.findHidden(text);
    if (hidden.length === 0) return text;
    let out = '';
    let at = 0;
    for (const match of hidden) {
      out += text.slice(at, match.start) + replacement;
      at = match.end;
    }
    return out + text.slice(at);
  }

  private bestAt(tokens: readonly Token[], i: number, guard: boolean): Candidate | undefined {
    let best: Candidate | undefined;
    const consider = (extended: Candidate, pattern?: Pattern) => {
      if (pattern && !pattern.standalone) return;
      if (guard && pattern?.needsCapital) return;
      if (
        !best ||
        extended.last > best.last ||
        (extended.last === best.last && extended.parsed.person.hidden && !best.parsed.person.hidden)
      ) {
        best = extended;
      }
    };
    for (const pattern of this.byFirst.get(tokens[i]!.w) ?? []) {
      const last = matchPattern(tokens, i, pattern);
      if (last !== -1) consider({ first: i, last, parsed: pattern.parsed }, pattern);
    }
    // A word with a suffix glued on (`geheims`) is looked up without it.
    const word = tokens[i]!.w;
    const lastChar = word.charCodeAt(word.length - 1);
    for (let cut = 1; cut <= 6 && cut < word.length && SUFFIX_ENDS.has(lastChar); cut++) {
      if (!SUFFIXES.has(word.slice(word.length - cut))) continue;
      for (const pattern of this.byFirst.get(word.slice(0, word.length - cut)) ?? []) {
        if (pattern.tokens.length !== 1) continue;
        const last = matchPattern(tokens, i, pattern);
        if (last !== -1) consider({ first: i, last, parsed: pattern.parsed }, pattern);
      }
    }
    // Initials: `G. Geheim`, `G.J. van der Linden`.
    if (isInitial(tokens[i]!)) {
      let run = 1;
      while (run < 4 && i + run < tokens.length && isInitial(tokens[i + run]!)) run++;
      for (let r = run; r >= 1; r--) {
        const at = i + r;
        if (at >= tokens.length) continue;
        for (const pattern of this.patternsAt(tokens, at)) {
          if (pattern.kind !== 'surname' || pattern.parsed.given.length === 0) continue;
          if (!pattern.parsed.given.some((given) => given[0] === tokens[i]!.w)) continue;
          const last = matchPattern(tokens, at, { ...pattern, needsCapital: false });
          if (last !== -1) consider({ first: i, last, parsed: pattern.parsed });
        }
      }
    }
    return best && (best).parsed.person.hidden ? extendSuffix(tokens, best) : best;
  }

  private patternsAt(tokens: readonly Token[], at: number): Pattern[] {
    const word = tokens[at]!.w;
    const list = [...(this.byFirst.get(word) ?? [])];
    for (let cut = 1; cut <= 6 && cut < word.length; cut++) {
      if (SUFFIXES.has(word.slice(word.length - cut))) list.push(...(this.byFirst.get(word.slice(0, word.length - cut)) ?? []).filter((p) => p.tokens.length === 1));
    }
    return list;
  }
}

interface ShortContext {
  readonly before: RegExp | undefined;
  readonly after: RegExp | undefined;
  /** For a single letter before the surname: the person's own initials, one of which must start the run. */
  readonly initials?: ReadonlySet<string>;
}

const WORD_AT = /[\p{L}\p{N}]/u;
const isWordAt = (text: string, index: number): boolean => index >= 0 && index < text.length && WORD_AT.test(String.fromCodePoint(text.codePointAt(index)!));

/**
 * Whether the single letter at `at` ends a run of at most four single-letter words (read
 * backwards over any separators) that holds one of `initials`: the scan matches initials
 * only so (its run starts at one of the person's initials). A letter that is the cut-off
 * end of a longer word at the start of the searched window counts, as it always did.
 */
function initialRun(text: string, at: number, initials: ReadonlySet<string>): boolean {
  const previousIsWord = (index: number) => index > 0 && (isWordAt(text, index - 1) || (index > 1 && isWordAt(text, index - 2) && text.charCodeAt(index - 1) >= 0xdc00 && text.charCodeAt(index - 1) <= 0xdfff));
  if (previousIsWord(at)) return true;
  let position = at;
  for (let count = 0; count < 4; count++) {
    const letter = String.fromCodePoint(text.codePointAt(position)!);
    if (initials.has(letter)) return true;
    // The word before: skip the separators, then it must be one letter on its own.
    let index = position - 1;
    while (index >= 0 && !isWordAt(text, index) && !(index > 0 && isWordAt(text, index - 1) && text.charCodeAt(index) >= 0xdc00 && text.charCodeAt(index) <= 0xdfff)) index--;
    if (index < 0) return false;
    // `index` is the last unit of the previous word; step to the start of its last code point.
    if (text.charCodeAt(index) >= 0xdc00 && text.charCodeAt(index) <= 0xdfff && index > 0) index--;
    if (!/\p{L}/u.test(String.fromCodePoint(text.codePointAt(index)!)) || previousIsWord(index)) return false;
    position = index;
  }
  return false;
}

/** Two readings of one text: every hidden range of either (overlaps joined), and the allowed names outside them. */
function mergeMatches(a: readonly NameMatch[], b: readonly NameMatch[]): NameMatch[] {
  const hidden = [...a, ...b].filter((match) => match.hidden).sort((x, y) => x.start - y.start || y.end - x.end);
  const merged: NameMatch[] = [];
  for (const match of hidden) {
    const last = merged[merged.length - 1];
    if (last && match.start < last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, match.end) };
    else merged.push(match);
  }
  const allowed = a.filter((match) => !match.hidden && !merged.some((h) => match.start < h.end && h.start < match.end));
  return [...merged, ...allowed].sort((x, y) => x.start - y.start);
}

function isInitial(token: Token): boolean {
  return token.w.length === 1 && /\p{L}/u.test(token.w);
}

/** The index of the last token of `pattern` at `i`, or -1. */
function matchPattern(tokens: readonly Token[], i: number, pattern: Pattern): number {
  const n = pattern.tokens.length;
  if (i + n > tokens.length) return -1;
  for (let k = 0; k < n; k++) {
    const token = tokens[i + k]!;
    const want = pattern.tokens[k]!;
    if (k === pattern.commaAt && token.sep !== 'comma') return -1;
    if (k === n - 1) {
      if (token.w !== want && !(token.w.startsWith(want) && SUFFIXES.has(token.w.slice(want.length)))) return -1;
    } else if (token.w !== want) return -1;
  }
  if (pattern.needsCapital) {
    const coreStart = i + n - pattern.parsed.core.length;
    if (!tokens[coreStart]?.cap) return -1;
  }
  return i + n - 1;
}

/** A hidden name takes along what is glued to it: `Geheim's`, `Geheim-achtig`. */
function extendSuffix(tokens: readonly Token[], candidate: Candidate): Candidate {
  let last = candidate.last;
  while (last + 1 < tokens.length && (tokens[last + 1]!.sep === 'apos' || tokens[last + 1]!.sep === 'hyphen')) last++;
  return last === candidate.last ? candidate : { ...candidate, last };
}

function patternsOf(name: ParsedName, common: ReadonlySet<string>): Pattern[] {
  const patterns: Pattern[] = [];
  const add = (tokens: readonly string[], kind: Kind, commaAt = -1, needsCapital = false, standalone = true) => {
    if (tokens.length === 0) return;
    if (patterns.some((p) => p.kind === kind && p.tokens.join(' ') === tokens.join(' '))) return;
    patterns.push({ tokens, kind, parsed: name, commaAt, needsCapital, standalone });
  };
  const { all, given, particles, core } = name;
  add(all, 'full');
  if (given.length === 0) return patterns;
  // Written without spaces (`GerritGeheim`, or with a word joiner instead of a space).
  add([all.join('')], 'full');
  add([given[0]!, ...particles, ...core], 'full');
  if (particles.length > 0) {
    add([...given, ...core], 'full');
    add([given[0]!, ...core], 'full');
  }
  const coreText = core.join(' ');
  const surnameCounts = core.join('').length >= 4 && !core.every((word) => PARTICLES.has(word));
  const needsCapital = common.has(coreText);
  // The surname with its particles counts at any length (`van Dam`), without only from four letters.
  if (particles.length > 0) add([...particles, ...core], 'surname', -1, needsCapital);
  add(core, 'surname', -1, needsCapital, surnameCounts);
  // Reverse order, as in lists: `Geheim, Gerrit`, `Linden, Agnes van der`, `Van der Linden, A.`.
  for (const surname of particles.length > 0 ? [core, [...particles, ...core]] : [core]) {
    add([...surname, ...given], 'reverse', surname.length);
    add([...surname, given[0]!], 'reverse', surname.length);
    if (particles.length > 0) add([...surname, ...given, ...particles], 'reverse', surname.length);
    // With initials instead of names: one pattern per initial count.
    const initials = given.map((word) => word[0]!);
    add([...surname, ...initials], 'reverse', surname.length);
    add([...surname, initials[0]!], 'reverse', surname.length);
    if (particles.length > 0) add([...surname, ...initials, ...particles], 'reverse', surname.length);
  }
  return patterns;
}

const MARKS = /\p{M}/gu;
 
const ASCII = /^[\x00-\x7F]*$/;

/**
 * The text folded as a whole (references and %-escapes decoded, NFKD, accents and invisible
 * characters gone, lower case), separators kept. Plain ASCII only needs lower case; the
 * runs of other characters are folded one by one (and remembered: the same few recur),
 * which gives the same text as folding the whole, because NFKD and the removals work per
 * character and never across an ASCII character, and lower case is context-free here
 * (its one context rule, the final sigma, is undone by SPECIAL).
 */
function lightFold(text: string): string {
  let t = text;
  if (t.includes('&')) t = decodeReferences(t);
  if (t.includes('%')) {
    t = t.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
  if (ASCII.test(t)) return t.toLowerCase();
  return t.replace(NON_ASCII_RUN, foldRun).toLowerCase();
}

const NON_ASCII_RUN = /[^\x00-\x7F]+/g;
const foldedRuns = new Map<string, string>();

function foldRun(run: string): string {
  let folded = foldedRuns.get(run);
  if (folded === undefined) {
    folded = wholeFold(run);
    if (foldedRuns.size > 10_000) foldedRuns.clear();
    foldedRuns.set(run, folded);
  }
  return folded;
}

/** The fold of a whole string at once (the reference the run-by-run fold must equal). */
export function wholeFold(t: string): string {
  return t
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c]!)
    .toLowerCase()
    .replace(MARKS, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c]!);
}

/** Exported for the test that holds it to wholeFold. */
export const lightFoldForTest = lightFold;

/**
 * The letters and digits of a folded text, nothing else: the same as removing every character that is not `[\p{L}\p{N}]`,
 * in one pass over the text with a table per code unit instead of a Unicode expression.
 */
function lettersOf(folded: string): string {
  const length = folded.length;
  if (letterBuffer.length < length) letterBuffer = new Uint16Array(Math.max(length, letterBuffer.length * 2));
  const buffer = letterBuffer;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = folded.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) buffer[n++] = code;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = folded.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (WORD_CHAR.test(folded.slice(i, i + 2))) {
          buffer[n++] = code;
          buffer[n++] = low;
        }
        i++;
      }
      // A lone high surrogate is neither a letter nor a digit.
    } else if (isWordUnit(code)) buffer[n++] = code;
  }
  return UTF16.decode(buffer.subarray(0, n));
}

let letterBuffer = new Uint16Array(4096);
const UTF16 = new TextDecoder('utf-16le');
const WORD_CHAR = /^[\p{L}\p{N}]+$/u;
/** Per BMP code unit: 0 unknown, 1 letter or digit, 2 neither. */
const WORD_UNITS = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
  let known = WORD_UNITS[code]!;
  if (known === 0) {
    known = code >= 0xd800 && code <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_UNITS[code] = known;
  }
  return known === 1;
}

/** A regular expression matching any of `words`, as a trie: one pass, whatever their number. */
export function trieExpression(words: readonly string[]): string {
  interface Node {
    end: boolean;
    readonly next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(char, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const branches = [...node.next].map(([char, child]) => escapeRegExp(char) + emit(child));
    if (branches.length === 0) return '';
    const body = `(?:${branches.join('|')})`;
    return node.end ? `${body}?` : body;
  };
  return emit(root);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Character references (`&amp;`, `&#173;`, `&eacute;`) decoded once; unknown ones stay. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body: string) => decodeEntity(body) ?? whole);
}
