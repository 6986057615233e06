import { SAMPLES, sampleIn } from '../../../shared/workshop/samples';
import type { Language } from '../../../shared/languages';

// Each sample is a chunk of its own, read when asked for: the console's first load carries none.
const SAMPLE_FILES = import.meta.glob<string>('../../../resources/samples/*.outside-in.json', {
  query: '?raw',
  import: 'default',
});

/** The sample workshop file in this language (English where none is written), as text. */
export async function sampleText(language: Language): Promise<string> {
  const file = (fileName: string) => SAMPLE_FILES[`../../../resources/samples/${fileName}`];
  // scripts/sample.test.ts reads every listed sample from resources/samples; English stands in should one be missing.
  const load = file(sampleIn(language).fileName) ?? file(SAMPLES[0].fileName)!;
  return load();
}
