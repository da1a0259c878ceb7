import { importErrorsEn } from './importErrors.en';

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
    notNegativeCost: 'must not be negative (a budget line costs money)',
    contributorOrNew:
      'give either contributorId (an existing contributor) or contributor (a new one)',
    includesBonusShipping: 'must include the bonus and shipping (amount ≥ bonus + shipping)',
    listedTwice: 'is listed twice',
    monthOrDate: 'must be a month YYYY-MM or a date YYYY-MM-DD',
    wholeNumber: 'must be a whole number',
    wholeBasisPoints: 'must be whole basis points',
    /** Workspace names and paths; the UI matches these English texts (`workspaceIssues`). */
    workspace: {
      notAName: 'must be a name, not a path: no / \\ : * ? " < > | characters',
      dots: 'must not start with a dot or contain ".."',
      nameTaken: 'a workspace with this name already exists',
      notAbsolute: 'give the full path of the file, such as /home/me/Slate.copro',
      notCopro: 'a workspace file ends in .copro',
      noSuchFile: 'no such file',
      folder: 'this is a folder, not a workspace file',
      emptyFile: 'the file is empty: it is not a workspace',
    },
  },
  ...importErrorsEn,
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
  busy: 'Another long operation (an import) is writing the workspace; try again when it finishes.',
  jobStopped: 'The background work ({job}) stopped unexpectedly: {detail}. Nothing was written.',
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
  outputMismatch: 'Output of {channel} does not match the contract: {details}',
  damagedDetail: {
    tooSmall: { one: 'only {count} byte', other: 'only {count} bytes' },
    notSqlite: 'not a SQLite file',
    truncated: 'truncated',
    folder: 'a folder, not a file',
    integrity: 'integrity check: {result}',
  },
  workspaceName: 'The workspace name {detail}.',
  workspaceExists: '{file} already exists in {folder}: choose another name, or open it.',
  workspacePath: '{path}: {detail}.',
  demoExists: '{file} already exists; it was not modified.',
  copyCancelled: 'The copy was cancelled: no file was written.',
  demoCancelled: 'The demo creation was cancelled: nothing was written.',
  operationCancelled: 'The operation was cancelled: nothing was written.',
  jobWithoutWorkspace: 'Job {name} has no workspace to work on.',
  goalOverCapField: 'Over the crowd cap: cap {cap}, room left {room}.',
  cannotGoLive: 'The campaign cannot go live yet. {missing}',
  notReadyField: 'not ready to launch: {missing}',
  notReady: {
    budgetEmpty: 'The budget is empty: add budget lines before planning the financing.',
    secured:
      'Secured financing {secured} is below {percent} of the budget ({threshold}): {missing} missing.',
    planOpen:
      'The financing plan does not close: {missing} missing (budget {budget} − secured {secured} − pending {pending} − crowd {crowd}).',
  },
  fulfillmentMissing: 'Fulfillment line {id} does not exist',
  fulfillmentNoSuch: 'no fulfillment line has id {id}',
  fulfillmentLine: 'Fulfillment line: {detail}',
  fulfillment: {
    notShipped: '"{item}" is not shipped (nothing to send)',
    cannotGo: 'a line cannot go from {from} to {to}',
    deliveredBeforeShipped: 'delivered on {deliveredOn}, before it was shipped ({shippedOn})',
  },
  pledge: {
    tierOfOtherCampaign: 'Reward tier "{title}" belongs to another campaign.',
    tierOfOtherCampaignField: 'tier {tierId} is not a tier of campaign {campaignId}',
    addonNotTier: '"{title}" is an add-on, not a reward tier a pledge can choose.',
    addonNotTierField: 'tier {tierId} is an add-on',
    belowMinimum:
      'Tier "{title}" needs at least {minimum}; this pledge brings {brought} (shipping excluded).',
    belowMinimumField: 'must be at least the tier minimum {minimum} plus shipping',
    soldOut: 'Tier "{title}" is sold out ({held} of {limit} taken).',
    soldOutField: 'no place left: {held} of {limit} taken',
    campaignFailed: 'Campaign "{title}" failed: it takes no more pledges.',
    campaignFailedField: 'campaign {id} failed',
    otherCurrency:
      'Campaign "{title}" is in {campaignCurrency}; an amount in {currency} cannot be added to it.',
    otherCurrencyField: "must be the campaign's currency {campaignCurrency}",
    referenceTaken: 'Reference "{reference}" is already recorded in this campaign.',
    referenceTakenField: 'already the reference of contribution {id}',
    contributorMerged: 'Contributor {id} was merged into {intoId}.',
    contributorMergedField: 'use contributor {intoId}',
    needsContributor: 'A contribution needs a contributor.',
    refundOverPledge: 'A refund cannot exceed the pledge: {refunded} > {amount}.',
    refundOverPledgeField: 'must be at most the amount, {amount}',
    wholeRefundStatus: 'The whole amount is refunded: the status must be refunded, not {status}.',
    statusCanBecome: 'A {from} pledge cannot become {to}: from {from} it can become {options}.',
    statusFinal: 'A {from} pledge cannot become {to}: {from} is final.',
    refundedFinal: 'A refunded pledge is final: its refund cannot change.',
    partialRefund:
      'Status refunded means the whole {amount} went back; after a partial refund ({refunded}) the pledge stays collected or refund due.',
    partialRefundField: 'must be the whole amount, {amount}, for status refunded',
    notRefundable: 'Only collected money can be refunded; this pledge is {status}.',
    refundNeedsDate: 'A refund needs its date.',
    refundNeedsDateField: 'is required when money is refunded',
  },
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
