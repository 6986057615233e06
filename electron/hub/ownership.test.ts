import { afterEach, describe, expect, it } from 'vitest';
import type { OpenTextResult } from '../../shared/activities/openText';
import { statementItem, upvoteItem } from '../../shared/activities/openText';
import { answer, openFirst, openTextSpec, testHub, type TestHub, closeTestHubs } from './testing/fixtures';

let hub: TestHub | null = null;
afterEach(closeTestHubs);

const statement = (text: string) => ({ list: 'means', text });

describe('a statement belongs to whoever wrote it', () => {
  it('refuses another phone writing, editing or withdrawing it by its id', async () => {
    hub = await testHub();
    const { facilitator, code } = await openFirst(hub, [openTextSpec()]);
    const author = await hub.participant(code);
    const voter = await hub.participant(code);
    const prankster = await hub.participant(code);

    author.client.send(answer('a1', statement('We listen first'), statementItem('s1'), 'def:means'));
    expect((await author.client.next('ack')).status).toBe('recorded');
    voter.client.send(answer('v1', true, upvoteItem('s1'), 'def:means'));
    expect((await voter.client.next('ack')).status).toBe('recorded');

    prankster.client.send(answer('p1', statement('Pranked'), statementItem('s1'), 'def:means'));
    const edit = await prankster.client.next('ack');
    expect(edit.status).toBe('rejected');
    expect(edit.reason).toMatch(/Someone else wrote this one/);
    expect(edit.rejection).toBe('taken');
    prankster.client.send(answer('p2', null, statementItem('s1'), 'def:means'));
    expect((await prankster.client.next('ack')).status).toBe('rejected');

    // The author may still edit their own, and keeps the upvote.
    author.client.send(
      answer('a2', statement('We listen first, then act'), statementItem('s1'), 'def:means'),
    );
    expect((await author.client.next('ack')).status).toBe('replaced');
    const tally = await facilitator.next('tally', (t) => {
      const r = t.result as OpenTextResult;
      return r.lists[0]?.statements[0]?.text === 'We listen first, then act';
    });
    expect((tally.result as OpenTextResult).lists[0]!.statements).toEqual([
      { id: 's1', text: 'We listen first, then act', upvotes: 1 },
    ]);
  });

  it('gives a statement id sent by two phones at once to one of them only', async () => {
    hub = await testHub();
    const { code } = await openFirst(hub, [openTextSpec()]);
    const one = await hub.participant(code);
    const two = await hub.participant(code);
    one.client.send(answer('x1', statement('First'), statementItem('same'), 'def:means'));
    two.client.send(answer('x2', statement('Second'), statementItem('same'), 'def:means'));
    const acks = [await one.client.next('ack'), await two.client.next('ack')].map((a) => a.status);
    expect(acks.filter((s) => s === 'recorded')).toHaveLength(1);
    expect(acks.filter((s) => s === 'rejected')).toHaveLength(1);
  });

  it('knows the owner again after a restart', async () => {
    hub = await testHub();
    const { code } = await openFirst(hub, [openTextSpec()]);
    const author = await hub.participant(code);
    author.client.send(answer('a1', statement('Mine'), statementItem('s1'), 'def:means'));
    await author.client.next('ack');
    const dataDir = hub.dataDir;
    await hub.running.close();
    hub = await testHub({}, dataDir);
    const prankster = await hub.participant(code);
    prankster.client.send(answer('p1', statement('Pranked'), statementItem('s1'), 'def:means'));
    expect((await prankster.client.next('ack')).status).toBe('rejected');
  });
});
