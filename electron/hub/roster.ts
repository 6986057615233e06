import type { Roster } from '../../shared/protocol';
import { IDENTITIES_PER_DEVICE } from './admission';
import type { Doorkeeper } from './doorkeeper';
import type { SessionModel } from './session';

/** The console's participant list: the room's participants (not practice, not removed), devices worth a look. */
export function buildRoster(
  session: SessionModel | null,
  connected: ReadonlyMap<string, number>,
  door: Doorkeeper,
  now: number,
): Omit<Roster, 'seq'> {
  const participants: Roster['participants'] = [];
  const addresses = new Set(door.active(now));
  if (session) {
    for (const [participantId, { address, at }] of session.joins) {
      if (session.practice.has(participantId) || session.removed.has(participantId)) continue;
      participants.push({
        participantId,
        address,
        joinedAt: at,
        connected: connected.has(participantId),
        answers: session.answerCountOf(participantId),
      });
      if (address && session.identitiesFrom(address) > 1) addresses.add(address);
    }
    for (const address of session.sharedDevices) addresses.add(address);
  }
  const devices = [...addresses].map((address) => {
    const recent = door.recent(address, now);
    return {
      address,
      identities: session?.identitiesFrom(address) ?? 0,
      joinsLastMinute: recent.joins,
      refusedLastMinute: recent.refused,
      shared: session?.sharedDevices.has(address) ?? false,
      flagged: recent.flagged,
    };
  });
  devices.sort((a, b) => Number(b.flagged) - Number(a.flagged) || b.identities - a.identities);
  return { type: 'roster', participants, devices, perDevice: IDENTITIES_PER_DEVICE };
}
