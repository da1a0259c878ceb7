import { useId } from 'react';
import { Pie, PieChart, Tooltip } from 'recharts';
import type { FinancingSummary } from '../../../../shared/contract';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend, type LegendEntry } from '../../charts/ChartLegend';
import { ChartTooltip } from '../../charts/ChartTooltip';
import { useChartPalette } from '../../charts/palette';
import { useI18n } from '../../i18n/useI18n';

const HEIGHT = 170;
/** The half circle's centre sits near the bottom; radii are pixels so the arc fills the box. */
const CENTRE_Y = 156;
const GOAL_RADII = { inner: 112, outer: 146 };
const COLLECTED_RADII = { inner: 92, outer: 106 };

interface Arc {
  key: string;
  name: string;
  value: number;
  fill: string;
}

/**
 * A half-circle gauge, 100 % = the largest of cap, goals and collected: the outer arc is the
 * crowd goals (within the cap, then beyond it in the warning colour) and the room left; the
 * inner arc is what was collected so far.
 */
export function CrowdGaugeChart({ summary }: { summary: FinancingSummary }) {
  const { t, format } = useI18n();
  const palette = useChartPalette();
  // Beyond the cap is hatched as well as coloured: the warning and crowd colours are close in
  // the dark theme, and a pattern does not depend on telling colours apart.
  const hatchId = `over-cap-${useId().replace(/[^\w-]/g, '')}`;
  const hatch = `url(#${hatchId})`;
  const hatchSwatch = `repeating-linear-gradient(45deg, ${palette.warning} 0 3px, ${palette.surface} 3px 5px)`;
  const money = (cents: number) => format.money(cents, summary.currency);
  const { crowdGoal: goal, crowdCap: cap, crowdCollected: collected } = summary;

  if (cap <= 0 && goal <= 0) {
    return (
      <div role="img" aria-label={t('dashboard.gauge.noCap')} className="chart-empty">
        {t('dashboard.gauge.noCap')}
      </div>
    );
  }

  const over = Math.max(goal - cap, 0);
  const room = Math.max(cap - goal, 0);
  const scale = Math.max(cap, goal, collected);
  const goalArcs: Arc[] = [
    { key: 'goal', name: t('dashboard.gauge.goal'), value: goal - over, fill: palette.crowd },
    { key: 'over', name: t('dashboard.gauge.over'), value: over, fill: hatch },
    { key: 'room', name: t('dashboard.gauge.room'), value: room, fill: palette.track },
    // Only when collected runs past both: the rest of the scale, drawn as track.
    { key: 'rest', name: '', value: scale - Math.max(cap, goal), fill: palette.track },
  ].filter((arc) => arc.value > 0);
  const collectedBeyondCap = Math.max(collected - cap, 0);
  const collectedArcs: Arc[] = [
    {
      key: 'collected',
      name: t('dashboard.gauge.collected'),
      value: collected - collectedBeyondCap,
      fill: palette.positive,
    },
    {
      key: 'beyond',
      name: t('dashboard.gauge.surplus'),
      value: collectedBeyondCap,
      fill: hatch,
    },
    { key: 'rest', name: '', value: scale - collected, fill: palette.track },
  ].filter((arc) => arc.value > 0);

  // Display only: how much of the cap the goals take, as a percentage.
  const usedBp = cap > 0 ? Math.round((goal * 10_000) / cap) : 0;
  const label = t('dashboard.gauge.summary', {
    goal: money(goal),
    cap: money(cap),
    room: money(room),
    collected: money(collected),
    over: money(over),
  });
  const legend: LegendEntry[] = [
    {
      key: 'goal',
      label: t('dashboard.gauge.goal'),
      color: palette.crowd,
      value: money(goal),
    },
    {
      key: 'cap',
      label: t('dashboard.gauge.cap', { percent: format.percentBp(summary.crowdCapBp) }),
      color: palette.textMuted,
      value: money(cap),
    },
    over > 0
      ? {
          key: 'over',
          label: t('dashboard.gauge.over'),
          color: hatchSwatch,
          value: money(over),
        }
      : { key: 'room', label: t('dashboard.gauge.room'), color: palette.track, value: money(room) },
    {
      key: 'collected',
      label: t('dashboard.gauge.collected'),
      color: palette.positive,
      value: money(collected),
    },
  ];
  if (summary.overCapSurplus > 0) {
    legend.push({
      key: 'surplus',
      label: t('dashboard.gauge.surplus'),
      color: hatchSwatch,
      value: money(summary.overCapSurplus),
    });
  }

  // Track arcs have no name: the tooltip leaves them out.
  const tooltip = (
    <Tooltip
      content={(props) => (
        <ChartTooltip
          {...props}
          payload={props.payload.filter((entry) => entry.name !== '')}
          formatValue={money}
        />
      )}
      isAnimationActive={false}
    />
  );

  return (
    <div className="dash-gauge">
      <div className="dash-gauge-chart">
        <ChartFrame label={label} height={HEIGHT}>
          <PieChart responsive width="100%" height={HEIGHT} accessibilityLayer={false}>
            <defs>
              <pattern
                id={hatchId}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" fill={palette.warning} />
                <line x1="0" y1="0" x2="0" y2="6" stroke={palette.surface} strokeWidth="2" />
              </pattern>
            </defs>
            <Pie
              data={goalArcs}
              dataKey="value"
              nameKey="name"
              cy={CENTRE_Y}
              startAngle={180}
              endAngle={0}
              innerRadius={GOAL_RADII.inner}
              outerRadius={GOAL_RADII.outer}
              stroke={palette.surface}
              isAnimationActive={false}
            />
            <Pie
              data={collectedArcs}
              dataKey="value"
              nameKey="name"
              cy={CENTRE_Y}
              startAngle={180}
              endAngle={0}
              innerRadius={COLLECTED_RADII.inner}
              outerRadius={COLLECTED_RADII.outer}
              stroke={palette.surface}
              isAnimationActive={false}
            />
            {tooltip}
          </PieChart>
        </ChartFrame>
        <p
          className={over > 0 ? 'dash-gauge-centre is-over' : 'dash-gauge-centre'}
          aria-hidden="true"
        >
          <span className="dash-gauge-percent">{format.shareBp(usedBp)}</span>
          <span className="dash-gauge-of">{t('dashboard.gauge.ofCap')}</span>
        </p>
      </div>
      <ChartLegend title={t('dashboard.gauge.title')} entries={legend} />
    </div>
  );
}
