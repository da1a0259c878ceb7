import { listMappingPresets, saveMappingPreset } from '../import/presets';
import { runJob } from '../jobs';
import type { Handlers } from './types';

// Previews and runs read and apply whole platform reports: off the main thread (see jobs/).
export const importHandlers = {
  'imports.preview': (ws, input, ctx) => runJob(ws, 'import.preview', input, ctx),
  'imports.run': (ws, input, ctx) => runJob(ws, 'import.run', input, ctx),
  'imports.presets.list': (ws) => listMappingPresets(ws.db),
  'imports.presets.save': (ws, input) => saveMappingPreset(ws.db, input),
} satisfies Partial<Handlers>;
