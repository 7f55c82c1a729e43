// The shape of one rule's documentation: what it means, where it is checked, and
// examples that tests/unit/rule-examples.test.ts runs through `ef check`. Only
// rules-doc.ts and the tests import the rule modules: `ef check` never loads them.
import type { RuleId, Severity } from '../messages.js';

/** A file of an example logbook, written next to the basic logbook (BASIS_LOGBOEK). */
export type ExampleFile =
  | {
      /** Relative to the logbook; `../elders/…` is outside it. */
      readonly path: string;
      readonly text: string;
      /** Written in this encoding instead of UTF-8 (to show `file-encoding`). */
      readonly encoding?: 'latin1';
      /** What docs/rules.md shows instead of a text that is too long or not printable. */
      readonly shown?: string;
    }
  | {
      readonly path: string;
      /** A symbolic link to this path (relative to the link's folder). */
      readonly link: string;
    }
  | {
      readonly path: string;
      /** An empty folder with this name (a folder named like a Markdown file). */
      readonly folder: true;
    };

/** One message `ef check` prints for an example. */
export interface ExampleMessage {
  /** `path:line:column`, as `ef check` prints it from the logbook's folder. */
  readonly at: string;
  readonly rule: RuleId;
  /** The reason; a temporary folder shows as `/pad/naar`. */
  readonly reason: string;
  /** Only when it differs from the rule's own severity. */
  readonly severity?: Severity;
  /** What `ef fix` would do, for a message it repairs. */
  readonly fix?: string;
}

export interface RuleExample {
  /** What the example shows, in Dutch: "Een sessie zonder opbrengsten". */
  readonly titel: string;
  readonly files: readonly ExampleFile[];
  /** Every message `ef check` prints, in its order; empty for an example that passes. */
  readonly messages: readonly ExampleMessage[];
  /** Further messages of one rule that the example leaves out (a file with hundreds). */
  readonly others?: { readonly count: number; readonly rule: RuleId };
}

/**
 * The step of `ef check` that raises a rule, each with its own mechanism: refusals while
 * reading a file and its frontmatter (`src/load/`), Zod issues turned into rule ids
 * (`validate/issue-message.ts`, refinements through `schemas/rule-issue.ts`), rules on
 * one checked file and rules on the whole logbook (`validate/rules/`, `images/`), and
 * hints for what `ef fix` repairs (`validate/rules/repair-hints.ts`).
 */
export type Stage = 'load' | 'schema' | 'file' | 'logbook' | 'repair-hint';

export interface RuleDoc {
  readonly id: RuleId;
  readonly severity: Severity;
  /** One sentence for the table in docs/rules.md. */
  readonly beschrijving: string;
  /** A few sentences of Markdown: when it happens and what to do. */
  readonly uitleg: string;
  /** Which of the checking steps raises it (see Stage). */
  readonly stage: Stage;
  /** Where the check lives, for whoever changes it (a path in this repository). */
  readonly bron: string;
  /** At least one example that triggers the rule, and where useful one that does not. */
  readonly examples: readonly RuleExample[];
}
