import { z } from 'zod';
import { channels } from '../../../shared/contract';
import { EXIT, type Command } from '../command';

/**
 * A schema's JSON Schema; what JSON Schema cannot say (a transform, a custom check) is left
 * open rather than failing the whole listing.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  try {
    return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  } catch (error) {
    return { description: `not representable as JSON Schema: ${(error as Error).message}` };
  }
}

export const command: Command = {
  name: 'channels',
  summary: 'List the channels of the contract.',
  details: 'Each channel is `domain.verb`; `copro call` invokes one with a JSON input.',
  positionals: [],
  options: {
    json: {
      type: 'boolean',
      description: 'print every channel with its input and output JSON Schemas, as JSON',
    },
  },
  async run(args, io) {
    const entries = Object.entries(channels).sort(([a], [b]) => a.localeCompare(b));
    if (args.flags.has('json')) {
      const listing = entries.map(([name, spec]) => ({
        name,
        description: spec.description,
        input: jsonSchema(spec.input, 'input'),
        output: jsonSchema(spec.output, 'output'),
      }));
      io.stdout(`${JSON.stringify(listing, null, 2)}\n`);
      return EXIT.ok;
    }
    const width = Math.max(...entries.map(([name]) => name.length)) + 2;
    io.stdout(entries.map(([name, spec]) => `${name.padEnd(width)}${spec.description}\n`).join(''));
    return EXIT.ok;
  },
};
