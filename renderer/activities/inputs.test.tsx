// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DotVotingInput from './dot-voting/Input';
import MultipleChoiceInput from './multiple-choice/Input';
import OpenTextInput from './open-text/Input';
import ScalePollInput from './scale-poll/Input';
import type { MyAnswer } from './types';

afterEach(cleanup);

const received = <V,>(value: V): MyAnswer<V> => ({ value, status: { state: 'received' } });

describe('phone inputs', () => {
  it('scale poll: a tap answers that question; the ack line appears only once received', () => {
    const onAnswer = vi.fn();
    const config = {
      items: [
        { id: 'q1', label: 'Managers meet customers' },
        { id: 'q2', label: 'Customer metrics' },
      ],
      min: 1 as const,
      max: 5 as const,
    };
    const { rerender } = render(<ScalePollInput config={config} answers={{}} open onAnswer={onAnswer} />);
    fireEvent.click(screen.getAllByRole('radio', { name: '4' })[1]!);
    expect(onAnswer).toHaveBeenCalledWith('q2', 4);
    expect(screen.queryByText('Answer received ✓')).toBeNull();

    rerender(
      <ScalePollInput
        config={config}
        answers={{ q2: { value: 4, status: { state: 'queued' } } }}
        open
        onAnswer={onAnswer}
      />,
    );
    expect(screen.getByText('Queued, will send when back online')).toBeTruthy();
    rerender(
      <ScalePollInput config={config} answers={{ q2: received(4) }} open={false} onAnswer={onAnswer} />,
    );
    expect(screen.getByText('Answer received ✓')).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: '4' })[1]!.getAttribute('aria-checked')).toBe('true');
  });

  it('multiple choice (multi): ticks add to the set and stop at the maximum', () => {
    const onAnswer = vi.fn();
    const config = {
      options: [
        { id: 'it', label: 'IT' },
        { id: 'hr', label: 'HR' },
        { id: 'sales', label: 'Sales' },
      ],
      multi: true,
      maxChoices: 2,
    };
    render(
      <MultipleChoiceInput
        config={config}
        answers={{ choice: received(['it', 'sales']) }}
        open
        onAnswer={onAnswer}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'HR' }));
    expect(onAnswer).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'IT' }));
    expect(onAnswer).toHaveBeenLastCalledWith('choice', ['sales']);
  });

  it('dot voting: counts dots left and will not place more than the participant has', () => {
    const onAnswer = vi.fn();
    const config = {
      options: [
        { id: 'a', label: 'Hire for empathy' },
        { id: 'b', label: 'Customer days' },
      ],
      dots: 3,
    };
    render(
      <DotVotingInput
        config={config}
        answers={{ a: received(2), b: { value: 1, status: { state: 'sending' } } }}
        open
        onAnswer={onAnswer}
      />,
    );
    expect(screen.getByText('All dots placed')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Put a dot on Customer days' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Take a dot off Hire for empathy' }));
    expect(onAnswer).toHaveBeenCalledWith('a', 1);
  });

  it('open text: own statements can be withdrawn, others upvoted, never one’s own', () => {
    const onAnswer = vi.fn();
    const config = { lists: [{ id: 'means', label: 'It means…' }], maxLength: 140, maxPerParticipant: 6 };
    // A page of the statements, as the hub sends phones.
    const shared = {
      activityId: 'def:means',
      page: 0,
      pages: 1,
      total: 2,
      statements: [
        { id: 'x1', list: 'means', text: 'Listening first', upvotes: 2 },
        { id: 'mine1', list: 'means', text: 'Fix the basics', upvotes: 0 },
      ],
    };
    render(
      <OpenTextInput
        config={config}
        answers={{ 's:mine1': received({ list: 'means', text: 'Fix the basics' }) }}
        open
        onAnswer={onAnswer}
        shared={shared}
      />,
    );
    expect(screen.getAllByRole('button', { name: /Upvote/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Upvote ▲ 2' }));
    expect(onAnswer).toHaveBeenCalledWith('u:x1', true);
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    expect(onAnswer).toHaveBeenCalledWith('s:mine1', null);

    fireEvent.change(screen.getByRole('textbox', { name: 'It means…' }), {
      target: { value: '  Ask   customers ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    const [itemId, value] = onAnswer.mock.calls.at(-1)!;
    expect(itemId).toMatch(/^s:[a-z0-9]{12}$/);
    expect(value).toEqual({ list: 'means', text: 'Ask customers' });
  });
});
