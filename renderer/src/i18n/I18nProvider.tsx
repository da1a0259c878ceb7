import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../shared/contract';
import {
  createFormatters,
  createTranslator,
  languageFromTag,
  type Formatters,
  type Translator,
} from '../../../shared/i18n';

const LANGUAGE_KEY = 'copro.language';

export interface I18n extends Translator {
  readonly format: Formatters;
  setLanguage(language: Language): void;
}

export const I18nContext = createContext<I18n | null>(null);

/** The language chosen in the top bar if any, otherwise the browser's. */
function initialLanguage(): Language {
  const stored = window.localStorage.getItem(LANGUAGE_KEY);
  if (stored === 'fr' || stored === 'en') return stored;
  return languageFromTag(window.navigator.language);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  const setLanguage = useCallback((next: Language) => {
    window.localStorage.setItem(LANGUAGE_KEY, next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(() => {
    const translator = createTranslator(language);
    return {
      language,
      locale: translator.locale,
      t: translator.t,
      format: createFormatters(language),
      setLanguage,
    };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
