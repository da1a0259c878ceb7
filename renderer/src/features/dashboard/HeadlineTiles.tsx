import type { ReactNode } from 'react';
import type { FinancingSummary } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';
import { Icon } from '../../shell/icons';

interface TileProps {
  term: string;
  value: ReactNode;
  note?: string | undefined;
  /** Colours the value: a gap to finance, a closed plan, goals over the cap. */
  tone?: 'negative' | 'positive' | 'warning' | undefined;
  swatch?: 'secured' | 'pending' | 'crowd' | undefined;
}

function Tile({ term, value, note, tone, swatch }: TileProps) {
  return (
    <div className="dash-tile">
      <dt className="dash-tile-term">
        {swatch && <span className={`dash-tile-swatch is-${swatch}`} aria-hidden="true" />}
        {term}
      </dt>
      <dd className={tone ? `dash-tile-value dash-tone-${tone}` : 'dash-tile-value'}>{value}</dd>
      {note && <dd className="dash-tile-note">{note}</dd>}
    </div>
  );
}

function percentOf(amount: number, whole: number): number {
  // Display only: a share of the budget in basis points.
  return whole > 0 ? Math.round((amount * 10_000) / whole) : 0;
}

/** The figures a producer checks first, each with the one line that explains it. */
export function HeadlineTiles({ summary }: { summary: FinancingSummary }) {
  const { t, format } = useI18n();
  const money = (cents: number) => format.money(cents, summary.currency);
  const { budgetTotal, gap, capRoom } = summary;
  const capPercent = format.percentBp(summary.crowdCapBp);

  let gapValue: ReactNode = money(gap);
  let gapTone: TileProps['tone'] = gap > 0 ? 'negative' : undefined;
  let gapNote = t('dashboard.tiles.gapNote');
  if (gap <= 0 && budgetTotal > 0) {
    gapValue = (
      <>
        <Icon name="check" size={18} />
        {t('dashboard.tiles.gapClosed')}
      </>
    );
    gapTone = 'positive';
    if (gap < 0) gapNote = t('dashboard.tiles.gapExceeds', { amount: money(-gap) });
  }

  return (
    <dl className="dash-tiles" aria-label={t('dashboard.tiles.label')}>
      <Tile
        term={t('dashboard.tiles.budget')}
        value={money(budgetTotal)}
        note={t('dashboard.tiles.chapters', { count: summary.chapters.length })}
      />
      <Tile
        term={t('dashboard.tiles.secured')}
        swatch="secured"
        value={money(summary.secured)}
        tone={
          summary.secured >= summary.securedThreshold && budgetTotal > 0 ? 'positive' : undefined
        }
        note={t('dashboard.tiles.securedNote', {
          percent: format.shareBp(percentOf(summary.secured, budgetTotal)),
          threshold: money(summary.securedThreshold),
          thresholdPercent: format.percentBp(summary.securedThresholdBp),
        })}
      />
      <Tile
        term={t('dashboard.tiles.pending')}
        swatch="pending"
        value={money(summary.pending)}
        note={
          summary.declined > 0
            ? t('dashboard.tiles.declinedNote', { declined: money(summary.declined) })
            : t('dashboard.tiles.pendingNote')
        }
      />
      <Tile
        term={t('dashboard.tiles.crowd')}
        swatch="crowd"
        value={money(summary.crowdLine)}
        tone={capRoom < 0 ? 'warning' : undefined}
        note={
          capRoom < 0
            ? t('dashboard.tiles.crowdOverNote', {
                cap: money(summary.crowdCap),
                percent: capPercent,
                over: money(-capRoom),
              })
            : t('dashboard.tiles.crowdNote', {
                cap: money(summary.crowdCap),
                percent: capPercent,
                room: money(capRoom),
              })
        }
      />
      <Tile term={t('dashboard.tiles.gap')} value={gapValue} tone={gapTone} note={gapNote} />
      <Tile
        term={t('dashboard.tiles.net')}
        value={money(summary.crowdNet)}
        note={t('dashboard.tiles.netNote', {
          collected: money(summary.crowdCollected),
          costs: money(summary.crowdCosts),
        })}
      />
    </dl>
  );
}
