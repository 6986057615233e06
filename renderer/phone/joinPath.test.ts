import { describe, expect, it } from 'vitest';
import { joinCodeFromPath } from './joinPath';

describe('joinCodeFromPath', () => {
  it('reads the code from /j/<CODE>, forgiving case', () => {
    expect(joinCodeFromPath('/j/ABCDE')).toBe('ABCDE');
    expect(joinCodeFromPath('/j/abcde/')).toBe('ABCDE');
  });
  it('refuses paths without a valid code', () => {
    expect(joinCodeFromPath('/')).toBeNull();
    expect(joinCodeFromPath('/j/')).toBeNull();
    expect(joinCodeFromPath('/j/O0O0O')).toBeNull();
    expect(joinCodeFromPath('/j/%E0%A4%A')).toBeNull();
  });
});
