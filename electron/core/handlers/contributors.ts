import { addContribution, listContributions, updateContribution } from '../services/contributions';
import { getContributor, mergeContributors, updateContributor } from '../services/contributors';
import { searchContributors } from '../services/contributorSearch';
import type { Handlers } from './types';

export const contributorHandlers = {
  'contributors.search': (ws, input) => searchContributors(ws.db, input),
  'contributors.get': (ws, input) => getContributor(ws.db, input.id),
  'contributors.update': (ws, input) => updateContributor(ws.db, input),
  'contributors.merge': (ws, input) => mergeContributors(ws.db, input),
} satisfies Partial<Handlers>;

export const contributionHandlers = {
  'contributions.add': (ws, input) => addContribution(ws.db, input),
  'contributions.update': (ws, input) => updateContribution(ws.db, input),
  'contributions.list': (ws, input) => listContributions(ws.db, input),
} satisfies Partial<Handlers>;
