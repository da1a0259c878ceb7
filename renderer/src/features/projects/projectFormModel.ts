import type { ProjectFormat, ProjectWithFigures } from '../../../../shared/contract';
import type { Issue } from '../../../../shared/errors';
import { parsePercentToBp, translateIssue, type Translator } from '../../../../shared/i18n';
import type { Formatters } from '../../../../shared/i18n';

/** The form as typed: percentages stay text until submitted, so "5,5" is never a float. */
export interface ProjectFormValues {
  title: string;
  format: ProjectFormat;
  currency: string;
  crowdCap: string;
  threshold: string;
}

export type ProjectField = keyof ProjectFormValues;
export type FieldErrors = Partial<Record<ProjectField, string>>;

/** What the form sends: the contract's field names, percentages in basis points. */
export interface ProjectSettings {
  title: string;
  format: ProjectFormat;
  currency: string;
  crowdCapBp: number;
  securedThresholdBp: number;
}

/** Contract path → form field. */
const fieldOfPath: Readonly<Record<string, ProjectField>> = {
  title: 'title',
  format: 'format',
  currency: 'currency',
  crowdCapBp: 'crowdCap',
  securedThresholdBp: 'threshold',
};

export function newProjectValues(): ProjectFormValues {
  // The contract's defaults: a feature film in euros, 5 % crowd cap, 50 % secured to launch.
  return { title: '', format: 'film', currency: 'EUR', crowdCap: '5', threshold: '50' };
}

export function valuesOf(project: ProjectWithFigures, format: Formatters): ProjectFormValues {
  return {
    title: project.title,
    format: project.format,
    currency: project.currency,
    crowdCap: format.percentBpInput(project.crowdCapBp),
    threshold: format.percentBpInput(project.securedThresholdBp),
  };
}

/**
 * Turns the percentage texts into basis points. Only the text → number step is checked here:
 * whether the values are acceptable is the contract's call.
 */
export function toSettings(
  values: ProjectFormValues,
  t: Translator['t'],
): { settings: ProjectSettings } | { errors: FieldErrors } {
  const crowdCapBp = parsePercentToBp(values.crowdCap);
  const securedThresholdBp = parsePercentToBp(values.threshold);
  if (crowdCapBp === null || securedThresholdBp === null) {
    const errors: FieldErrors = {};
    if (crowdCapBp === null) errors.crowdCap = t('issues.percentFormat');
    if (securedThresholdBp === null) errors.threshold = t('issues.percentFormat');
    return { errors };
  }
  const { title, format, currency } = values;
  return { settings: { title, format, currency, crowdCapBp, securedThresholdBp } };
}

/** The contract's issues placed beside their fields; those naming no field are returned apart. */
export function errorsFromIssues(
  issues: readonly Issue[],
  translator: Translator,
): { fields: FieldErrors; unplaced: string[] } {
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    const head = issue.path[0];
    const field = typeof head === 'string' ? fieldOfPath[head] : undefined;
    const message = translateIssue(issue, translator);
    if (field && fields[field] === undefined) fields[field] = message;
    else if (!field) unplaced.push(message);
  }
  return { fields, unplaced };
}
