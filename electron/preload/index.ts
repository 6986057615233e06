import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('outsideIn', {});
