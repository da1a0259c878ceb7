import { workspaceIssues } from '../../../../shared/contract';
import type { Issue } from '../../../../shared/errors';
import { translateIssue, type Translator } from '../../../../shared/i18n';
import type { ApiError } from '../../api';

type WorkspaceIssue = keyof typeof workspaceIssues;

const issueKeys = Object.entries(workspaceIssues) as [WorkspaceIssue, string][];

/** A field issue of the workspace channels in the user's language. */
export function workspaceIssueText(issue: Issue, translator: Translator): string {
  const known = issueKeys.find(([, message]) => message === issue.message)?.[0];
  return known ? translator.t(`workspace.issues.${known}`) : translateIssue(issue, translator);
}

/** The issue of an error that names `field`, translated; undefined when there is none. */
export function fieldError(
  error: ApiError | undefined,
  field: string,
  translator: Translator,
): string | undefined {
  const issue = error?.issues.find((candidate) => candidate.path[0] === field);
  return issue ? workspaceIssueText(issue, translator) : undefined;
}
