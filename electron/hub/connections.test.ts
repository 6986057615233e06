import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FACILITATOR_FRAME_BYTES, PROTOCOL_VERSION } from '../../shared/protocol';
import { CLOSE, closeReason } from './hub';
import { DESKTOP_PAGE_ORIGIN } from './origin';
import { TestClient } from './testing/client';
import { TOKEN, answer, scalePollSpec, testHub, type TestHub, closeTestHubs } from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

describe('connecting', () => {
  it('welcomes the facilitator with the network and no session yet', async () => {
    hub = await testHub();
    const client = await TestClient.connect(hub.wsUrl);
    client.hello({ role: 'facilitator', token: TOKEN });
    const welcome = await client.next('welcome');
    expect(welcome.seq).toBe(1);
    expect(welcome.you.role).toBe('facilitator');
    expect(welcome.snapshot.session).toBeNull();
    expect(welcome.snapshot.network?.joinBase).toBe(`http://127.0.0.1:${hub.running.port}`);
  });

  it('refuses a wrong facilitator token and closes that connection', async () => {
    hub = await testHub();
    const client = await TestClient.connect(hub.wsUrl);
    client.hello({ role: 'facilitator', token: 'guessed' });
    const error = await client.next('error');
    expect(error.code).toBe('unauthorized');
    expect(error.message).toMatch(/facilitator key/);
    expect((await client.waitClosed()).code).toBe(CLOSE.unauthorized);
  });

  it("refuses a WebSocket from another site's page at the upgrade", async () => {
    hub = await testHub();
    await expect(TestClient.connect(hub.wsUrl, 'http://evil.example')).rejects.toThrow('HTTP 403');
    await expect(TestClient.connect(hub.wsUrl, null)).rejects.toThrow('HTTP 403');
    // Pages from disk: the desktop app no longer loads any, so a local file cannot pass for it.
    await expect(TestClient.connect(hub.wsUrl, 'file://')).rejects.toThrow('HTTP 403');
    await expect(TestClient.connect(hub.wsUrl, 'null')).rejects.toThrow('HTTP 403');
    await expect(TestClient.connect(hub.wsUrl, `http://127.0.0.1:${hub.running.port + 1}`)).rejects.toThrow(
      'HTTP 403',
    );
  });

  it("lets the desktop app's pages in only with the facilitator token", async () => {
    hub = await testHub();
    const screen = await TestClient.connect(hub.wsUrl, DESKTOP_PAGE_ORIGIN);
    screen.hello({ role: 'screen' });
    expect((await screen.next('error')).code).toBe('unauthorized');
    const console = await TestClient.connect(hub.wsUrl, DESKTOP_PAGE_ORIGIN);
    console.hello({ role: 'facilitator', token: TOKEN });
    expect((await console.next('welcome')).you.role).toBe('facilitator');
  });

  it('refuses a page from another protocol version with a reload hint', async () => {
    hub = await testHub();
    const client = await TestClient.connect(hub.wsUrl);
    client.send({ type: 'hello', protocol: PROTOCOL_VERSION + 1, role: 'screen' });
    const error = await client.next('error');
    expect(error.code).toBe('protocol-version');
    expect(error.message).toMatch(/Reload/);
  });

  it('asks for hello before anything else, and keeps the connection', async () => {
    hub = await testHub();
    const client = await TestClient.connect(hub.wsUrl);
    client.send(answer('c1', 3));
    expect((await client.next('error')).code).toBe('hello-first');
    client.hello({ role: 'screen' });
    expect((await client.next('welcome')).you.role).toBe('screen');
  });

  it('drops a connection that never says hello', async () => {
    hub = await testHub({ helloTimeoutMs: 100 });
    const client = await TestClient.connect(hub.wsUrl);
    expect((await client.waitClosed()).code).toBe(CLOSE.helloTimeout);
  });

  it('drops a silent peer at the heartbeat and counts it as gone', async () => {
    hub = await testHub({ heartbeatMs: 100 });
    const { facilitator, code } = await hub.start([scalePollSpec()]);
    const { client } = await hub.participant(code);
    await facilitator.next('state', (s) => s.session?.participants.connected === 1);
    // Stop reading: the phone's Wi-Fi is gone, so no pong comes back.
    (client.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const gone = await facilitator.next('state', (s) => s.session?.participants.connected === 0, 3000);
    expect(gone.session?.participants.joined).toBe(1);
    facilitator.send({ type: 'ping' });
    await facilitator.next('pong');
  });

  it('tells a participant when the code matches no session', async () => {
    hub = await testHub();
    const client = await TestClient.connect(hub.wsUrl);
    client.hello({ role: 'participant', code: 'ABCDE' });
    const error = await client.next('error');
    expect(error.code).toBe('unknown-code');
    expect(error.message).toContain('ABCDE');
    expect((await client.waitClosed()).code).toBe(CLOSE.noSession);
  });
});

describe('bad frames', () => {
  it('answers bad JSON and schema-invalid messages with an error, and the connection stays', async () => {
    hub = await testHub();
    const client = await hub.facilitator();
    client.sendRaw('{"type":');
    expect(await client.next('error')).toMatchObject({
      code: 'bad-json',
      message: 'That message was not valid JSON.',
    });
    client.send({ type: 'control', control: { action: 'goto', index: -1 } });
    const invalid = await client.next('error');
    expect(invalid.code).toBe('invalid-message');
    expect(invalid.message).toContain('index');
    client.send({ type: 'ping' });
    expect((await client.next('pong')).now).toBeGreaterThan(0);
    expect(client.closed).toBeNull();
  });

  it('closes only the socket that sent an oversized frame', async () => {
    hub = await testHub();
    const big = await hub.facilitator();
    const other = await hub.screen();
    big.sendRaw(JSON.stringify({ type: 'ping', padding: 'x'.repeat(MAX_FACILITATOR_FRAME_BYTES) }));
    expect((await big.waitClosed()).code).toBe(1009);
    other.send({ type: 'ping' });
    expect((await other.next('pong')).type).toBe('pong');
    // The hub still takes new connections.
    const later = await hub.facilitator();
    later.send({ type: 'ping' });
    await later.next('pong');
  });

  it('numbers every message of a connection 1, 2, 3…', async () => {
    hub = await testHub();
    const client = await hub.facilitator();
    for (let i = 0; i < 3; i++) client.send({ type: 'ping' });
    await client.next('pong');
    await client.next('pong');
    await client.next('pong');
    expect(client.received.map((m) => m.seq)).toEqual(client.received.map((_m, i) => i + 1));
  });
});

describe('closeReason', () => {
  it('fits a long message with non-ASCII letters into a close frame', () => {
    const reason = closeReason('That’s it: '.repeat(30));
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
    expect(reason.startsWith('That’s it:')).toBe(true);
  });
});
