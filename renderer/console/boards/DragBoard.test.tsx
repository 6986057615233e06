// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '../../i18n';
import { DragBoard, type FaceProps, type Lane } from './DragBoard';

interface Item {
  id: string;
  title: string;
}

const LANE_WIDTH = 300;
const CARD_HEIGHT = 60;

/** jsdom has no layout: columns side by side, cards stacked in them. */
function fakeLayout() {
  return vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const lanes = [...document.querySelectorAll('[data-testid^="lane-"]')];
    const lane = this.closest('[data-testid^="lane-"]');
    const column = lane ? lanes.indexOf(lane) : 0;
    const left = column * LANE_WIDTH;
    let top = 0;
    let height = 2000;
    const card = this.closest('[data-testid="board-item"]');
    if (card && lane) {
      top = 80 + [...lane.querySelectorAll('[data-testid="board-item"]')].indexOf(card) * CARD_HEIGHT;
      height = CARD_HEIGHT - 8;
    }
    const width = card ? LANE_WIDTH - 20 : LANE_WIDTH;
    return {
      left,
      top,
      width,
      height,
      right: left + width,
      bottom: top + height,
      x: left,
      y: top,
      toJSON() {},
    } as DOMRect;
  });
}

const Face = memo(function Face({ item }: FaceProps<Item>) {
  return <p className="board-card__title">{item.title}</p>;
});

function setup(cards: number) {
  const items = new Map<string, Item>();
  const ids: string[][] = [[], [], []];
  for (let i = 0; i < cards; i++) {
    const item = { id: `c${i}`, title: `Card ${i}` };
    items.set(item.id, item);
    ids[i % 3]!.push(item.id);
  }
  const lanes: Lane[] = [
    { id: 'push', label: 'Push', ids: ids[0]! },
    { id: 'pull', label: 'Pull', ids: ids[1]! },
    { id: 'contested', label: 'Contested', ids: ids[2]! },
  ];
  // Every item the board renders asks for its accessible name: this counts item renders.
  const describe = vi.fn((item: Item) => item.title);
  const onMove = vi.fn();
  render(
    <DragBoard
      label="Test board"
      noun="card"
      lanes={lanes}
      items={items}
      nameOf={(c) => c.title}
      describe={describe}
      Face={Face}
      onMove={onMove}
    />,
  );
  return { describe, onMove };
}

/** dnd-kit's keyboard sensor listens for arrows from the next timer tick after the pick-up. */
const tick = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const liveRegion = () => document.querySelector('[id^="DndLiveRegion"]')!;

beforeEach(() => {
  fakeLayout();
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await loadLanguage('en');
});

describe('DragBoard', () => {
  it('moves a card to the next column with Space, an arrow key and Space, and says so in words', async () => {
    const { onMove } = setup(9);
    await act(async () => {}); // the rest of each column renders in the background
    const grip = screen.getByRole('button', { name: 'Card 3' });
    act(() => grip.focus());
    fireEvent.keyDown(grip, { code: 'Space', key: ' ' });
    await tick();
    expect(liveRegion().textContent).toMatch(/^Picked up card “Card 3” in Push\./);
    fireEvent.keyDown(document.activeElement!, { code: 'ArrowRight', key: 'ArrowRight' });
    await tick();
    expect(liveRegion().textContent).toBe('Card “Card 3” is over Pull.');
    fireEvent.keyDown(document.activeElement!, { code: 'Space', key: ' ' });
    await tick();
    expect(onMove).toHaveBeenCalledWith('c3', 'pull');
    expect(liveRegion().textContent).toBe('Card “Card 3” moved to Pull.');
  });

  it('cancels with Escape: nothing moves', async () => {
    const { onMove } = setup(6);
    await act(async () => {});
    const grip = screen.getByRole('button', { name: 'Card 1' });
    act(() => grip.focus());
    fireEvent.keyDown(grip, { code: 'Space', key: ' ' });
    await tick();
    fireEvent.keyDown(document.activeElement!, { code: 'ArrowRight', key: 'ArrowRight' });
    await tick();
    fireEvent.keyDown(document.activeElement!, { code: 'Escape', key: 'Escape' });
    await tick();
    expect(onMove).not.toHaveBeenCalled();
    expect(liveRegion().textContent).toBe('Moving card “Card 1” was cancelled. It stays in Pull.');
  });

  it('speaks the console’s language: a German facilitator hears where the card went in German', async () => {
    await loadLanguage('de');
    const { onMove } = setup(6);
    await act(async () => {});
    const grip = screen.getByRole('button', { name: 'Card 3' });
    expect(grip.getAttribute('aria-roledescription')).toBe('ziehbar');
    act(() => grip.focus());
    fireEvent.keyDown(grip, { code: 'Space', key: ' ' });
    await tick();
    expect(liveRegion().textContent).toMatch(/^Karte „Card 3“ in Push aufgenommen\./);
    fireEvent.keyDown(document.activeElement!, { code: 'ArrowRight', key: 'ArrowRight' });
    await tick();
    fireEvent.keyDown(document.activeElement!, { code: 'Space', key: ' ' });
    await tick();
    expect(onMove).toHaveBeenCalledWith('c3', 'pull');
    expect(liveRegion().textContent).toBe('Karte „Card 3“ verschoben nach Pull.');
  });

  it('with 500 cards, a drag re-renders only the card being moved, not the whole board', async () => {
    const { describe } = setup(500);
    await act(async () => {});
    expect(screen.getAllByTestId('board-item')).toHaveLength(500);
    describe.mockClear();
    const grip = screen.getByRole('button', { name: 'Card 42' });
    act(() => grip.focus());
    fireEvent.keyDown(grip, { code: 'Space', key: ' ' });
    await tick();
    fireEvent.keyDown(document.activeElement!, { code: 'ArrowRight', key: 'ArrowRight' });
    await tick();
    fireEvent.keyDown(document.activeElement!, { code: 'ArrowRight', key: 'ArrowRight' });
    await tick();
    expect(liveRegion().textContent).toBe('Card “Card 42” is over Contested.');
    const renderedDuringDrag = new Set(describe.mock.calls.map(([item]) => item.id));
    expect([...renderedDuringDrag]).toEqual(['c42']);
  });
});
