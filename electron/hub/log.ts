/** Where the hub reports what it did and what went wrong. */
export interface HubLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
