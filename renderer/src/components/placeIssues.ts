import type { Issue } from '../../../shared/errors';
import { translateIssue, type Translator } from '../../../shared/i18n';

/** Errors the contract refused with: those that name a field of the form, and the rest. */
export interface PlacedErrors<K extends string> {
  fields: Partial<Record<K, string>>;
  unplaced: string[];
}

/** Which form field an issue's path speaks of (nested paths such as `contributor.email` too). */
export type FieldOfPath<K extends string> =
  Readonly<Record<string, K>> | ((path: readonly (string | number)[]) => K | undefined);

/**
 * The contract's issues beside the fields they name, in the user's language; the first issue of a
 * field wins, and issues about nothing on the form are returned apart, to show above it. A record
 * maps the path's first segment (the input field) to the form field.
 */
export function placeIssues<K extends string>(
  issues: readonly Issue[],
  translator: Translator,
  fieldOf: FieldOfPath<K>,
  translate: (issue: Issue, translator: Translator) => string = translateIssue,
): PlacedErrors<K> {
  const fieldOfIssue =
    typeof fieldOf === 'function'
      ? fieldOf
      : (path: readonly (string | number)[]) => {
          const head = path[0];
          return typeof head === 'string' ? fieldOf[head] : undefined;
        };
  const fields: Partial<Record<K, string>> = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = fieldOfIssue(issue.path);
    const message = translate(issue, translator);
    if (field === undefined) unplaced.push(message);
    else fields[field] ??= message;
  }
  return { fields, unplaced };
}
