import { budgetEn } from './features/budget.en';
import { budgetImportEn } from './features/budgetImport.en';
import { campaignsEn } from './features/campaigns.en';
import { contributorsEn } from './features/contributors.en';
import { dashboardEn } from './features/dashboard.en';
import { apiErrorsEn } from './features/errors.en';
import { exportsEn } from './features/exports.en';
import { financingEn } from './features/financing.en';
import { fulfillmentEn } from './features/fulfillment.en';
import { pledgesEn } from './features/pledges.en';
import { importsEn } from './features/imports.en';
import { progressEn } from './features/progress.en';
import { workspaceEn } from './features/workspace.en';

/**
 * English strings: the source of truth for every key. `fr.ts` is typed against this shape,
 * so a key missing or added on one side is a compile error.
 * Placeholders are `{name}`; a plural entry is an object keyed by Intl.PluralRules categories
 * (`one`, `other`, optionally `zero`, `two`, `few`, `many`) and receives `{count}`.
 */
export const en = {
  app: {
    name: 'Copro',
    loading: 'Loading…',
    retry: 'Try again',
    loadFailed: 'Could not load this screen: {message}',
    skipToContent: 'Skip to content',
  },
  nav: {
    label: 'Main navigation',
    projects: 'Projects',
    dashboard: 'Dashboard',
    budget: 'Budget',
    financing: 'Financing',
    campaigns: 'Campaigns',
    contributors: 'Contributors',
    fulfillment: 'Fulfillment',
    exports: 'Exports',
  },
  topBar: {
    workspace: 'Workspace file',
    currentProject: 'Current project',
    noProject: 'No project yet',
    chooseProject: 'Choose a project…',
    saved: 'Saved',
    autoSave: 'Changes save as you make them',
    saving: 'Saving…',
    saveFailed: 'Last change not saved',
    savedHint:
      'Every change is written to the workspace file as you make it: there is no Save button.',
    language: 'Language',
  },
  languages: {
    en: 'English',
    fr: 'Français',
  },
  areas: {
    comingSoon: 'Coming in a later version of Copro',
    goToProjects: 'Go to projects',
    dashboard: {
      title: 'Dashboard',
      body: 'Where the current project stands at a glance: budget, financing secured, the crowd goal against its cap, and how the campaigns are doing.',
    },
    budget: {
      title: 'Budget',
      body: 'The budget (devis): lines of quantity × rate grouped in chapters, following the CNC feature-film layout, with custom chapters.',
    },
    financing: {
      title: 'Financing plan',
      body: 'Financing sources with their status, what is secured and pending, the crowd line under its cap, and what is left to finance.',
    },
    campaigns: {
      title: 'Campaigns',
      body: 'Crowdfunding campaigns: platform, goal within the crowd cap, dates, fees, reward tiers, and the readiness checklist.',
    },
    contributors: {
      title: 'Contributors',
      body: 'Your community across projects: contributors, their pledges and platform identities, imported from backer reports.',
    },
    fulfillment: {
      title: 'Fulfillment',
      body: 'Rewards to send: what goes to whom, statuses, carriers, tracking numbers and the credits list.',
    },
    exports: {
      title: 'Exports',
      body: 'Excel workbooks for the accountant and the production assistant: budget, financing plan, contributions ledger, fulfillment.',
    },
  },
  projects: {
    title: 'Projects',
    count: {
      zero: 'No project in this workspace',
      one: '{count} project in this workspace',
      other: '{count} projects in this workspace',
    },
    new: 'New project',
    listLabel: 'Projects of the workspace',
    empty: {
      title: 'No project yet',
      body: 'Create your first project to start its budget and financing plan.',
    },
    current: 'Current project',
    makeCurrent: 'Make current: {title}',
    makeCurrentShort: 'Make current',
    edit: 'Edit settings: {title}',
    editShort: 'Edit settings',
    formats: {
      film: 'Feature film',
      documentary: 'Documentary',
      short: 'Short film',
      series: 'TV series',
      web_series: 'Web series',
      game: 'Video game',
      album: 'Album',
      other: 'Other',
    },
    figures: {
      label: 'Headline figures of {title}',
      budget: 'Budget',
      secured: 'Secured',
      pending: 'Pending',
      crowd: 'Crowd line',
      crowdOfCap: 'cap {cap} ({percent})',
      gap: 'Left to finance',
      closed: 'Plan closed',
      noBudget: 'No budget yet',
      community: 'Community',
      contributors: {
        one: '{count} contributor',
        other: '{count} contributors',
      },
      campaigns: {
        zero: 'No campaign',
        one: '{count} campaign',
        other: '{count} campaigns',
      },
      barLabel: 'Financing of the budget: {secured} secured, {pending} pending, {crowd} crowd',
    },
    form: {
      createTitle: 'New project',
      editTitle: 'Settings of {title}',
      title: 'Title',
      format: 'Format',
      currency: 'Currency',
      currencyHint: 'ISO 4217 code, such as EUR, USD or GBP.',
      crowdCap: 'Crowd cap (% of budget)',
      crowdCapHint: 'The crowd’s share of the financing plan stays under this cap.',
      threshold: 'Secured threshold (% of budget)',
      thresholdHint: 'Financing that must be secured before a campaign can launch.',
      currencyLocked: 'The currency is set when the project is created.',
      create: 'Create project',
      save: 'Save changes',
      cancel: 'Cancel',
      created: 'Project “{title}” created.',
      updated: 'Settings of “{title}” saved.',
      notSaved: 'Not saved. {message}',
    },
  },
  issues: {
    required: 'Required.',
    tooLong: 'At most {max} characters.',
    currency: 'Use a three-letter ISO 4217 code, such as EUR.',
    percentFormat: 'Enter a percentage such as 5, 5.5 or 5.25.',
    percentRange: 'Enter a percentage between 0 and 100.',
    invalidOption: 'Choose one of the options.',
  },
  errors: {
    validation: 'Some fields need attention.',
    unknown_channel: 'This version of Copro does not know that action.',
    not_found: 'It no longer exists: it may have been deleted.',
    conflict: 'The change conflicts with existing data.',
    cap_exceeded: 'This would go over the crowd cap.',
    workspace_damaged: 'The workspace file is damaged.',
    workspace_too_new: 'The workspace file was written by a newer version of Copro.',
    workspace_missing: 'The workspace file cannot be found.',
    unauthorized:
      'This page’s access token is missing or expired: open Copro again from the command line.',
    forbidden: 'This request is not allowed.',
    internal: 'Something went wrong in Copro.',
    cancelled: 'Cancelled: nothing was written.',
    busy: 'Another long operation is writing the workspace: try again when it finishes.',
    network: 'Copro’s local server does not answer. Is `copro web` still running?',
  },
  apiErrors: apiErrorsEn,
  budget: budgetEn,
  budgetImport: budgetImportEn,
  campaigns: campaignsEn,
  contributors: contributorsEn,
  dashboard: dashboardEn,
  exports: exportsEn,
  financing: financingEn,
  fulfillment: fulfillmentEn,
  pledges: pledgesEn,
  imports: importsEn,
  progress: progressEn,
  workspace: workspaceEn,
} as const;
