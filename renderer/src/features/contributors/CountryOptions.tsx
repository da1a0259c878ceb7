import { useI18n } from '../../i18n/useI18n';
import { countryOptions } from './countries';

/** A country select's options, named in the user's language, after the "none"/"all" choice. */
export function CountryOptions({ emptyLabel }: { emptyLabel: string }) {
  const { locale } = useI18n();
  return (
    <>
      <option value="">{emptyLabel}</option>
      {countryOptions(locale).map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </>
  );
}
