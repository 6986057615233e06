/** A catalogue compiled by scripts/i18n/catalogues.ts: one function per message. */
declare module '*.json?messages' {
  const messages: Record<string, (params?: Record<string, unknown>) => string>;
  export default messages;
}
