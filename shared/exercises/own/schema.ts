import { z } from 'zod';
import { newId } from '../../ids';
import type { Language } from '../../languages';
import { contentIn } from '../content';
import { exerciseBase, idSchema, longText, shortText } from '../common';

/** Most activities one own exercise runs. */
export const MAX_OWN_ACTIVITIES = 20;

/** An option, statement, card or category: its id keys the answers, so editing the label keeps them. */
export const ownLabelSchema = z.object({ id: idSchema, label: shortText(300) });
export type OwnLabel = z.infer<typeof ownLabelSchema>;

const labels = (max: number) => z.array(ownLabelSchema).max(max);

const activityBase = {
  id: idSchema,
  title: shortText(120),
  prompt: longText(300),
  /** The facilitator's own notes on this question; like the exercise's, never sent to the hub. */
  notes: longText(2000).optional(),
};

/*
 * Lists may be short or labels empty while the facilitator is still writing: the stored shape
 * accepts them, and an activity only runs once its kind accepts what it would ask (see index.ts).
 */
export const ownActivitySchema = z.discriminatedUnion('kind', [
  z.object({
    ...activityBase,
    kind: z.literal('scale'),
    statements: labels(50),
    max: z.union([z.literal(5), z.literal(10)]),
    minLabel: shortText(40),
    maxLabel: shortText(40),
  }),
  z.object({ ...activityBase, kind: z.literal('choice'), options: labels(50), multi: z.boolean() }),
  z.object({ ...activityBase, kind: z.literal('open'), perParticipant: z.number().int().min(1).max(10) }),
  z.object({
    ...activityBase,
    kind: z.literal('dots'),
    options: labels(300),
    dots: z.number().int().min(1).max(20),
  }),
  z.object({
    ...activityBase,
    kind: z.literal('rating'),
    items: labels(200),
    xLabel: shortText(80),
    yLabel: shortText(80),
  }),
  z.object({ ...activityBase, kind: z.literal('sort'), cards: labels(500), categories: labels(6) }),
]);
export type OwnActivity = z.infer<typeof ownActivitySchema>;
export type OwnActivityKind = OwnActivity['kind'];
export type OwnActivityOf<K extends OwnActivityKind> = Extract<OwnActivity, { kind: K }>;

export const ownSchema = z.object({
  ...exerciseBase,
  type: z.literal('own'),
  /** Said on the projector and in the plan above the questions. */
  prompt: longText(1000),
  activities: z.array(ownActivitySchema).max(MAX_OWN_ACTIVITIES),
});
export type Own = z.infer<typeof ownSchema>;

export const newOwnLabel = (text: string): OwnLabel => ({ id: newId(10), label: text });

/** A new activity of one kind, worded in the workshop's language: its lists empty, to be written in the editor. */
export function newOwnActivity(kind: OwnActivityKind, language?: Language): OwnActivity {
  const own = contentIn(language).own;
  const base = { id: newId(10), title: '', prompt: '' };
  switch (kind) {
    case 'scale':
      return {
        ...base,
        kind,
        title: own.scaleTitle,
        statements: [],
        max: 5,
        minLabel: contentIn(language).centricity.notAtAll,
        maxLabel: contentIn(language).centricity.completely,
      };
    case 'choice':
      return { ...base, kind, title: own.choiceTitle, options: [], multi: false };
    case 'open':
      return { ...base, kind, title: own.openTitle, perParticipant: 3 };
    case 'dots':
      return { ...base, kind, title: own.dotsTitle, options: [], dots: 3 };
    case 'rating':
      return {
        ...base,
        kind,
        title: own.ratingTitle,
        items: [],
        xLabel: own.ratingAcross,
        yLabel: own.ratingUp,
      };
    case 'sort':
      return {
        ...base,
        kind,
        title: own.sortTitle,
        cards: [],
        categories: own.sortCategories.map(newOwnLabel),
      };
  }
}

export function newOwn(language?: Language): Own {
  return {
    id: newId(),
    type: 'own',
    title: contentIn(language).own.title,
    minutes: 15,
    prompt: '',
    activities: [],
  };
}
