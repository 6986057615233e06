// Types for start-decision.mjs (plain JavaScript so `npm start` runs on bare Node).
export type BrowserModeReason =
  | { kind: 'skipped' }
  | { kind: 'timeout' }
  | { kind: 'download-failed'; output: string }
  | { kind: 'unusable'; message: string };
export declare function installerReason(output: string | null | undefined): string | null;
export declare function browserModeMessage(why: BrowserModeReason): string;
export declare const FETCH_TIMEOUT_MS: number;

export type Env = Record<string, string | undefined>;
export type StartStep = 'launch-electron' | 'fetch-electron' | 'browser-mode';
export interface Command {
  command: string;
  args: string[];
}

export declare function downloadSkipped(env: Env): boolean;
export declare function installedElectron(
  electronDir: string,
  env?: Env,
  fs?: { existsSync(path: string): boolean; readFileSync(path: string, encoding: 'utf8'): string },
): string | null;
export declare function firstStep(state: { executable: string | null; skipDownload: boolean }): StartStep;
export declare function afterFetch(state: {
  executable: string | null;
}): Exclude<StartStep, 'fetch-electron'>;
export declare function commands(options: {
  projectDir: string;
  executable: string | null;
  args: string[];
  platform: NodeJS.Platform;
}): { fetch: Command; build: Command; electron: Command; serve: Command };
export declare function electronEnv(env: Env): Env;
