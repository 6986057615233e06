/**
 * The one number each initiative carries on the console, the projector, the PDF and the CSV:
 * its place in the workshop's list (the order initiatives were added), so the number never
 * changes while the team drags, places or votes.
 */
export function initiativeNumbers(initiatives: readonly { id: string }[]): Map<string, number> {
  return new Map(initiatives.map((initiative, index) => [initiative.id, index + 1]));
}
