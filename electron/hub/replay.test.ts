import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import type { CardClassificationResult } from '../../shared/activities/cardClassification';
import type { ScalePollResult } from '../../shared/activities/scalePoll';
import { listJournals } from './journal';
import { TestClient } from './testing/client';
import {
  TOKEN,
  cardSortConfig,
  cardSortSpec,
  openTextSpec,
  scalePollSpec,
  tempDir,
  testHub,
  type TestHub,
  closeTestHubs,
} from './testing/fixtures';

const children: ChildProcess[] = [];
let hub: TestHub | null = null;
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await closeTestHubs();
});

/** Starts the hub in its own process (so it can be killed for real) and resolves with its port. */
async function spawnHub(dataDir: string): Promise<{ child: ChildProcess; port: number; stderr: string[] }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'testing/hubProcess.ts'), dataDir, TOKEN],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`The hub process exited (${code}): ${stderr.join('\n')}`)));
  });
  return { child, port: (JSON.parse(line) as { port: number }).port, stderr };
}

const killed = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

describe('journal replay', () => {
  it('keeps every acknowledged answer when the hub is killed with SIGKILL and restarted', async () => {
    const dataDir = await tempDir();
    const first = await spawnHub(dataDir);
    const url = `ws://127.0.0.1:${first.port}/ws`;

    const facilitator = await TestClient.connect(url);
    facilitator.hello({ role: 'facilitator', token: TOKEN });
    await facilitator.next('welcome');
    facilitator.send({
      type: 'control',
      control: {
        action: 'start-session',
        workshopId: 'w',
        workshopName: 'Kick-off',
        activities: [scalePollSpec()],
      },
    });
    const code = (await facilitator.next('state', (s) => s.session !== null)).session!.code;
    facilitator.send({ type: 'control', control: { action: 'open' } });
    await facilitator.next('state', (s) => s.session?.phase === 'open');

    const phones = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const client = await TestClient.connect(url);
        client.hello({ role: 'participant', code });
        const welcome = await client.next('welcome');
        return { client, participantId: welcome.you.participantId!, secret: welcome.you.secret! };
      }),
    );
    // Answers keep arriving while the hub dies: only the acked ones are promised.
    const acked = new Map<string, number>();
    phones.forEach((phone, i) => {
      phone.client.onMessage = (m) => {
        if (m.type === 'ack' && m.status === 'recorded') acked.set(phone.participantId, (i % 5) + 1);
      };
      phone.client.send({
        type: 'answer',
        activityId: 'check:q',
        itemId: 'q1',
        clientAnswerId: `c${i}`,
        value: (i % 5) + 1,
      });
    });
    while (acked.size < 10) await new Promise((r) => setTimeout(r, 2));
    first.child.kill('SIGKILL');
    await killed(first.child);
    expect(acked.size).toBeGreaterThanOrEqual(10);

    const second = await spawnHub(dataDir);
    const url2 = `ws://127.0.0.1:${second.port}/ws`;
    const console2 = await TestClient.connect(url2);
    console2.hello({ role: 'facilitator', token: TOKEN });
    const welcome = await console2.next('welcome');
    expect(welcome.snapshot.session).toMatchObject({ code, phase: 'open', workshopName: 'Kick-off' });
    const tally = await console2.next('tally');
    const result = tally.result as ScalePollResult;
    const expected = [0, 0, 0, 0, 0];
    for (const value of acked.values()) expected[value - 1]! += 1;
    // Every acked answer is there; answers that were written but not yet acked may be there too.
    result.items[0]!.distribution.forEach((count, i) => expect(count).toBeGreaterThanOrEqual(expected[i]!));
    expect(result.items[0]!.count).toBeGreaterThanOrEqual(acked.size);

    // A phone resumes with its identity and sees its answer as recorded.
    const [participantId, value] = [...acked.entries()][0]!;
    const phone = phones.find((p) => p.participantId === participantId)!;
    const back = await TestClient.connect(url2);
    back.hello({ role: 'participant', code, participantId, secret: phone.secret });
    expect((await back.next('welcome')).you).toMatchObject({ participantId, resumed: true });
    expect((await back.next('your-answers')).answers).toEqual([
      expect.objectContaining({ itemId: 'q1', value }),
    ]);
  }, 30_000);

  it('skips a torn last line with a warning and carries on', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([scalePollSpec()]);
    facilitator.send({ type: 'control', control: { action: 'open' } });
    const { client } = await hub.participant(code);
    client.send({ type: 'answer', activityId: 'check:q', itemId: 'q1', clientAnswerId: 'c1', value: 4 });
    await client.next('ack');
    const dataDir = hub.dataDir;
    await hub.running.close();
    hub = null;

    const [path] = await listJournals(dataDir);
    await appendFile(path!, '{"t":"answer","at":17,"participantId":"x","activityId":"check:q","itemI');
    hub = await testHub({}, dataDir);
    expect(hub.log.lines.some((l) => l.startsWith('warn:') && l.includes('last line'))).toBe(true);
    const console2 = await hub.facilitator();
    const tally = await console2.next('tally');
    expect((tally.result as ScalePollResult).items[0]!.distribution).toEqual([0, 0, 0, 1, 0]);

    // New answers go on a fresh line after the torn one, and replay again.
    const again = await hub.participant(code);
    again.client.send({
      type: 'answer',
      activityId: 'check:q',
      itemId: 'q1',
      clientAnswerId: 'c2',
      value: 2,
    });
    expect((await again.client.next('ack')).status).toBe('recorded');
    await hub.running.close();
    hub = await testHub({}, dataDir);
    const console3 = await hub.facilitator();
    expect(((await console3.next('tally')).result as ScalePollResult).items[0]!.distribution).toEqual([
      0, 1, 0, 1, 0,
    ]);
    // Only the torn line was lost: the second participant's join survived and it can resume.
    expect(hub.log.lines.filter((l) => l.startsWith('warn:') && l.includes('skipped'))).toHaveLength(1);
    const resumed = await hub.participant(code, { participantId: again.participantId, secret: again.secret });
    expect(resumed.participantId).toBe(again.participantId);
  });

  it('starts with no session when the last one ended, or the journal is unreadable', async () => {
    hub = await testHub();
    const { facilitator } = await hub.start([scalePollSpec()]);
    facilitator.send({ type: 'control', control: { action: 'end-session' } });
    await facilitator.next('state', (s) => s.session?.status === 'ended');
    const dataDir = hub.dataDir;
    await hub.running.close();
    hub = await testHub({}, dataDir);
    const console2 = await hub.facilitator();
    expect(console2.received[0]).toMatchObject({ type: 'welcome', snapshot: { session: null } });
    await hub.running.close();

    await writeFile(join(dataDir, 'session-9999999999999-zzz.jsonl'), 'garbage\n');
    hub = await testHub({}, dataDir);
    expect(hub.running.hub.session).toBeNull();
    expect(hub.log.lines.some((l) => l.includes('no session start record'))).toBe(true);
  });

  it('replays an activity update: after a restart the sort has the added cards and their votes', async () => {
    hub = await testHub();
    const { facilitator, code } = await hub.start([
      openTextSpec('pp:propose'),
      cardSortSpec('pp:sort', ['c1']),
    ]);
    const config = cardSortConfig(['c1', 'p1']);
    facilitator.send({
      type: 'control',
      control: { action: 'update-activity', activityId: 'pp:sort', config },
    });
    facilitator.send({ type: 'control', control: { action: 'next' } });
    facilitator.send({ type: 'control', control: { action: 'open' } });
    await facilitator.next('state', (s) => s.session?.current.id === 'pp:sort' && s.session.phase === 'open');
    const phone = await hub.participant(code);
    phone.client.send({
      type: 'answer',
      activityId: 'pp:sort',
      itemId: 'p1',
      clientAnswerId: 'a1',
      value: 'push',
    });
    expect((await phone.client.next('ack')).status).toBe('recorded');
    const dataDir = hub.dataDir;
    await hub.running.close();

    hub = await testHub({}, dataDir);
    const console2 = await hub.facilitator();
    const welcome = console2.received[0]!;
    expect(welcome.type === 'welcome' && welcome.snapshot.session?.current.config).toEqual(config);
    const tally = (await console2.next('tally')).result as CardClassificationResult;
    expect(tally.cards.map((c) => [c.id, c.total])).toEqual([
      ['c1', 0],
      ['p1', 1],
    ]);
    // The sort is open now: a later update is refused, after the restart too.
    console2.send({
      type: 'control',
      control: { action: 'update-activity', activityId: 'pp:sort', config: cardSortConfig(['c1']) },
    });
    expect((await console2.next('error')).message).toContain('has been opened already');
  });

  it('skips a journaled update its kind does not accept (a hand-edited journal) and keeps the rest', async () => {
    hub = await testHub();
    await hub.start([cardSortSpec('pp:sort', ['c1'])]);
    const dataDir = hub.dataDir;
    await hub.running.close();
    const [path] = await listJournals(dataDir);
    const bad = { t: 'config', at: 5, activityId: 'pp:sort', config: { cards: [] } };
    const good = { t: 'config', at: 6, activityId: 'pp:sort', config: cardSortConfig(['c1', 'p9']) };
    await appendFile(path!, `${JSON.stringify(good)}\n${JSON.stringify(bad)}\n`);

    hub = await testHub({}, dataDir);
    const console2 = await hub.facilitator();
    const welcome = console2.received[0]!;
    expect(welcome.type === 'welcome' && welcome.snapshot.session?.current.config).toEqual(good.config);
  });

  it('journals the secret only as a hash', async () => {
    hub = await testHub();
    const { code } = await hub.start([scalePollSpec()]);
    const { secret } = await hub.participant(code);
    await hub.running.close();
    const [path] = await listJournals(hub.dataDir);
    const text = await readFile(path!, 'utf8');
    expect(text).toContain('"t":"join"');
    expect(text).not.toContain(secret);
    hub = null;
  });
});
