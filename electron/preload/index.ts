// Sandboxed preload (built as CommonJS: out/preload/index.cjs). It puts a few named functions on
// window.outsideIn and nothing else: no ipcRenderer, no generic invoke, no Node.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  API_CHANNELS,
  MENU_COMMAND_EVENT,
  isMenuCommand,
  type IpcArgs,
  type IpcChannel,
  type IpcReply,
  type IpcResult,
  type MenuCommand,
  type OutsideInApi,
} from '../../shared/ipc';

async function call(channel: IpcChannel, args: unknown[]): Promise<unknown> {
  const reply = (await ipcRenderer.invoke(channel, ...args)) as IpcReply<unknown>;
  if (!reply.ok) throw new Error(reply.message);
  return reply.value;
}

function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.');
  const forward = (_event: IpcRendererEvent, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_COMMAND_EVENT, forward);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_EVENT, forward);
  };
}

function bind<C extends IpcChannel>(channel: C) {
  return (...args: IpcArgs<C>) => call(channel, args) as Promise<IpcResult<C>>;
}

// Listed by name so the compiler flags a contract function that is missing or extra.
const api: OutsideInApi = Object.freeze({
  hubInfo: bind(API_CHANNELS.hubInfo),
  saveFile: bind(API_CHANNELS.saveFile),
  openFile: bind(API_CHANNELS.openFile),
  openProjector: bind(API_CHANNELS.openProjector),
  setConsoleLanguage: bind(API_CHANNELS.setConsoleLanguage),
  onMenuCommand,
});

contextBridge.exposeInMainWorld('outsideIn', api);
