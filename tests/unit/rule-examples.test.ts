// Every example in docs/rules.md is run: its files are written next to the basic logbook
// in a temporary folder, `ef check --format json` runs in process, and what it reports
// must be exactly what the rule's module documents (and nothing for an example that passes).
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_SEVERITY, type RuleId } from '../../src/diagnostics/messages.js';
import { BASIS_LOGBOEK } from '../../src/diagnostics/rules/basis.js';
import { RULE_DOCS } from '../../src/diagnostics/rules/index.js';
import type { ExampleFile, ExampleMessage, RuleExample, Stage } from '../../src/diagnostics/rules/rule-doc.js';
import { efInProcess, PROJECT, tempDir, type CheckJson } from '../helpers/ef.js';

/** Writes the basic logbook plus the example's files; returns the logbook's folder. */
function writeExample(example: RuleExample): { root: string; parent: string } {
  const parent = tempDir();
  const root = join(parent, 'logboek');
  const files = new Map<string, ExampleFile>(BASIS_LOGBOEK.map((file) => [file.path, file]));
  for (const file of example.files) files.set(file.path, file);
  for (const file of files.values()) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    if ('link' in file) symlinkSync(file.link, path);
    else if ('folder' in file) mkdirSync(path);
    else writeFileSync(path, file.text, file.encoding ?? 'utf8');
  }
  return { root, parent };
}

async function checkExample(example: RuleExample): Promise<ExampleMessage[]> {
  const { root, parent } = writeExample(example);
  const result = await efInProcess(['check', '--no-cache', '--format', 'json'], { cwd: root });
  expect(result.stderr).toBe('');
  const json = JSON.parse(result.stdout) as { messages: Array<CheckJson['messages'][number] & { fix?: string }> };
  return json.messages.map((message) => ({
    at: `${message.file}:${message.line}:${message.column}`,
    rule: message.rule as RuleId,
    // The temporary folder is not part of what the documentation can promise.
    reason: message.message.split(parent).join('/pad/naar'),
    severity: message.severity as ExampleMessage['severity'] & string,
    ...(message.fix === undefined ? {} : { fix: message.fix }),
  }));
}

/** The documented messages with the severity each one has (its rule's own unless stated). */
function documented(example: RuleExample): ExampleMessage[] {
  return example.messages.map((message) => ({ ...message, severity: message.severity ?? RULE_SEVERITY[message.rule] }));
}

describe('the rule registry', () => {
  it('documents exactly the rule ids ef knows, in the same order and with the same severity', () => {
    expect(RULE_DOCS.map((rule) => [rule.id, rule.severity])).toEqual(Object.entries(RULE_SEVERITY));
  });

  it('keeps each rule in a module named after its id', () => {
    const modules = readdirSync(join(PROJECT, 'src/diagnostics/rules'))
      .filter((name) => !['index.ts', 'rule-doc.ts', 'basis.ts'].includes(name))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    expect(modules).toEqual(RULE_DOCS.map((rule) => rule.id).sort());
    for (const rule of RULE_DOCS) {
      expect(readFileSync(join(PROJECT, 'src/diagnostics/rules', `${rule.id}.ts`), 'utf8')).toContain(`id: '${rule.id}'`);
    }
  });

  it('names, for each rule, a source file of its stage that raises it', () => {
    const folders: Record<Stage, readonly string[]> = {
      load: ['src/load/'],
      schema: ['src/validate/issue-message.ts', 'src/validate/schemas/'],
      file: ['src/validate/rules/', 'src/validate/check-file.ts', 'src/diagnostics/messages.ts'],
      logbook: ['src/validate/rules/', 'src/images/'],
      'repair-hint': ['src/validate/rules/repair-hints.ts'],
    };
    for (const rule of RULE_DOCS) {
      expect(folders[rule.stage].some((folder) => rule.bron.startsWith(folder)), `${rule.id}: ${rule.bron}`).toBe(true);
      const source = join(PROJECT, rule.bron);
      expect(existsSync(source), `${rule.id}: ${rule.bron}`).toBe(true);
      expect(readFileSync(source, 'utf8'), `${rule.id}: ${rule.bron}`).toContain(`'${rule.id}'`);
    }
  });

  it('has for every rule an example that makes ef report it', () => {
    for (const rule of RULE_DOCS) {
      const failing = rule.examples.filter((example) => example.messages.some((message) => message.rule === rule.id));
      expect(failing.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('is not loaded by `ef check`: only the docs generator and the tests import it', () => {
    const registry = join(PROJECT, 'src/diagnostics/rules');
    const generator = join(PROJECT, 'src/diagnostics/rules-doc');
    const importers: string[] = [];
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        if (!entry.name.endsWith('.ts') || path.startsWith(registry + sep)) continue;
        for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
          const target = resolve(dirname(path), specifier!).replace(/\.js$/, '');
          if (target.startsWith(registry + sep) || target === generator) importers.push(relative(PROJECT, path));
        }
      }
    };
    walk(join(PROJECT, 'src'));
    expect([...new Set(importers)]).toEqual(['src/diagnostics/rules-doc.ts']);
  });
});

describe.each(RULE_DOCS.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it.each(rule.examples.map((example) => [example.titel, example] as const))('%s', async (_titel, example) => {
    const messages = await checkExample(example);
    const hint = `what ef check reports for this example; if the new messages are right, update src/diagnostics/rules/${rule.id}.ts and run npm run docs`;
    if (!example.others) {
      expect(messages, hint).toEqual(documented(example));
      return;
    }
    // A file with hundreds of messages documents the first and the last; the rest are counted.
    const shown = documented(example);
    const isShown = (message: ExampleMessage) => shown.some((other) => other.at === message.at && other.reason === message.reason);
    const rest = messages.filter((message) => !isShown(message));
    expect(messages.filter(isShown), hint).toEqual(shown);
    expect(rest).toHaveLength(example.others.count);
    expect(new Set(rest.map((message) => message.rule))).toEqual(new Set([example.others.rule]));
  });
});
