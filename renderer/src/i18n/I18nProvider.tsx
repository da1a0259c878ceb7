import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../shared/contract';
import {
  createFormatters,
  createTranslator,
  languageFromTag,
  type Formatters,
  type Translator,
} from '../../../shared/i18n';
import { mutate, useQuery } from '../api';

export interface I18n extends Translator {
  readonly format: Formatters;
  /** Stores the language in the workspace: the interface, exports and messages follow it. */
  setLanguage(language: Language): void;
}

export const I18nContext = createContext<I18n | null>(null);

/**
 * The language is the open workspace's (workspace.info). Nothing is shown until the workspace
 * has answered, so a French workspace never flashes in English; if it cannot answer, the
 * browser's language is used to say so.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const info = useQuery('workspace.info', {});
  // The language just chosen, shown at once while the workspace stores it.
  const [chosen, setChosen] = useState<Language | null>(null);
  const [answered, setAnswered] = useState(false);
  if (!answered && (info.data !== undefined || info.error !== undefined)) setAnswered(true);

  const language: Language =
    chosen ?? info.data?.language ?? languageFromTag(window.navigator.language);

  const setLanguage = useCallback((next: Language) => {
    setChosen(next);
    mutate('workspace.setLanguage', { language: next }).catch(() => {
      // Not stored: back to the workspace's language (the Saved indicator tells why).
      setChosen(null);
    });
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

  if (!answered) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
