import { joinCodeSchema } from '../../shared/protocol';

/** The join code in a phone URL `/j/<CODE>`, normalised; null when missing or not a code. */
export function joinCodeFromPath(pathname: string): string | null {
  const match = /^\/j\/([^/?#]+)\/?$/.exec(pathname);
  if (!match) return null;
  let raw: string;
  try {
    raw = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  const parsed = joinCodeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
