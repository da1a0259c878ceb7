import { useContext } from 'react';
import { I18nContext, type I18n } from './I18nProvider';

/** Translations and formatters in the current language. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs <I18nProvider> above it');
  return i18n;
}
