// The one IPC contract between the Electron main process and our pages.
// Types and channel names only: the preload imports this file and a sandboxed preload cannot
// require packages, so the zod schemas that check arguments live with the handlers in electron/main/ipc.ts.

import type { ConsoleLanguage } from './languages';

export type FileKind = 'workshop' | 'pdf' | 'csv' | 'xlsx' | 'zip';
export type OpenableFileKind = Extract<FileKind, 'workshop' | 'csv'>;

/** How the console reaches the hub on this laptop. */
export interface HubInfo {
  /** e.g. http://127.0.0.1:4870 */
  url: string;
  /** Secret that makes a WebSocket client the facilitator. */
  facilitatorToken: string;
}

export interface SaveFileRequest {
  /** Suggested file name, e.g. "Acme kickoff.outside-in.json". A bare name, never a path. */
  defaultName: string;
  data: string | Uint8Array;
  kind: FileKind;
}

export interface SaveFileResult {
  /** false when the facilitator cancelled the dialog. */
  saved: boolean;
  path?: string;
}

export interface OpenFileRequest {
  kind: OpenableFileKind;
}

export interface OpenedFile {
  name: string;
  text: string;
}

/** Largest file `openFile` reads; bigger files are refused with a message. */
export const MAX_OPEN_FILE_BYTES = 20 * 1024 * 1024;

/** Request channels: channel → argument tuple → result. */
export interface IpcContract {
  'hub:info': { args: []; result: HubInfo };
  'file:save': { args: [request: SaveFileRequest]; result: SaveFileResult };
  'file:open': { args: [request: OpenFileRequest]; result: OpenedFile | null };
  'projector:open': { args: []; result: void };
  /** The console's language, so the app menu speaks it. */
  'console:language': { args: [language: ConsoleLanguage]; result: void };
}

export type IpcChannel = keyof IpcContract;
export type IpcArgs<C extends IpcChannel> = IpcContract[C]['args'];
export type IpcResult<C extends IpcChannel> = IpcContract[C]['result'];

/**
 * What travels back over the wire. Electron would wrap a thrown error as
 * "Error invoking remote method 'file:save': Error: …"; the preload unwraps this envelope
 * so the page gets an Error whose message a facilitator can read as is.
 */
export type IpcReply<T> = { ok: true; value: T } | { ok: false; message: string };

/** The function name the preload exposes for each channel. Every channel has exactly one. */
export const API_CHANNELS = {
  hubInfo: 'hub:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  openProjector: 'projector:open',
  setConsoleLanguage: 'console:language',
} as const satisfies Record<string, IpcChannel>;

type ApiChannels = typeof API_CHANNELS;

// Fails to compile when a contract channel has no function in API_CHANNELS.
type MissingChannels = Exclude<IpcChannel, ApiChannels[keyof ApiChannels]>;
const everyChannelHasAFunction: [MissingChannels] extends [never] ? true : MissingChannels = true;
void everyChannelHasAFunction;

export const IPC_CHANNELS: readonly IpcChannel[] = Object.values(API_CHANNELS);

/** Menu actions the console carries out (main handles the rest itself). */
export const MENU_COMMANDS = [
  'new-workshop',
  'import-workshop',
  'export-workshop',
  'show-shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** One-way events main → page: channel → payload. */
export interface IpcEvents {
  'menu:command': MenuCommand;
}
export type IpcEventChannel = keyof IpcEvents;
export const MENU_COMMAND_EVENT = 'menu:command' satisfies IpcEventChannel;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What the preload puts on `window.outsideIn`: named functions only, nothing raw. */
export type OutsideInApi = {
  readonly [Name in keyof ApiChannels]: (
    ...args: IpcArgs<ApiChannels[Name]>
  ) => Promise<IpcResult<ApiChannels[Name]>>;
} & {
  /** Calls `listener` for each menu command; returns a function that stops listening. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};

declare global {
  interface Window {
    /** Present only inside the Electron app (absent in browser mode). */
    outsideIn?: OutsideInApi;
  }
}
