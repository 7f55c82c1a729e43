// The registry of every rule id: its documentation and examples, in the order of
// docs/rules.md. Only rules-doc.ts and the tests import it; `ef check` needs no more than
// the severities in ../messages.ts (tests/unit/rule-examples.test.ts keeps the two equal).
//
// A new rule id: add it with its severity to RULE_SEVERITY, write `<rule-id>.ts` here
// (an example that triggers it, the messages `ef check` prints for it), list it below in
// the same place, and run `npm run docs`. The test runs the example and says what differs.
import { readFailed } from './read-failed.js';
import { fileTooLarge } from './file-too-large.js';
import { fileBinary } from './file-binary.js';
import { fileEncoding } from './file-encoding.js';
import { fileEmpty } from './file-empty.js';
import { tooManyFiles } from './too-many-files.js';
import { frontmatterMissing } from './frontmatter-missing.js';
import { frontmatterUnclosed } from './frontmatter-unclosed.js';
import { frontmatterNotMapping } from './frontmatter-not-mapping.js';
import { yamlSyntax } from './yaml-syntax.js';
import { yamlDuplicateKey } from './yaml-duplicate-key.js';
import { yamlAliases } from './yaml-aliases.js';
import { yamlTooDeep } from './yaml-too-deep.js';
import { schemaRequired } from './schema-required.js';
import { schemaType } from './schema-type.js';
import { schemaEnum } from './schema-enum.js';
import { schemaFormat } from './schema-format.js';
import { schemaRange } from './schema-range.js';
import { schemaUnknownKey } from './schema-unknown-key.js';
import { dateInvalid } from './date-invalid.js';
import { criteriumMissing } from './criterium-missing.js';
import { toestemmingRequired } from './toestemming-required.js';
import { placeholder } from './placeholder.js';
import { casusUnknown } from './casus-unknown.js';
import { begeleidingUnknown } from './begeleiding-unknown.js';
import { opbrengstenMissing } from './opbrengsten-missing.js';
import { opbrengstenEmpty } from './opbrengsten-empty.js';
import { sessieIdDate } from './sessie-id-date.js';
import { uniqueId } from './unique-id.js';
import { rolParadigmaMissing } from './rol-paradigma-missing.js';
import { paradigmaDiagonal } from './paradigma-diagonal.js';
import { periodeOverlap } from './periode-overlap.js';
import { imageMissing } from './image-missing.js';
import { imageOutsideBeelden } from './image-outside-beelden.js';
import { imageUnsupported } from './image-unsupported.js';
import { imageCorrupt } from './image-corrupt.js';
import { imageAltMissing } from './image-alt-missing.js';
import { imageLarge } from './image-large.js';
import { concept } from './concept.js';
import { internMissing } from './intern-missing.js';
import { pdfCharacterMissing } from './pdf-character-missing.js';
import { vocabularyAlias } from './vocabulary-alias.js';
import { logoMissing } from './logo-missing.js';
import { vocabularyCase } from './vocabulary-case.js';
import { jaNee } from './ja-nee.js';
import { sdgDuplicate } from './sdg-duplicate.js';
import { fileIgnored } from './file-ignored.js';
import { tooManyMessages } from './too-many-messages.js';
import type { RuleDoc } from './rule-doc.js';

export const RULE_DOCS: readonly RuleDoc[] = [
  readFailed,
  fileTooLarge,
  fileBinary,
  fileEncoding,
  fileEmpty,
  tooManyFiles,
  frontmatterMissing,
  frontmatterUnclosed,
  frontmatterNotMapping,
  yamlSyntax,
  yamlDuplicateKey,
  yamlAliases,
  yamlTooDeep,
  schemaRequired,
  schemaType,
  schemaEnum,
  schemaFormat,
  schemaRange,
  schemaUnknownKey,
  dateInvalid,
  criteriumMissing,
  toestemmingRequired,
  placeholder,
  casusUnknown,
  begeleidingUnknown,
  opbrengstenMissing,
  opbrengstenEmpty,
  sessieIdDate,
  uniqueId,
  rolParadigmaMissing,
  paradigmaDiagonal,
  periodeOverlap,
  imageMissing,
  imageOutsideBeelden,
  imageUnsupported,
  imageCorrupt,
  imageAltMissing,
  imageLarge,
  concept,
  internMissing,
  pdfCharacterMissing,
  vocabularyAlias,
  logoMissing,
  vocabularyCase,
  jaNee,
  sdgDuplicate,
  fileIgnored,
  tooManyMessages,
];
