import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataDirFrom } from './profile';

describe('userDataDirFrom', () => {
  it('takes an absolute OUTSIDE_IN_USER_DATA as the profile folder', () => {
    const dir = resolve('/tmp/outside-in-smoke');
    expect(userDataDirFrom({ OUTSIDE_IN_USER_DATA: dir })).toBe(dir);
    expect(userDataDirFrom({ OUTSIDE_IN_USER_DATA: ` ${dir} ` })).toBe(dir);
  });

  it('keeps Electron’s usual folder when unset, empty or relative', () => {
    expect(userDataDirFrom({})).toBeNull();
    expect(userDataDirFrom({ OUTSIDE_IN_USER_DATA: '' })).toBeNull();
    expect(userDataDirFrom({ OUTSIDE_IN_USER_DATA: 'profile' })).toBeNull();
    expect(userDataDirFrom({ OUTSIDE_IN_USER_DATA: './profile' })).toBeNull();
  });
});
