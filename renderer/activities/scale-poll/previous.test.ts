import { describe, expect, it } from 'vitest';
import { changeSincePrevious, previousWhen } from './previous';

describe('previousWhen', () => {
  it('writes the earlier workshop’s date in words, with the year only when it is not this year', () => {
    const today = new Date(2026, 10, 23);
    expect(previousWhen({ date: '2026-03-12', workshopName: 'Spring' }, today)).toBe('12 March');
    expect(previousWhen({ date: '2025-11-02', workshopName: 'Autumn' }, today)).toBe('2 November 2025');
    expect(previousWhen({ date: '2026-03-12', workshopName: 'Spring' }, new Date(2027, 0, 5))).toBe(
      '12 March 2026',
    );
  });

  it('names the earlier workshop when it had no date, shortened for the screen', () => {
    expect(previousWhen({ date: '', workshopName: 'Spring kick-off' })).toBe('Spring kick-off');
    expect(previousWhen({ date: '', workshopName: 'Northwind Telecom — customer-centricity day' })).toBe(
      'Northwind Telecom — customer-ce…',
    );
  });
});

describe('changeSincePrevious', () => {
  it('is the difference of the averages as shown, one decimal, with its direction', () => {
    expect(changeSincePrevious(3.4, 2.8)).toEqual({ direction: 'up', amount: '0.6' });
    expect(changeSincePrevious(2.0, 3.25)).toEqual({ direction: 'down', amount: '1.3' });
    // 3.36 shows as 3.4 and 2.84 as 2.8: the room reads "up 0.6", not 0.5.
    expect(changeSincePrevious(3.36, 2.84)).toEqual({ direction: 'up', amount: '0.6' });
    // 2.81 and 2.84 both show as 2.8.
    expect(changeSincePrevious(2.81, 2.84)).toEqual({ direction: 'same', amount: '0.0' });
  });

  it('is nothing before anybody answered', () => {
    expect(changeSincePrevious(null, 2.8)).toBeNull();
  });
});
