// Main's side of the IPC contract: one handler per channel, each with the pages allowed to
// call it and the zod schema its arguments must pass. No electron import: registration takes
// anything shaped like ipcMain, so tests drive the real map with a plain object.
import { z } from 'zod';
import {
  IPC_CHANNELS,
  MENU_COMMANDS,
  type HubInfo,
  type IpcArgs,
  type IpcChannel,
  type IpcReply,
  type IpcResult,
  type OpenedFile,
  type OpenFileRequest,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/ipc';
import { CONSOLE_LANGUAGES, type ConsoleLanguage } from '../../shared/languages';
import { safeFileName } from './files';
import { ourPageAt, type PageLocations, type PageName } from './navigation';

/** What the handlers need from the rest of main (windows, dialogs, the hub). */
export interface ShellServices {
  hubInfo(): Promise<HubInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  openProjector(): Promise<void>;
  /** Words the menu (and About box) in the console's language. */
  setConsoleLanguage(language: ConsoleLanguage): Promise<void>;
}

export interface IpcHandler<C extends IpcChannel> {
  /** Pages allowed to call this channel. */
  pages: readonly PageName[];
  args: z.ZodType<IpcArgs<C>>;
  handle(...args: IpcArgs<C>): Promise<IpcResult<C>>;
}

export type IpcHandlerMap = { readonly [C in IpcChannel]: IpcHandler<C> };

/** A refusal whose message is meant for the facilitator. */
export class RefusedRequest extends Error {
  override readonly name = 'RefusedRequest';
}

const BOTH_PAGES: readonly PageName[] = ['console', 'projector'];
const CONSOLE_ONLY: readonly PageName[] = ['console'];

export const menuCommandSchema = z.enum(MENU_COMMANDS);
/** Only a language the console speaks: anything else is refused, never shown in the menu. */
export const consoleLanguageSchema = z.enum(CONSOLE_LANGUAGES);

export function createIpcHandlers(services: ShellServices): IpcHandlerMap {
  return {
    'hub:info': {
      // The projector connects to the hub too (as the 'screen' role).
      pages: BOTH_PAGES,
      args: z.tuple([]),
      handle: () => services.hubInfo(),
    },
    'file:save': {
      pages: CONSOLE_ONLY,
      args: z.tuple([
        z.strictObject({
          defaultName: z.string().max(1000),
          data: z.union([z.string(), z.instanceof(Uint8Array)]),
          kind: z.enum(['workshop', 'pdf', 'csv', 'xlsx', 'zip']),
        }),
      ]),
      handle: (request) =>
        services.saveFile({ ...request, defaultName: safeFileName(request.defaultName, request.kind) }),
    },
    'file:open': {
      pages: CONSOLE_ONLY,
      args: z.tuple([z.strictObject({ kind: z.enum(['workshop', 'csv']) })]),
      handle: (request) => services.openFile(request),
    },
    'projector:open': {
      pages: CONSOLE_ONLY,
      args: z.tuple([]),
      handle: () => services.openProjector(),
    },
    'console:language': {
      pages: CONSOLE_ONLY,
      args: z.tuple([consoleLanguageSchema]),
      handle: (language) => services.setConsoleLanguage(language),
    },
  };
}

function describeArgsProblem(channel: IpcChannel, error: z.ZodError): string {
  const problems = error.issues.map((issue) => {
    const [index, ...inside] = issue.path;
    const where =
      typeof index === 'number'
        ? `argument ${index + 1}${inside.length ? ` › ${inside.join(' › ')}` : ''}`
        : 'arguments';
    return `${where}: ${issue.message}`;
  });
  return `Outside-In refused a malformed "${channel}" request (${problems.join('; ')}).`;
}

/** The URL of the frame that sent a message, or null when it is gone or is not a top frame. */
export interface IpcSender {
  url: string | null;
}

/**
 * Runs one request: refuses senders that are not one of our pages (or not a page allowed on
 * this channel), refuses arguments that fail the schema, and turns every failure into a
 * message rather than a thrown error.
 */
export async function handleIpcRequest<C extends IpcChannel>(
  channel: C,
  handler: IpcHandler<C>,
  sender: IpcSender,
  rawArgs: readonly unknown[],
  locations: PageLocations,
): Promise<IpcReply<IpcResult<C>>> {
  const page = sender.url ? ourPageAt(sender.url, locations) : null;
  if (!page || !handler.pages.includes(page)) {
    return { ok: false, message: `"${channel}" is not available to ${page ? `the ${page}` : 'this page'}.` };
  }
  const parsed = handler.args.safeParse(rawArgs);
  if (!parsed.success) return { ok: false, message: describeArgsProblem(channel, parsed.error) };
  try {
    return { ok: true, value: await handler.handle(...parsed.data) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The slice of Electron's IpcMainInvokeEvent we read. */
export interface IpcInvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

/** The slice of Electron's ipcMain we use. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

/** Only a top-level frame speaks for a page; an embedded frame never does. */
export function senderOf(event: IpcInvokeEventLike): IpcSender {
  const frame = event.senderFrame;
  return { url: frame && frame.parent === null ? frame.url : null };
}

/** Registers every handler once; returns a function that removes them all. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: IpcHandlerMap,
  locations: () => PageLocations,
): () => void {
  for (const channel of IPC_CHANNELS) {
    register(ipcMain, channel, handlers[channel], locations);
  }
  return () => IPC_CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

function register<C extends IpcChannel>(
  ipcMain: IpcMainLike,
  channel: C,
  handler: IpcHandler<C>,
  locations: () => PageLocations,
): void {
  ipcMain.handle(channel, (event, ...args) =>
    handleIpcRequest(channel, handler, senderOf(event), args, locations()),
  );
}
