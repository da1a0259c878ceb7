export { en } from './en';
export { fr } from './fr';
export type {
  MessageKey,
  MessageParams,
  Messages,
  PlainMessageKey,
  PluralForms,
  TranslateArgs,
} from './types';
export { pluralCategories } from './types';
export {
  createTranslator,
  dictionaries,
  isEntry,
  intlLocales,
  languageFromTag,
  lookup,
  type Translator,
} from './translate';
export { createFormatters, type Formatters } from './format';
export { formatBpForInput, parsePercentToBp } from './percent';
export { translateIssue } from './issues';
