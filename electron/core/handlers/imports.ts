import { runImport } from '../import/apply';
import { listMappingPresets, saveMappingPreset } from '../import/presets';
import type { Handlers } from './types';

export const importHandlers = {
  'imports.preview': (ws, input, ctx) => runImport(ws, input, ctx, 'preview'),
  'imports.run': (ws, input, ctx) => runImport(ws, input, ctx, 'run'),
  'imports.presets.list': (ws) => listMappingPresets(ws.db),
  'imports.presets.save': (ws, input) => saveMappingPreset(ws.db, input),
} satisfies Partial<Handlers>;
