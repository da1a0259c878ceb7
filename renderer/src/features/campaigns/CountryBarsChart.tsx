import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { CampaignStats } from '../../../../shared/contract/campaignStats';
import { ChartFrame } from '../../charts/ChartFrame';
import { useChartPalette } from '../../charts/palette';
import { niceTicks } from '../../charts/ticks';
import { useI18n } from '../../i18n/useI18n';
import { topCountries } from './chartData';

const TOP = 10;
const ROW_HEIGHT = 26;
const CHROME_HEIGHT = 44;

interface CountryBar {
  key: string;
  label: string;
  contributors: number;
  amount: string;
}

/** The ten countries with most contributors, as horizontal bars; the rest in a caption. */
export function CountryBarsChart({ stats }: { stats: CampaignStats }) {
  const { t, format, language } = useI18n();
  const palette = useChartPalette();
  const regionNames = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const { rows, others } = topCountries(stats.byCountry, TOP);

  if (rows.length === 0) {
    return (
      <div role="img" aria-label={t('campaigns.charts.countries.empty')} className="chart-empty">
        {t('campaigns.charts.countries.empty')}
      </div>
    );
  }

  const nameOf = (code: string) => {
    if (code === '') return t('campaigns.charts.countries.unknown');
    try {
      return regionNames.of(code) ?? code;
    } catch {
      // A code Intl does not know (stored before validation existed): show it as written.
      return code;
    }
  };
  const bars: CountryBar[] = rows.map((row) => ({
    key: row.code || 'unknown',
    label: nameOf(row.code),
    contributors: row.contributors,
    amount: format.money(row.amountCents, stats.currency),
  }));
  const label = t('campaigns.charts.countries.summary', {
    parts: bars
      .map((bar) =>
        t('campaigns.charts.countries.part', { country: bar.label, count: bar.contributors }),
      )
      .join(', '),
  });
  const height = bars.length * ROW_HEIGHT + CHROME_HEIGHT;
  const ticks = niceTicks(Math.max(1, ...bars.map((bar) => bar.contributors)), 4);

  return (
    <div className="campaign-chart">
      <ChartFrame label={label} height={height}>
        <BarChart
          responsive
          width="100%"
          height={height}
          data={bars}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
          barCategoryGap="20%"
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={palette.grid} />
          <XAxis
            type="number"
            domain={[0, ticks[ticks.length - 1] ?? 0]}
            ticks={ticks}
            interval={0}
            allowDecimals={false}
            tickFormatter={(value: number) => format.number(value)}
            stroke={palette.grid}
            tick={{ fill: palette.textMuted, fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={140}
            interval={0}
            stroke={palette.grid}
            tick={{ fill: palette.text, fontSize: 12 }}
          />
          <Tooltip
            cursor={{ fill: palette.track, fillOpacity: 0.5 }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const bar = payload?.[0]?.payload as CountryBar | undefined;
              if (!active || !bar) return null;
              return (
                <div className="chart-tooltip">
                  <p className="chart-tooltip-title">{bar.label}</p>
                  <p>
                    {t('campaigns.charts.countries.tooltip', {
                      count: bar.contributors,
                      amount: bar.amount,
                    })}
                  </p>
                </div>
              );
            }}
          />
          <Bar
            dataKey="contributors"
            name={t('campaigns.charts.countries.contributors')}
            fill={palette.secured}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="contributors"
              position="right"
              fill={palette.textMuted}
              fontSize={12}
              formatter={(value) => (typeof value === 'number' ? format.number(value) : '')}
            />
          </Bar>
        </BarChart>
      </ChartFrame>
      {others.countries > 0 && (
        <p className="chart-caption">
          {t('campaigns.charts.countries.others', {
            count: others.countries,
            contributors: format.number(others.contributors),
          })}
        </p>
      )}
    </div>
  );
}
