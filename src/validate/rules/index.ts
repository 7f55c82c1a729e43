// The cross-file rules, in the order their messages should appear.
import type { Rule } from '../validate-logbook.js';
import { checkSessieIdDate, checkUnique } from './identity.js';
import { checkOpbrengsten } from './opbrengsten.js';
import { checkPlaceholders } from './placeholder.js';
import { checkReferences } from './references.js';
import { checkVocabularyHints } from './vocabulary-hints.js';
import { checkPeriodOverlap } from './periods.js';

export const RULES_IN_ORDER: readonly Rule[] = [
  checkPlaceholders,
  checkReferences,
  checkSessieIdDate,
  checkUnique,
  checkOpbrengsten,
  checkVocabularyHints,
  checkPeriodOverlap,
];
