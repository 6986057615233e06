import type { Language } from '../languages';

/**
 * The sample workshops in resources/samples, one per language written so far (scripts/make-sample.ts
 * writes them all). The console offers the one in its own language.
 */
export const SAMPLES = [
  { language: 'en', fileName: 'northwind.outside-in.json' },
  { language: 'de', fileName: 'northwind.de.outside-in.json' },
] as const satisfies ReadonlyArray<{ language: Language; fileName: string }>;

export type Sample = (typeof SAMPLES)[number];
export type SampleLanguage = Sample['language'];

/** The sample in this language; the English one where none is written. */
export function sampleIn(language: Language | undefined): Sample {
  return SAMPLES.find((s) => s.language === language) ?? SAMPLES[0];
}
