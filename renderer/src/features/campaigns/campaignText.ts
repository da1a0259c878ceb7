import type { Campaign } from '../../../../shared/contract';
import type { I18n } from '../../i18n/I18nProvider';

/** A campaign's window as far as it is known. */
export function campaignWindow(
  campaign: Pick<Campaign, 'startsOn' | 'endsOn'>,
  { t, format }: Pick<I18n, 't' | 'format'>,
): string {
  const { startsOn, endsOn } = campaign;
  if (startsOn && endsOn) {
    return t('campaigns.dates.range', { start: format.date(startsOn), end: format.date(endsOn) });
  }
  if (startsOn) return t('campaigns.dates.from', { start: format.date(startsOn) });
  if (endsOn) return t('campaigns.dates.until', { end: format.date(endsOn) });
  return t('campaigns.dates.none');
}
