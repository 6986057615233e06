// The floor the hub is compared with: a bare ws server doing the same fan-out with the same batching:
// every answer acknowledged at once, the count sent to the screens at most every 50 ms.
import { spawnScript } from './net';

export const REFERENCE_SERVER = `
import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, maxPayload: 65536 });
const screens = new Set();
let answered = 0;
let dirty = false;
setInterval(() => {
  if (!dirty) return;
  dirty = false;
  const frame = JSON.stringify({ type: 'tally', answered });
  for (const s of screens) s.send(frame);
}, 50);
wss.on('connection', (ws) => {
  ws.on('close', () => screens.delete(ws));
  ws.on('message', (data) => {
    const m = JSON.parse(String(data));
    if (m.type === 'hello') {
      if (m.role === 'screen') screens.add(ws);
      ws.send(JSON.stringify({ type: 'welcome', you: { role: m.role } }));
    } else if (m.type === 'answer') {
      ws.send(JSON.stringify({ type: 'ack', clientAnswerId: m.clientAnswerId, activityId: m.activityId, itemId: m.itemId, status: 'recorded' }));
      answered += 1;
      dirty = true;
    }
  });
});
wss.on('listening', () => console.log(JSON.stringify({ port: wss.address().port })));
`;

export const spawnReference = () => spawnScript(REFERENCE_SERVER);
