// ef logbook: load a valid logbook → compile the Logboek → render → write.
import { compileLogbook } from '../../compile/logbook.js';
import type { Io } from '../../core/io.js';
import { publish, type OutputOptions } from './report.js';

export async function logbook(options: OutputOptions, io: Io): Promise<number> {
  return publish(options, io, (model, audience) => compileLogbook(model, audience));
}
