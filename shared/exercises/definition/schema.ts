import { z } from 'zod';
import { newId } from '../../ids';
import type { Language } from '../../languages';
import { contentIn } from '../content';
import { exerciseBase, idSchema, longText, shortText } from '../common';

/** A statement the facilitator made from several of the room's statements; their upvotes add up. */
export const mergedStatementSchema = z.object({
  id: idSchema,
  /** The open-text list it belongs to ('means' or 'not-means'). */
  list: idSchema,
  text: shortText(500).min(1),
  /** Ids of the room's statements it replaces. */
  from: z.array(idSchema).min(2).max(100),
});
export type MergedStatement = z.infer<typeof mergedStatementSchema>;

/** What the facilitator did to the room's statements; the statements themselves stay in the results. */
export const definitionCurationSchema = z.object({
  /** Statement ids (the room's or merged ones) hidden as duplicates or off-topic. */
  hidden: z.array(idSchema).max(1000),
  merges: z.array(mergedStatementSchema).max(300),
});
export type DefinitionCuration = z.infer<typeof definitionCurationSchema>;

export const EMPTY_CURATION: DefinitionCuration = { hidden: [], merges: [] };

export const definitionSchema = z.object({
  ...exerciseBase,
  type: z.literal('definition'),
  meansPrompt: shortText(200).min(1),
  notMeansPrompt: shortText(200).min(1),
  /** The team's definition, written by the facilitator from the ranked statements. */
  definition: z.object({ means: longText(2000), notMeans: longText(2000) }),
  /** Optional so files and databases from before curation existed still read unchanged. */
  curation: definitionCurationSchema.optional(),
});
export type Definition = z.infer<typeof definitionSchema>;

export function newDefinition(language?: Language): Definition {
  const content = contentIn(language).definition;
  return {
    id: newId(),
    type: 'definition',
    title: content.title,
    minutes: 15,
    meansPrompt: content.meansPrompt,
    notMeansPrompt: content.notMeansPrompt,
    definition: { means: '', notMeans: '' },
  };
}
