import { Bar } from 'recharts';
import type { CampaignStats } from '../../../../shared/contract/campaignStats';
import { useChartPalette } from '../../charts/palette';
import { useI18n } from '../../i18n/useI18n';
import { topCountries } from './chartData';
import { BarEndLabel, ChartEmpty, countAxis, HorizontalBarChart } from './chartParts';

const TOP = 10;
const ROW_HEIGHT = 26;

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
    return <ChartEmpty text={t('campaigns.charts.countries.empty')} />;
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

  return (
    <div className="campaign-chart">
      <HorizontalBarChart
        summary={label}
        rows={bars}
        rowHeight={ROW_HEIGHT}
        marginRight={48}
        barCategoryGap="20%"
        valueAxis={countAxis(Math.max(...bars.map((bar) => bar.contributors)), format.number)}
        labelAxis={{ width: 140 }}
        tooltip={(bar) => (
          <p>
            {t('campaigns.charts.countries.tooltip', {
              count: bar.contributors,
              amount: bar.amount,
            })}
          </p>
        )}
      >
        <Bar
          dataKey="contributors"
          name={t('campaigns.charts.countries.contributors')}
          fill={palette.secured}
          isAnimationActive={false}
        >
          <BarEndLabel
            dataKey="contributors"
            formatter={(value) => (typeof value === 'number' ? format.number(value) : '')}
          />
        </Bar>
      </HorizontalBarChart>
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
