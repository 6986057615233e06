/**
 * Option ids for departments, which are plain names in the exercise: a slug of the name, so the
 * same department keeps its id across workshops of one organisation (the check is compared over time).
 */
export function departmentOptionIds(departments: readonly string[]): string[] {
  const used = new Set<string>();
  return departments.map((name, index) => {
    const slug =
      name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '') // accents off: é → e
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 48) || `department-${index + 1}`;
    let id = slug;
    for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
    used.add(id);
    return id;
  });
}
