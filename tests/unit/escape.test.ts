// The one escaping helper: what a control character from a file looks like on a
// terminal, in a CI log, in a workflow command and in JSON.
import { describe, expect, it } from 'vitest';
import { escapeControls, escapeForLog, escapeWorkflowData, escapeWorkflowProperty, jsonForTerminal } from '../../src/core/escape.js';

// Every C0 control but tab and newline, DEL, and every C1 control.
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe('escapeControls', () => {
  it('shows C0 controls as their control pictures and C1 controls as �', () => {
    expect(escapeControls('a\u0000b\u0007c\u001b[31md\re\u007f')).toBe('a␀b␇c␛[31md␍e␡');
    expect(escapeControls('x\u009b31m')).toBe('x�31m');
  });

  it('keeps one line for a message or a path, and several only when asked', () => {
    expect(escapeControls('een\ntwee')).toBe('een␊twee');
    expect(escapeControls('een\ntwee', { newlines: true })).toBe('een\ntwee');
    expect(escapeControls('een\r\ntwee', { newlines: true })).toBe('een␍\ntwee');
  });

  it('leaves ordinary text, tabs, accents and emoji alone', () => {
    const text = 'Zoë Öztürk\tbespreekt 👍 de €-kosten — “prima”';
    expect(escapeControls(text)).toBe(text);
  });

  it('turns an OSC 8 hyperlink into visible text without any raw control', () => {
    const link = '\u001b]8;;https://aanval.example\u001b\\klik\u001b]8;;\u001b\\';
    expect(escapeControls(link)).not.toMatch(RAW);
    expect(escapeControls(link)).toContain('https://aanval.example');
  });
});

describe('workflow commands', () => {
  it('escapes data and properties as @actions/core does, and makes the other controls visible', () => {
    expect(escapeWorkflowData('50%\r\n::warning::x\u001b')).toBe('50%25%0D%0A::warning::x␛');
    expect(escapeWorkflowProperty('a:b,c\nd')).toBe('a%3Ab%2Cc%0Ad');
  });

  it('on GitHub Actions, no printed line can start a workflow command', () => {
    const env = { GITHUB_ACTIONS: 'true' };
    const printed = escapeForLog('fout in "x\n::warning file=README.md::FORGED\n  ::error::ook\nen ##[warning]oud"', env);
    for (const line of printed.split('\n')) expect(line).not.toMatch(/^\s*::/);
    expect(printed).not.toContain('##[');
    expect(printed).toContain('：:warning file=README.md::FORGED');
  });

  it('outside GitHub Actions only the controls change', () => {
    expect(escapeForLog('regel\n::warning::x\u0007', {})).toBe('regel\n::warning::x␇');
  });
});

describe('jsonForTerminal', () => {
  it('writes C1 controls as \\u escapes: the same value, nothing a terminal acts on', () => {
    const value = { message: 'x\u009b31m\u001b' };
    const json = jsonForTerminal(value);
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json)).toEqual(value);
  });
});
