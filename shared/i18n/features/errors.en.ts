/**
 * What the services and the contract answer when they refuse a call. The dispatcher renders
 * these in the workspace's language; English is also the `message` an AppError carries for logs.
 * `validation.*` entries are the contract's field messages: a zod schema names one as its custom
 * message (`'validation.required'`) and the dispatcher fills `{minimum}`/`{maximum}` from the issue.
 */
export const apiErrorsEn = {
  validation: {
    required: 'is required',
    tooLong: 'must be at most {maximum} characters',
    notNegative: 'must not be negative',
    moreThanZero: 'must be more than zero',
    notEmpty: 'must not be empty',
    isEmpty: 'is empty',
    atLeast: 'must be at least {minimum}',
    atMost: 'must be at most {maximum}',
    atLeastDays: 'must be at least {minimum} day',
    atMostDays: 'must be at most {maximum} days',
    currency: 'must be a three-letter ISO 4217 code such as EUR',
    country: 'must be a two-letter ISO 3166 code such as FR, or empty',
    email: 'must be an email address such as name@example.com',
    namesColumn: 'must name a column',
    needsFile: 'needs at least one file',
    fileTooLarge: 'is too large (at most about 30 MB)',
    wholeDays: 'must be a whole number of days',
  },
  invalidInput: 'Invalid input for {channel}: {details}',
  unknownChannel: 'Unknown channel "{channel}".',
  brokeRule: 'The change breaks a rule of the workspace: {detail}',
  missing: {
    project: 'Project {id} does not exist.',
    budgetChapter: 'Budget chapter {id} does not exist.',
    budgetLine: 'Budget line {id} does not exist.',
    financingSource: 'Financing source {id} does not exist.',
    campaign: 'Campaign {id} does not exist.',
    rewardTier: 'Reward tier {id} does not exist.',
    rewardItem: 'Reward item {id} does not exist.',
    contributor: 'Contributor {id} does not exist.',
    contribution: 'Contribution {id} does not exist.',
  },
  noSuch: {
    project: 'no project with id {id}',
    budgetChapter: 'no budget chapter with id {id}',
    budgetLine: 'no budget line with id {id}',
    financingSource: 'no financing source with id {id}',
    campaign: 'no campaign with id {id}',
    rewardTier: 'no reward tier with id {id}',
    rewardItem: 'no reward item with id {id}',
    contributor: 'no contributor with id {id}',
    contribution: 'no contribution with id {id}',
  },
  chapterOfOtherProject:
    'Budget chapter {chapterId} belongs to another project than project {projectId}.',
  notChapterOfProject: 'chapter {chapterId} is not a chapter of project {projectId}',
  currencyMismatch: {
    sourceAmount:
      'A source amount in {currency} cannot join project "{title}", kept in {projectCurrency}: the financing plan adds amounts without exchange rates.',
    campaign:
      'A campaign in {currency} cannot join project "{title}", kept in {projectCurrency}: the financing plan adds amounts without exchange rates.',
  },
  mustBeCurrency: "must be the project's currency {projectCurrency}, not {currency}",
  chapterCodeTaken: 'The budget already has a chapter with code "{code}".',
  chapterCodeUsed: 'chapter code "{code}" is already used in this budget',
  lineTooLarge:
    'The line amount quantity {quantity} × rateCents {rateCents} is beyond the largest amount ({max} cents).',
  budgetTooLarge:
    'With this line the budget total would be beyond the largest amount ({max} cents): lower rateCents or quantity.',
  amountTooLarge: 'makes the amount too large',
  receivedDateOnlyReceived:
    'A source with status "{status}" has no received date: set status "received" or leave receivedOn empty.',
  onlyReceivedHasDate: 'only a received source has a received date',
  goalOverCap:
    'Goal {goal} exceeds the crowd cap: cap {cap} ({percent} of the budget), room left {room}.',
  goalOverCapWithOthers:
    "Goal {goal} exceeds the crowd cap: cap {cap} ({percent} of the budget), room left {room} (the project's other campaigns already take {others}).",
  statusFinal: 'A {from} campaign cannot become {to}: it is final.',
  statusCanBecome: 'A {from} campaign cannot become {to}: it can become {options}.',
  cannotGoFromTo: 'cannot go from {from} to {to}',
  liveHasContributions: {
    one: 'This live campaign already has {count} contribution: it cannot go back to draft.',
    other: 'This live campaign already has {count} contributions: it cannot go back to draft.',
  },
  contributionsBlockDraft: 'a campaign with contributions cannot go back to draft',
  endsBeforeStart: 'The campaign ends ({endsOn}) before it starts ({startsOn}).',
  mustBeAfterStart: 'must be after startsOn {startsOn}',
  tooLongCampaign:
    'The campaign would last {days} days ({startsOn} to {endsOn}); its platform allows at most {maxDays} days.',
  atMostDaysAfterStart: 'must be at most {maxDays} days after startsOn',
  modelLocked:
    'The campaign has {status}: its model ({model}) decided the outcome and cannot change now.',
  modelLockedField: 'cannot change once the campaign has {status}',
  damaged: '{fileName} is damaged or is not a Copro workspace ({detail}); it was not modified.',
  noWorkspaceAt: 'No workspace at {path}.',
  notCopro: '{fileName} is a SQLite database but not a Copro workspace; it was not modified.',
  tooNew:
    '{fileName} was written by a newer Copro (schema {version}; this version reads up to {latest}). Update Copro to open it; the file was not modified.',
  backupOverItself: 'A backup cannot overwrite its own workspace ({path}).',
  noFolder: 'The folder {path} does not exist.',
  tooLargeToDownload:
    '{fileName} is too large to download from the browser ({megabytes} MB): run "copro backup" to copy it.',
  browserClosing: 'Browser mode is closing: no workspace is open.',
  noWorkspaceOpen: 'No workspace is open.',
  contributorMerged:
    'Contributor {id} ("{name}") was merged into contributor {intoId}; use that one.',
  contributorMergedField: 'contributor {id} was merged into {intoId}',
  emailTaken:
    'A contributor with email {email} already exists ({id}, "{name}"): choose them instead of creating a duplicate.',
  emailTakenField: 'already the email of contributor {id}',
  mergeWithItself: 'A contributor cannot be merged with itself ({id}).',
  mergeWithItselfField: 'must be another contributor than keepId',
  rewardItemMissing: 'Reward item {id} does not exist.',
  itemOfOtherProject:
    'Reward item {id} ("{name}") belongs to another project than this campaign\'s.',
  itemOfOtherProjectField: 'item {id} is not an item of project {projectId}',
  tierLimitBelowHeld:
    'Tier "{title}" already has {held} pledges: its limit cannot go down to {limit}.',
  tierLimitBelowHeldField: 'must be at least {held}, the pledges already holding the tier',
  openOnlyInApp:
    "{channel} works on the app's open workspace: use it from the app or browser mode (copro web), not on a single file.",
  exportChanged: 'Project {id} kept changing while its budget workbook was read; export it again.',
  importHasErrors: {
    one: 'Nothing was imported: {count} error to fix first.',
    other: 'Nothing was imported: {count} errors to fix first.',
  },
  importHasErrorsFirst: {
    one: 'Nothing was imported: {count} error to fix first. First: {file}, line {line}: {detail}',
    other:
      'Nothing was imported: {count} errors to fix first. First: {file}, line {line}: {detail}',
  },
} as const;
