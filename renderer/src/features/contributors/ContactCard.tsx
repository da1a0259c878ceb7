import type { ContributorDetail } from '../../../../shared/contract';
import { useI18n } from '../../i18n/useI18n';
import { countryName, languageName } from './countries';

/** How a contributor is reached: email, phone, postal address, language, consent to news. */
export function ContactCard({ contributor }: { contributor: ContributorDetail }) {
  const { t, locale } = useI18n();
  const none = t('contributors.detail.none');
  const cityLine = [contributor.postalCode, contributor.city]
    .filter((part) => part !== '')
    .join(' ');
  const addressLines = [
    contributor.addressLine1,
    contributor.addressLine2,
    cityLine,
    contributor.region,
  ].filter((line) => line.trim() !== '');

  return (
    <dl className="contact-facts">
      <div>
        <dt>{t('contributors.detail.email')}</dt>
        <dd>
          {contributor.email ? (
            <a href={`mailto:${contributor.email}`}>{contributor.email}</a>
          ) : (
            none
          )}
        </dd>
      </div>
      <div>
        <dt>{t('contributors.detail.phone')}</dt>
        <dd>{contributor.phone || none}</dd>
      </div>
      <div>
        <dt>{t('contributors.detail.address')}</dt>
        <dd>
          {addressLines.length === 0 ? (
            none
          ) : (
            <address className="contact-address">
              {addressLines.map((line, index) => (
                <span key={index}>{line}</span>
              ))}
            </address>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('contributors.detail.country')}</dt>
        <dd>{countryName(contributor.countryCode, locale) || none}</dd>
      </div>
      <div>
        <dt>{t('contributors.detail.language')}</dt>
        <dd>{languageName(contributor.language, locale) || none}</dd>
      </div>
      <div>
        <dt>{t('contributors.detail.consent')}</dt>
        <dd>
          {contributor.newsConsent
            ? t('contributors.detail.consentYes')
            : t('contributors.detail.consentNo')}
        </dd>
      </div>
      <div>
        <dt>{t('contributors.detail.creditName')}</dt>
        <dd>{contributor.creditName || none}</dd>
      </div>
      {contributor.notes !== '' && (
        <div className="contact-notes">
          <dt>{t('contributors.detail.notes')}</dt>
          <dd>{contributor.notes}</dd>
        </div>
      )}
    </dl>
  );
}
