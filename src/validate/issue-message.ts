// The one place where Zod issues become ef's rule ids and Dutch sentences.
import { z } from 'zod';
import { CRITERIA, SDG_MAX, SDG_MIN } from '../vocabulary/index.js';
import type { RuleId } from '../diagnostics/messages.js';
import { describePath } from './describe-path.js';
import { didYouMean } from './suggest.js';
import { dutchDateToIso } from '../core/dutch-date.js';
import type { DataPath } from './locate.js';
import { hoofdletter } from '../core/dutch.js';
import { ruleOfIssue } from './schemas/rule-issue.js';

export interface IssueMessage {
  readonly ruleId: RuleId;
  readonly reason: string;
  readonly path: DataPath;
  /** Point at the key rather than the value (unknown keys). */
  readonly atKey: boolean;
}

type Issue = z.core.$ZodIssue;

/** One issue may become several messages (an object with two unknown keys). */
export function issueToMessages(issue: Issue, schema: z.ZodType, aliases: ReadonlySet<string>): IssueMessage[] {
  const path = issue.path as DataPath;
  const criterium = criteriumOf(path);
  if (criterium && (issue.code === 'invalid_type' || issue.code === 'too_small')) {
    return [
      {
        ruleId: 'criterium-missing',
        reason: `Criterium niet onderbouwd: "${criterium.label}". Schrijf onder \`criteria.${criterium.id}\` in één of twee zinnen waarom deze casus daaraan voldoet.`,
        path,
        atKey: false,
      },
    ];
  }
  switch (issue.code) {
    case 'invalid_type':
      return [typeMessage(issue, path)];
    case 'invalid_value': {
      const input = issue.input;
      if (input === undefined) {
        return [typeMessage({ ...issue, code: 'invalid_type', expected: 'string' }, path)];
      }
      const shown = issue.values.filter((value) => !aliases.has(String(value)));
      return [
        {
          ruleId: 'schema-enum',
          reason:
            `${hoofdletter(describePath(path))} heeft een onbekende waarde${input === undefined ? '' : ` ${quote(input)}`}. ` +
            `Kies uit: ${shown.map((value) => `\`${String(value)}\``).join(', ')}.` +
            (path.at(-1) === 'rol'
              ? ' Een eigen rol kan ook: zet hem onder `rollen:` in ef.config.yaml (met `id` en `label`).'
              : '') +
            (typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : ''),
          path,
          atKey: false,
        },
      ];
    }
    case 'unrecognized_keys': {
      const known = knownKeys(schema, path);
      return issue.keys.map((key) => ({
        ruleId: 'schema-unknown-key' as const,
        reason: key === 'fieldGroup'
          ? 'De regel `fieldGroup` zet het formulier van Front Matter CMS erbij; ef gebruikt hem niet. Haal de regel weg.'
          :
          `Onbekende sleutel \`${key}\`${path.length > 0 ? ` bij ${describePath(path)}` : ''}.` +
          (didYouMean(key, known) || ` Toegestaan zijn: ${known.map((k) => `\`${k}\``).join(', ')}.`),
        path: [...path, key],
        atKey: true,
      }));
    }
    case 'too_small':
    case 'too_big':
      return [rangeMessage(issue, path)];
    case 'invalid_format':
      return [
        {
          ruleId: 'schema-format',
          reason: formatReason(path, issue.format, issue.input),
          path,
          atKey: false,
        },
      ];
    case 'custom': {
      return [{ ruleId: ruleOfIssue(issue) ?? 'schema-format', reason: issue.message, path, atKey: false }];
    }
    default:
      return [
        {
          ruleId: 'schema-type',
          reason: `${hoofdletter(describePath(path))} klopt niet. Vergelijk met het sjabloon in \`templates/\`.`,
          path,
          atKey: false,
        },
      ];
  }
}

function typeMessage(issue: z.core.$ZodIssueInvalidType, path: DataPath): IssueMessage {
  const input = issue.input;
  if (input === undefined || input === null) {
    const field = path.at(-1);
    return {
      ruleId: 'schema-required',
      reason:
        typeof field === 'string'
          ? `${hoofdletter(describePath(path))} ontbreekt of is leeg. Vul \`${field}: …\` in.`
          : `${hoofdletter(describePath(path))} is leeg. Vul het in of haal de regel weg.`,
      path,
      atKey: false,
    };
  }
  return {
    ruleId: 'schema-type',
    reason: `${hoofdletter(describePath(path))} moet ${expectedName(issue.expected)} zijn, maar is ${receivedName(input)}.${typeHint(issue.expected, input)}`,
    path,
    atKey: false,
  };
}

function rangeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, path: DataPath): IssueMessage {
  const small = issue.code === 'too_small';
  const limit = small ? (issue).minimum : (issue).maximum;
  const where = hoofdletter(describePath(path));
  let reason: string;
  if (path.includes('sdgs') && issue.origin === 'number') {
    const input = issue.input;
    reason = `SDG ${String(input)} bestaat niet: kies een nummer van ${SDG_MIN} tot en met ${SDG_MAX}.`;
  } else if (issue.origin === 'array') {
    reason = small
      ? Number(limit) <= 1
        ? `${where} is een lege lijst. Zet er ten minste één item in.`
        : `${where} moet ten minste ${String(limit)} items bevatten.`
      : `${where} mag hoogstens ${String(limit)} items bevatten.`;
    if (path.at(-1) === 'paradigma' && !small) {
      reason += ' Noem één paradigma, of twee als de rol op de grens van beide ligt.';
    }
  } else if (issue.origin === 'string') {
    reason = small ? `${where} is leeg. Vul het in.` : `${where} is te lang (hoogstens ${String(limit)} tekens).`;
  } else {
    reason = small ? `${where} moet ten minste ${String(limit)} zijn.` : `${where} mag hoogstens ${String(limit)} zijn.`;
  }
  return { ruleId: 'schema-range', reason, path, atKey: false };
}

function formatReason(path: DataPath, format: string, input: unknown): string {
  const where = hoofdletter(describePath(path));
  const field = path.at(-1);
  if (field === 'datum' || field === 'begin' || field === 'eind') {
    const iso = typeof input === 'string' ? dutchDateToIso(input) : undefined;
    if (iso) {
      return `De datum ${String(input).trim()} staat in de Nederlandse volgorde (dag, maand, jaar). Schrijf hem als ${iso}: eerst het jaar, dan de maand en de dag.`;
    }
    return `${where} moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2021-01-28.`;
  }
  if (format === 'url') return `${where} moet een webadres zijn dat begint met https:// of http://.`;
  if (field === 'id') return `${where} mag alleen kleine letters, cijfers en streepjes bevatten.`;
  return `${where} heeft niet de juiste vorm.`;
}

function criteriumOf(path: DataPath) {
  if (path[0] !== 'criteria' || path.length !== 2) return undefined;
  return CRITERIA.find((criterium) => criterium.id === path[1]);
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'tekst';
    case 'number':
      return 'een getal';
    case 'int':
      return 'een geheel getal';
    case 'boolean':
      return '`true` of `false`';
    case 'array':
      return 'een lijst';
    case 'object':
      return 'een blok met `sleutel: waarde`-regels';
    default:
      return expected;
  }
}

function receivedName(input: unknown): string {
  if (Array.isArray(input)) return 'een lijst';
  switch (typeof input) {
    case 'string':
      return `de tekst ${quote(input)}`;
    case 'number':
      return `het getal ${String(input)}`;
    case 'boolean':
      return `\`${String(input)}\``;
    case 'object':
      return 'een blok met `sleutel: waarde`-regels';
    default:
      return typeof input;
  }
}

function typeHint(expected: string, input: unknown): string {
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return ' Zet de waarde tussen aanhalingstekens ("…").';
  }
  if (expected === 'array' && typeof input === 'string') {
    return ' Schrijf een lijst als `[a, b]` of met een `- ` per regel.';
  }
  if (expected === 'number' && typeof input === 'string') {
    return ' Schrijf het getal zonder aanhalingstekens.';
  }
  return '';
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `"${short}"`;
}

/** The keys an object schema accepts at `path`, through arrays, optionals and pipes. */
export function knownKeys(schema: z.ZodType, path: DataPath): string[] {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject && typeof segment === 'string') {
      current = (current.shape as Record<string, z.ZodType>)[segment];
    } else if (current instanceof z.ZodArray && typeof segment === 'number') {
      current = current.element as z.ZodType;
    } else {
      return [];
    }
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (let guard = 0; guard < 10 && current; guard += 1) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = (current.in instanceof z.ZodTransform ? current.out : current.in) as z.ZodType;
    } else {
      break;
    }
  }
  return current;
}
