import { createProject, getProject, listProjects, updateProject } from '../services/projects';
import type { Handlers } from './types';

export const projectHandlers = {
  'projects.list': (ws) => listProjects(ws.db),
  'projects.get': (ws, input) => getProject(ws.db, input.id),
  'projects.create': (ws, input) => createProject(ws.db, input),
  'projects.update': (ws, input) => updateProject(ws.db, input),
} satisfies Partial<Handlers>;
