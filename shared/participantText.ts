/*
 * Text a participant typed (statements, proposed cards) as the hub keeps it. Phones are not
 * trusted: a raw socket can send NUL, escape sequences or text made only of invisible marks.
 */

/** Control characters that lay text out: they become a space (then collapse with the rest). */
const SPACING_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** Other control characters (C0, DEL, C1): removed, they never belong in a statement. */
const CONTROLS = /\p{Cc}/gu;
/** Bidirectional embeddings, overrides, isolates and marks: they can reverse the text around them. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/**
 * A character a reader can see: not white space, not a format mark (zero-width joiners, tags),
 * not a lone combining mark, not one of the blank fillers some scripts have.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u2800\u3164\uFFA0]/u;

/** Removes control characters, normalises to NFC and collapses white space. */
export function cleanParticipantText(raw: string): string {
  return raw
    .replace(SPACING_CONTROLS, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether the text shows anything at all (text of only invisible marks counts as empty). */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}
