import { describe, expect, it } from 'vitest';
import { parseServeArgs } from './serve';

describe('parseServeArgs', () => {
  it('reads the options the e2e web server passes', () => {
    const args = parseServeArgs([
      '--port',
      '4874',
      '--host',
      '127.0.0.1',
      '--data-dir',
      '/tmp/hub',
      '--fresh',
    ]);
    expect(args).toEqual({ port: 4874, host: '127.0.0.1', dataDir: '/tmp/hub', fresh: true });
    expect(parseServeArgs(['--port=0']).port).toBe(0);
  });

  it('defaults to port 4873, the LAN default and a data folder in the home directory', () => {
    const args = parseServeArgs([]);
    expect(args.port).toBe(4873);
    expect(args.host).toBeNull();
    expect(args.dataDir).toMatch(/\.outside-in[/\\]hub$/);
  });

  it('explains a bad option', () => {
    expect(() => parseServeArgs(['--port', 'abc'])).toThrow('--port must be 0–65535');
    expect(() => parseServeArgs(['--verbose'])).toThrow('Unknown option --verbose');
    expect(() => parseServeArgs(['--host'])).toThrow('--host needs a value');
  });
});
