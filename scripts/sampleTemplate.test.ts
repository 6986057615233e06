import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkshopFile } from '../shared/workshop/file';
import { SAMPLES } from '../shared/workshop/samples';
import { workshopSchema } from '../shared/workshop/schema';
import { workshopAsTemplate } from '../shared/workshop/templates';

describe.each(SAMPLES)('the $language sample workshop as a template', ({ fileName }) => {
  it('is its agenda without its results, as New workshop › Start from offers it', () => {
    const read = readWorkshopFile(readFileSync(`resources/samples/${fileName}`, 'utf8'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.keys(read.workshop.results)).not.toEqual([]);
    const template = workshopAsTemplate(read.workshop);
    expect(workshopSchema.safeParse(template).success).toBe(true);
    expect(template).toMatchObject({ name: read.workshop.name, results: {}, initiatives: [] });
    expect(template.agenda.map((e) => e.title)).toEqual(read.workshop.agenda.map((e) => e.title));
  });
});
