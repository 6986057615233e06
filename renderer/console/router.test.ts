import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from './router';

describe('console routes', () => {
  it('reads workshop tabs and falls back to the library', () => {
    expect(parseRoute('#/w/abc123')).toEqual({ page: 'workshop', workshopId: 'abc123', tab: 'agenda' });
    expect(parseRoute('#/w/abc123/live')).toEqual({ page: 'workshop', workshopId: 'abc123', tab: 'live' });
    expect(parseRoute('#/w/abc123/plan')).toEqual({ page: 'workshop', workshopId: 'abc123', tab: 'plan' });
    expect(parseRoute('')).toEqual({ page: 'library' });
    expect(parseRoute('#/new')).toEqual({ page: 'library', creating: true });
    expect(parseRoute('#token=secret')).toEqual({ page: 'library' });
    expect(parseRoute('#/w/abc/unknown')).toEqual({ page: 'library' });
  });

  it('writes links that read back as the same route', () => {
    for (const tab of ['agenda', 'live', 'plan'] as const) {
      const route = { page: 'workshop' as const, workshopId: 'x y', tab };
      expect(parseRoute(hrefOf(route))).toEqual(route);
    }
  });
});
