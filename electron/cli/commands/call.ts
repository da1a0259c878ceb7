import { isChannelName } from '../../../shared/contract';
import { createDispatcher } from '../../core/dispatcher';
import { CliError, EXIT, UsageError, type CliIO, type Command } from '../command';
import { withWorkspace } from '../workspace';

/** "line 2, column 7": where JSON.parse stopped, from the offset V8 reports. */
function positionIn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

export function parseJsonInput(text: string, source: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const offset = /at position (\d+)/.exec(message)?.[1];
    const where =
      offset !== undefined ? positionIn(text, Number(offset)) : positionIn(text, text.length);
    const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON.*$/, '');
    throw new CliError(`the input (${source}) is not valid JSON at ${where}: ${reason}.`);
  }
}

async function readInput(argument: string | undefined, io: CliIO): Promise<unknown> {
  if (argument === undefined) return {};
  if (argument === '-') return parseJsonInput(await io.readStdin(), 'standard input');
  return parseJsonInput(argument, 'argument');
}

export const command: Command = {
  name: 'call',
  summary: 'Call one channel on a workspace and print the result.',
  details: [
    'The input is validated like the app’s: a wrong field is named. The result is printed as',
    'JSON; an error goes to stderr with exit code 1. `copro channels --json` shows every input.',
    'Example: copro call Slate.copro projects.create \'{"title": "Les Nuits de Marseille"}\'',
  ].join('\n'),
  positionals: [
    { name: 'file', description: 'the workspace file' },
    { name: 'channel', description: 'a channel such as projects.list (see copro channels)' },
    {
      name: 'input',
      description: 'the input as JSON, or - to read it from standard input (default {})',
      optional: true,
    },
  ],
  options: {},
  async run(args, io) {
    const [file = '', channel = '', argument] = args.positionals;
    if (!isChannelName(channel)) {
      throw new UsageError(`unknown channel "${channel}"; copro channels lists them`);
    }
    const input = await readInput(argument, io);
    const result = await withWorkspace(file, {}, (ws) =>
      createDispatcher(ws)(channel, input, {
        onProgress: (event) => {
          if (io.interactive)
            io.stderr(`\r${event.message ?? event.operation} ${event.done}/${event.total}`);
        },
      }),
    );
    if (io.interactive) io.stderr('\r\x1b[K');
    if (!result.ok) throw new CliError(`${result.error.message} [${result.error.code}]`);
    io.stdout(`${JSON.stringify(result.value, null, 2)}\n`);
    return EXIT.ok;
  },
};
