import { Circle, G, Line, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { BAND_LABELS, BAND_RANGES, BANDS, type Band } from '../../shared/continuum';
import type { ContinuumMarker } from '../../shared/plan/types';
import { stackDots } from './chartLayout';
import { BAND_FILL, BAND_INK, COLORS } from './theme';

/** Band edges on the 0–100 line: the bands meet half-way between 33|34 and 66|67. */
const EDGES: Record<Band, [number, number]> = {
  symbolic: [0, 33.5],
  process: [33.5, 66.5],
  substantive: [66.5, 100],
};

const xOf = (position: number, width: number) => (Math.min(100, Math.max(0, position)) / 100) * width;

function BandLabels({ width, compact = false }: { width: number; compact?: boolean }) {
  return (
    <View style={{ flexDirection: 'row', width }}>
      {BANDS.map((band) => (
        <View
          key={band}
          style={{ width: ((EDGES[band][1] - EDGES[band][0]) / 100) * width, alignItems: 'center' }}
        >
          <Text
            style={{
              fontSize: compact ? 6.5 : 7.5,
              fontWeight: 'bold',
              color: BAND_INK[band],
              letterSpacing: compact ? 0.2 : 0.6,
            }}
          >
            {(compact && band === 'process' ? 'Process' : BAND_LABELS[band]).toUpperCase()}
          </Text>
          {compact ? null : (
            <Text style={{ fontSize: 6.5, color: COLORS.text3 }}>
              {BAND_RANGES[band][0]}–{BAND_RANGES[band][1]}
            </Text>
          )}
        </View>
      ))}
    </View>
  );
}

function overviewLayout(markers: readonly ContinuumMarker[], width: number) {
  // Few dots carry their initiative's number; many would only be noise.
  const labelled = markers.length <= 40;
  const radius = markers.length > 80 ? 2.4 : markers.length > 30 ? 3.2 : 4.2;
  const { dots, lanes } = stackDots(markers, (m) => m.position, width, labelled ? 13 : radius * 2 + 1);
  const laneHeight = labelled ? radius * 2 + 10 : radius * 2 + 1;
  const plotHeight = Math.max(labelled ? 56 : 70, lanes * laneHeight + 18);
  return { labelled, radius, dots, laneHeight, plotHeight };
}

/** Height of the overview in points: band labels, plot, tick labels and the two arrows. */
export function overviewHeight(markers: readonly ContinuumMarker[], width: number): number {
  return (
    overviewLayout(markers, width).plotHeight +
    6 +
    4 +
    7.5 * 1.17 +
    6.5 * 1.17 +
    1 +
    6.5 * 1.17 +
    2 +
    7 * 1.17
  );
}

/** Row height of ContinuumRow, and of the header and legend around the rows. */
export const CONTINUUM_ROW_HEIGHT = 15;
export const CONTINUUM_ROWS_HEADER_HEIGHT = 3 + 0.75 + 7 * 1.17 + 2;
export const CONTINUUM_LEGEND_HEIGHT = 8 + 9;

/**
 * The whole line at a glance: three shaded bands, one dot per placed initiative (stacked where
 * they crowd), filled for an agreed position and hollow for the room's median.
 */
export function ContinuumOverview({
  markers,
  width,
  numbers,
}: {
  markers: readonly ContinuumMarker[];
  width: number;
  numbers: ReadonlyMap<string, number>;
}) {
  const { labelled, radius, dots, laneHeight, plotHeight } = overviewLayout(markers, width);
  const baseline = plotHeight - 8;
  return (
    <View wrap={false}>
      <BandLabels width={width} />
      <Svg width={width} height={plotHeight + 6} style={{ marginTop: 4 }}>
        {BANDS.map((band) => (
          <Rect
            key={band}
            x={xOf(EDGES[band][0], width)}
            y={0}
            width={xOf(EDGES[band][1], width) - xOf(EDGES[band][0], width)}
            height={plotHeight}
            fill={BAND_FILL[band]}
          />
        ))}
        <Line x1={0} y1={plotHeight} x2={width} y2={plotHeight} stroke={COLORS.navy} strokeWidth={1} />
        {[0, 25, 50, 75, 100].map((tick) => (
          <Line
            key={tick}
            x1={xOf(tick, width)}
            y1={plotHeight}
            x2={xOf(tick, width)}
            y2={plotHeight + 4}
            stroke={COLORS.navy}
            strokeWidth={0.75}
          />
        ))}
        {dots.map(({ item, x, lane }) => {
          const cx = Math.min(width - radius - 0.5, Math.max(radius + 0.5, x));
          const cy = baseline - lane * laneHeight;
          return (
            <G key={item.id}>
              {item.positionSource === 'agreed' ? (
                <Circle cx={cx} cy={cy} r={radius} fill={COLORS.navy} />
              ) : (
                <Circle
                  cx={cx}
                  cy={cy}
                  r={radius - 0.4}
                  fill={COLORS.white}
                  stroke={COLORS.navy}
                  strokeWidth={0.8}
                />
              )}
              {labelled ? (
                <Text
                  x={cx}
                  y={cy - radius - 2}
                  textAnchor="middle"
                  style={{ fontSize: 6.5 }}
                  fill={COLORS.text2}
                >
                  {String(numbers.get(item.id) ?? '')}
                </Text>
              ) : null}
            </G>
          );
        })}
      </Svg>
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', width, marginTop: 1 }}>
        {[0, 25, 50, 75, 100].map((tick) => (
          <Text key={tick} style={{ fontSize: 6.5, color: COLORS.text3 }}>
            {tick}
          </Text>
        ))}
      </View>
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', width, marginTop: 2 }}>
        <Text style={{ fontSize: 7, color: COLORS.text2 }}>← feels good, changes little</Text>
        <Text style={{ fontSize: 7, color: COLORS.text2 }}>hard, lasting →</Text>
      </View>
    </View>
  );
}

export const ROW_LABEL_WIDTH = 0.45;
const ROW_VALUE_WIDTH = 30;
const TRACK_HEIGHT = 12;

/** One initiative on its own small line: band shading, the room's middle half, and the position. */
export function ContinuumRow({
  number,
  marker,
  width,
}: {
  number: number;
  marker: ContinuumMarker;
  width: number;
}) {
  const labelWidth = width * ROW_LABEL_WIDTH;
  const trackWidth = width - labelWidth - ROW_VALUE_WIDTH;
  const cx = Math.min(trackWidth - 4, Math.max(4, xOf(marker.position, trackWidth)));
  return (
    <View
      wrap={false}
      style={{
        flexDirection: 'row',
        alignItems: 'center',
        height: CONTINUUM_ROW_HEIGHT,
        borderBottomWidth: 0.4,
        borderBottomColor: COLORS.ruleSoft,
      }}
    >
      <Text style={{ width: 18, fontSize: 7, color: COLORS.text3 }}>{number}</Text>
      <Text
        style={{
          width: labelWidth - 22,
          fontSize: 8,
          maxLines: 1,
          textOverflow: 'ellipsis',
          paddingRight: 6,
        }}
      >
        {marker.title}
      </Text>
      <Svg width={trackWidth} height={TRACK_HEIGHT}>
        {BANDS.map((band) => (
          <Rect
            key={band}
            x={xOf(EDGES[band][0], trackWidth)}
            y={0}
            width={xOf(EDGES[band][1], trackWidth) - xOf(EDGES[band][0], trackWidth)}
            height={TRACK_HEIGHT}
            fill={BAND_FILL[band]}
          />
        ))}
        <Line
          x1={0}
          y1={TRACK_HEIGHT / 2}
          x2={trackWidth}
          y2={TRACK_HEIGHT / 2}
          stroke={COLORS.rule}
          strokeWidth={0.5}
        />
        {marker.spread ? (
          <Rect
            x={xOf(marker.spread.p25, trackWidth)}
            y={TRACK_HEIGHT / 2 - 1.5}
            width={Math.max(1, xOf(marker.spread.p75, trackWidth) - xOf(marker.spread.p25, trackWidth))}
            height={3}
            fill={COLORS.text3}
          />
        ) : null}
        {marker.positionSource === 'agreed' ? (
          <Circle cx={cx} cy={TRACK_HEIGHT / 2} r={3.6} fill={COLORS.navy} />
        ) : (
          <Circle
            cx={cx}
            cy={TRACK_HEIGHT / 2}
            r={3.2}
            fill={COLORS.white}
            stroke={COLORS.navy}
            strokeWidth={0.9}
          />
        )}
      </Svg>
      <Text
        style={{
          width: ROW_VALUE_WIDTH,
          textAlign: 'right',
          fontSize: 8,
          fontWeight: 'bold',
          color: COLORS.navy,
        }}
      >
        {Math.round(marker.position)}
      </Text>
    </View>
  );
}

export function ContinuumRowsHeader({ width }: { width: number }) {
  const labelWidth = width * ROW_LABEL_WIDTH;
  const trackWidth = width - labelWidth - ROW_VALUE_WIDTH;
  return (
    <View
      style={{
        flexDirection: 'row',
        alignItems: 'flex-end',
        paddingBottom: 3,
        borderBottomWidth: 0.75,
        borderBottomColor: COLORS.navySoft,
      }}
    >
      <Text
        style={{
          width: labelWidth,
          fontSize: 7,
          fontWeight: 'bold',
          color: COLORS.text2,
          letterSpacing: 0.5,
        }}
      >
        INITIATIVE
      </Text>
      <View style={{ width: trackWidth }}>
        <BandLabels width={trackWidth} compact />
      </View>
      <Text
        style={{
          width: ROW_VALUE_WIDTH,
          textAlign: 'right',
          fontSize: 7,
          fontWeight: 'bold',
          color: COLORS.text2,
        }}
      >
        POS.
      </Text>
    </View>
  );
}

export function ContinuumLegend() {
  return (
    <View style={{ flexDirection: 'row', gap: 16, marginTop: 8, alignItems: 'center' }}>
      <View style={{ flexDirection: 'row', alignItems: 'center', gap: 4 }}>
        <Svg width={9} height={9}>
          <Circle cx={4.5} cy={4.5} r={3.6} fill={COLORS.navy} />
        </Svg>
        <Text style={{ fontSize: 7, color: COLORS.text2 }}>Position the team agreed</Text>
      </View>
      <View style={{ flexDirection: 'row', alignItems: 'center', gap: 4 }}>
        <Svg width={9} height={9}>
          <Circle cx={4.5} cy={4.5} r={3.2} fill={COLORS.white} stroke={COLORS.navy} strokeWidth={0.9} />
        </Svg>
        <Text style={{ fontSize: 7, color: COLORS.text2 }}>The room’s median vote</Text>
      </View>
      <View style={{ flexDirection: 'row', alignItems: 'center', gap: 4 }}>
        <Svg width={16} height={9}>
          <Rect x={0} y={3} width={16} height={3} fill={COLORS.text3} />
        </Svg>
        <Text style={{ fontSize: 7, color: COLORS.text2 }}>Middle half of the room’s votes</Text>
      </View>
    </View>
  );
}
