/** A catalogue compiled by scripts/i18n/catalogues.ts: one function per message. */
declare module '*.json?messages' {
  const messages: Record<string, (params?: Record<string, unknown>) => string>;
  export default messages;
}

/** The pseudo-locale made from an English catalogue. */
declare module '*.json?pseudo' {
  const messages: Record<string, (params?: Record<string, unknown>) => string>;
  export default messages;
}
