import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type PointerSensorOptions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type HTMLAttributes,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { t } from '../../i18n';
import { laneKeyboardCoordinates } from './laneKeyboard';

export interface BoardItem {
  id: string;
}

/** A column of the board (or the tray of items not placed yet). */
export interface Lane {
  id: string;
  label: string;
  hint?: string;
  ids: readonly string[];
}

export interface FaceProps<Item> {
  item: Item;
}

interface Props<Item extends BoardItem> {
  /** Accessible name of the board. */
  label: string;
  /** "card" or "offering", for the announcements. */
  noun: string;
  lanes: readonly Lane[];
  /** Items not placed yet, shown above the columns while there are any. */
  tray?: Lane;
  /** Flat items (primitive fields): an item whose fields did not change is not re-rendered. */
  items: ReadonlyMap<string, Item>;
  nameOf: (item: Item) => string;
  /** Accessible name of an item while not dragged, e.g. its title and vote split. */
  describe: (item: Item) => string;
  /** Memoised face of an item; the drag surface. */
  Face: ComponentType<FaceProps<Item>>;
  /** Controls under the face (notes, buttons), outside the drag surface. Memoised. */
  Extra?: ComponentType<FaceProps<Item>>;
  onMove: (id: string, to: string) => void;
}

/** Cards per column in the board's first paint. */
const FIRST_CARDS = 24;

/**
 * Mouse and pen drag at once; a finger is left to the TouchSensor, which waits for a long press,
 * so a swipe over the cards still scrolls the column.
 */
class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent: event }: ReactPointerEvent, { onActivation }: PointerSensorOptions) => {
        if (!event.isPrimary || event.button !== 0 || event.pointerType === 'touch') return false;
        onActivation?.({ event });
        return true;
      },
    },
  ];
}

const collision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const hits = pointerWithin(args);
    if (hits.length > 0) return hits;
  }
  return rectIntersection(args);
};

/**
 * A drag board on dnd-kit: pointer, touch and keyboard (Space, arrows between columns, Space),
 * announcements in words, a drag overlay, and one commit per drop (onMove in onDragEnd).
 * Built for 500 items: faces are memoised and only re-render when their own fields change, and
 * only the item under the pointer or keyboard focus is a dnd-kit draggable ("armed"): dnd-kit
 * re-renders every draggable whenever the drag starts or crosses a column, so 500 of them would
 * stall the drag.
 */
export function DragBoard<Item extends BoardItem>(props: Props<Item>) {
  const { lanes, tray, items, nameOf, noun, onMove, Face } = props;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [armedId, setArmedId] = useState<string | null>(null);
  const dragging = useRef(false);
  // Stable, so memoised items keep it; never re-arms during a drag (the pointer crosses other cards).
  const arm = useCallback((id: string) => {
    if (!dragging.current) setArmedId(id);
  }, []);
  const instructionsId = useId();
  // The first cards of each column at once, the rest in a background render that input can interrupt.
  const [complete, setComplete] = useState(false);
  useEffect(() => startTransition(() => setComplete(true)), []);
  const limit = complete ? Infinity : FIRST_CARDS;
  // Whether the dragged item has left its own column: "is over <its column>" at pick-up says nothing new.
  const leftHome = useRef(false);
  const sensors = useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: laneKeyboardCoordinates }),
  );

  const all = useMemo(() => (tray ? [tray, ...lanes] : lanes), [tray, lanes]);
  const laneOf = useMemo(() => {
    const map = new Map<string, Lane>();
    for (const lane of all) for (const id of lane.ids) map.set(id, lane);
    return map;
  }, [all]);
  const laneLabel = (id: UniqueIdentifier | undefined) =>
    all.find((l) => l.id === id)?.label ?? t('boards.drag.theBoard');

  /** The words every announcement needs: the noun, the item's name and its own column. */
  const about = (id: UniqueIdentifier) => {
    const item = items.get(String(id));
    return {
      noun,
      name: item ? nameOf(item) : '',
      home: laneOf.get(String(id))?.label ?? t('boards.drag.itsColumn'),
    };
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('boards.drag.pickedUp', {
        ...about(active.id),
        home: laneOf.get(String(active.id))?.label ?? t('boards.drag.theBoard'),
      }),
    onDragOver: ({ active, over }) => {
      const home = laneOf.get(String(active.id))?.id;
      if (over?.id === home && !leftHome.current) return undefined;
      leftHome.current = true;
      return over
        ? t('boards.drag.over', { ...about(active.id), lane: laneLabel(over.id) })
        : t('boards.drag.notOver', about(active.id));
    },
    onDragEnd: ({ active, over }) => {
      if (!over) return t('boards.drag.droppedOutside', about(active.id));
      if (over.id === laneOf.get(String(active.id))?.id) return t('boards.drag.stays', about(active.id));
      return t('boards.drag.moved', { ...about(active.id), lane: laneLabel(over.id) });
    },
    onDragCancel: ({ active }) => t('boards.drag.cancelled', about(active.id)),
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    leftHome.current = false;
    dragging.current = true;
    setActiveId(String(active.id));
  };
  const onDragCancel = () => {
    dragging.current = false;
    setActiveId(null);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    dragging.current = false;
    setActiveId(null);
    const id = String(active.id);
    if (!over || over.id === laneOf.get(id)?.id) return;
    onMove(id, String(over.id));
  };

  const instructions = t('boards.drag.instructions', { noun });
  const active = activeId ? items.get(activeId) : undefined;
  const common = {
    items,
    Face,
    Extra: props.Extra,
    describe: props.describe,
    armedId,
    arm,
    instructionsId,
    limit,
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
    >
      <div className="board" role="group" aria-label={props.label}>
        <p id={instructionsId} hidden>
          {instructions}
        </p>
        {tray && tray.ids.length > 0 ? <LaneView lane={tray} tray {...common} /> : null}
        <div
          className="board__lanes"
          style={{ gridTemplateColumns: `repeat(${lanes.length}, minmax(0, 1fr))` }}
        >
          {lanes.map((lane) => (
            <LaneView key={lane.id} lane={lane} {...common} />
          ))}
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {active ? (
          <div className="board-item board-item--overlay">
            <Face item={active} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

interface LaneProps<Item extends BoardItem> {
  lane: Lane;
  tray?: boolean;
  items: ReadonlyMap<string, Item>;
  Face: ComponentType<FaceProps<Item>>;
  Extra?: ComponentType<FaceProps<Item>>;
  describe: (item: Item) => string;
  armedId: string | null;
  arm: (id: string) => void;
  instructionsId: string;
  /** How many of its cards to render (all but the first few wait for a background render). */
  limit: number;
}

function LaneViewInner<Item extends BoardItem>(props: LaneProps<Item>) {
  const { lane, tray, items, armedId } = props;
  const { setNodeRef, isOver } = useDroppable({ id: lane.id });
  return (
    <section
      ref={setNodeRef}
      className={`board-lane board-lane--${lane.id}${tray ? ' board-lane--tray' : ''}${isOver ? ' is-over' : ''}`}
      aria-label={t('boards.drag.lane', { lane: lane.label, count: lane.ids.length })}
      data-testid={`lane-${lane.id}`}
    >
      <header className="board-lane__head">
        <h3>
          {lane.label} <span className="board-lane__count">{lane.ids.length}</span>
        </h3>
        {lane.hint ? <p>{lane.hint}</p> : null}
      </header>
      <ul className="board-lane__items">
        {(lane.ids.length > props.limit ? lane.ids.slice(0, props.limit) : lane.ids).map((id) => {
          const item = items.get(id);
          return item ? (
            <BoardItemView
              key={id}
              item={item}
              armed={id === armedId}
              arm={props.arm}
              Face={props.Face}
              Extra={props.Extra}
              describe={props.describe}
              instructionsId={props.instructionsId}
            />
          ) : null;
        })}
      </ul>
    </section>
  );
}
const LaneView = memo(LaneViewInner) as typeof LaneViewInner;

/** What useDraggable gives an armed item. */
interface Binding {
  setNodeRef: (node: HTMLElement | null) => void;
  setActivatorNodeRef: (node: HTMLElement | null) => void;
  attributes: HTMLAttributes<HTMLElement>;
  listeners: HTMLAttributes<HTMLElement> | undefined;
  isDragging: boolean;
}

/** Makes its item a dnd-kit draggable while mounted; hands the refs and listeners to the item. */
function DragBinding({ id, onBind }: { id: string; onBind: (binding: Binding | null) => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id,
    attributes: { roleDescription: t('boards.drag.roleDescription') },
  });
  // A layout effect: the listeners are on the card before the next input event (a touch that armed it).
  useLayoutEffect(() => {
    onBind({
      attributes: attributes as HTMLAttributes<HTMLElement>,
      listeners: listeners as HTMLAttributes<HTMLElement> | undefined,
      setNodeRef,
      setActivatorNodeRef,
      isDragging,
    });
  }, [attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging, onBind]);
  useLayoutEffect(() => () => onBind(null), [onBind]);
  return null;
}
const MemoDragBinding = memo(DragBinding);

interface ItemProps<Item extends BoardItem> {
  item: Item;
  armed: boolean;
  arm: (id: string) => void;
  Face: ComponentType<FaceProps<Item>>;
  Extra?: ComponentType<FaceProps<Item>>;
  describe: (item: Item) => string;
  instructionsId: string;
}

function BoardItemInner<Item extends BoardItem>(props: ItemProps<Item>) {
  const { item, armed, arm, Face, Extra } = props;
  const [binding, setBinding] = useState<Binding | null>(null);
  const id = item.id;
  const wake = () => arm(id);
  return (
    <li
      ref={binding?.setNodeRef}
      className={`board-item${binding?.isDragging ? ' is-source' : ''}`}
      data-testid="board-item"
      data-id={id}
    >
      <div
        role="button"
        tabIndex={0}
        aria-roledescription={t('boards.drag.roleDescription')}
        {...binding?.attributes}
        {...binding?.listeners}
        ref={binding?.setActivatorNodeRef}
        className="board-item__grip"
        aria-describedby={props.instructionsId}
        aria-label={props.describe(item)}
        onPointerEnter={wake}
        onFocus={wake}
        // A press on a card not armed yet (a touch, or a click right after the pointer arrived):
        // arm it now, so its own pointerdown/touchstart listeners see this very press.
        onPointerDownCapture={() => {
          if (!armed) flushSync(wake);
        }}
      >
        <Face item={item} />
      </div>
      {Extra ? <Extra item={item} /> : null}
      {armed ? <MemoDragBinding id={id} onBind={setBinding} /> : null}
    </li>
  );
}

function shallowEqual(a: object, b: object): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const BoardItemView = memo(
  BoardItemInner,
  (prev, next) =>
    prev.armed === next.armed &&
    prev.arm === next.arm &&
    prev.Face === next.Face &&
    prev.Extra === next.Extra &&
    prev.describe === next.describe &&
    prev.instructionsId === next.instructionsId &&
    shallowEqual(prev.item, next.item),
) as typeof BoardItemInner;
