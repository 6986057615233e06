import { z } from 'zod';
import { newId } from '../../ids';
import type { Language } from '../../languages';
import { contentIn } from '../content';
import { exerciseBase, idSchema, shortText } from '../common';

export const DEFAULT_QUESTIONS = [
  'Our managers insist on direct, regular contact with customers.',
  'We judge success more by customer measures than by product measures.',
  'Our managers work across silos for results that serve the whole company.',
  'Our leaders deliberately build the organisation’s knowledge of customers.',
];

export const DEFAULT_DEPARTMENTS = [
  'IT',
  'Finance',
  'HR',
  'Product / R&D',
  'Sales',
  'Service',
  'Operations',
  'Marketing',
];

export const centricityCheckSchema = z.object({
  ...exerciseBase,
  type: z.literal('centricity-check'),
  questions: z
    .array(z.object({ id: idSchema, text: shortText(300).min(1) }))
    .min(1)
    .max(12),
  departments: z.array(shortText(60).min(1)).max(30),
});
export type CentricityCheck = z.infer<typeof centricityCheckSchema>;

export function newCentricityCheck(language?: Language): CentricityCheck {
  const content = contentIn(language).centricity;
  return {
    id: newId(),
    type: 'centricity-check',
    title: content.title,
    minutes: 10,
    questions: content.questions.map((text) => ({ id: newId(), text })),
    departments: [...content.departments],
  };
}
