// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpenTextConfig, Statement } from '../../../shared/activities/openText';
import { PROPOSAL_WORDING } from '../../../shared/exercises/push-pull/proposals';
import type { MyAnswer } from '../types';
import OpenTextInput from './Input';
import OpenTextResultView from './Result';

afterEach(cleanup);

const received = (text: string): MyAnswer<Statement> => ({
  value: { list: 'cards', text },
  status: { state: 'received' },
});
const propose: OpenTextConfig = {
  lists: [{ id: 'cards', label: 'Cards proposed for the sort' }],
  maxLength: 160,
  maxPerParticipant: 3,
  wording: PROPOSAL_WORDING,
};

describe('open text in the activity’s own words', () => {
  it('a propose activity counts cards proposed and asks to name a card', () => {
    const onAnswer = vi.fn();
    render(
      <OpenTextInput config={propose} answers={{ 's:a': received('Chatbot') }} open onAnswer={onAnswer} />,
    );
    expect(screen.getByText('1 of 3 cards proposed')).toBeTruthy();
    const input = screen.getByRole('textbox', { name: 'Cards proposed for the sort' });
    expect(input.getAttribute('placeholder')).toBe('Name a card…');
    expect(screen.queryByText(/statement/i)).toBeNull();
    fireEvent.change(input, { target: { value: '  Fax   line ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onAnswer).toHaveBeenCalledWith(expect.stringMatching(/^s:/), { list: 'cards', text: 'Fax line' });
  });

  it('says so in those words when the participant has proposed the most', () => {
    const answers = { 's:a': received('Chatbot'), 's:b': received('Fax line'), 's:c': received('Paper') };
    render(<OpenTextInput config={propose} answers={answers} open onAnswer={() => undefined} />);
    expect(screen.getByText('3 of 3 cards proposed')).toBeTruthy();
    expect(
      screen.getByText('You have proposed the most cards for this activity. Withdraw one to add another.'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add' }).matches(':disabled')).toBe(true);
  });

  it('without wording, as before: statements written', () => {
    const { wording: _, ...plain } = propose;
    render(<OpenTextInput config={plain} answers={{}} open onAnswer={() => undefined} />);
    expect(screen.getByText('0 of 3 statements written')).toBeTruthy();
    expect(screen.getByRole('textbox').getAttribute('placeholder')).toBe('Write a statement…');
  });

  it('the console result counts cards proposed, and says none yet in those words', () => {
    const empty = { lists: [{ id: 'cards', statements: [] }], statements: 0, writers: 0 };
    const { rerender } = render(
      <OpenTextResultView config={propose} result={empty} participants={3} answered={0} />,
    );
    expect(screen.getByText('No cards proposed yet.')).toBeTruthy();
    const one = {
      lists: [{ id: 'cards', statements: [{ id: 'a', text: 'Chatbot', upvotes: 1 }] }],
      statements: 1,
      writers: 1,
    };
    rerender(<OpenTextResultView config={propose} result={one} participants={3} answered={1} />);
    expect(screen.getByText('1 card proposed by 1 participant')).toBeTruthy();
  });
});

describe('others’ statements, a page at a time', () => {
  const page = (index: number, pages: number, ids: string[]) => ({
    activityId: 'def:s',
    page: index,
    pages,
    total: ids.length,
    statements: ids.map((id) => ({ id, list: 'cards', text: `Card ${id}`, upvotes: 2 })),
  });

  it('shows the page’s statements but the phone’s own, to upvote, and asks for the next page', () => {
    const onAnswer = vi.fn();
    const onPage = vi.fn();
    render(
      <OpenTextInput
        config={propose}
        answers={{ 's:mine': received('Card mine') }}
        open
        onAnswer={onAnswer}
        shared={page(0, 3, ['x', 'mine', 'y'])}
        onPage={onPage}
      />,
    );
    const others = screen.getByRole('list', { name: 'Others’ cards: Cards proposed for the sort' });
    expect(others.textContent).toContain('Card x');
    expect(others.textContent).toContain('Card y');
    expect(others.textContent).not.toContain('Card mine');
    fireEvent.click(screen.getAllByRole('button', { name: 'Upvote ▲ 2' })[0]!);
    expect(onAnswer).toHaveBeenCalledWith('u:x', true);
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
    expect(screen.getByRole('button', { name: '‹ Previous' }).matches(':disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next ›' }));
    expect(onPage).toHaveBeenCalledWith(1);
  });

  it('one page: no pager', () => {
    render(
      <OpenTextInput
        config={propose}
        answers={{}}
        open
        onAnswer={() => undefined}
        shared={page(0, 1, ['x'])}
      />,
    );
    expect(screen.queryByText(/Page 1 of/)).toBeNull();
  });
});
