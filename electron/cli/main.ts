import fs from 'node:fs';
import { commandHelp, parseArgs } from './args';
import { CliError, EXIT, UsageError, type CliIO } from './command';
import { commandRegistry } from './commands';

async function overview(): Promise<string> {
  const commands = await Promise.all(
    Object.values(commandRegistry).map(async (load) => (await load()).command),
  );
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'Usage: copro <command> [options] [arguments]',
    '',
    'Copro from a terminal: the same contract as the app, on a workspace file (.copro).',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run "copro <command> --help" for a command’s arguments and options.',
    'Exit codes: 0 success, 1 the work failed, 2 the command line is wrong.',
    '',
  ].join('\n');
}

function version(): string {
  const manifest: unknown = JSON.parse(
    fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  );
  const value =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest
      ? manifest.version
      : undefined;
  return typeof value === 'string' ? value : 'unknown';
}

/** Errors are one line on stderr: a message that spans lines is joined. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function processIO(): CliIO {
  // `copro channels --json | head`: the reader left, which is no error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
      return Buffer.concat(chunks).toString('utf8');
    },
    interactive: Boolean(process.stderr.isTTY),
    waitForStop: () =>
      new Promise((resolve) => {
        const stop = (signal: string): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(signal);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      }),
  };
}

/** Runs one `copro` command line and returns its exit code (never calls process.exit). */
export async function runCli(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const debug = argv.includes('--debug');
  const rest = argv.filter((a) => a !== '--debug');
  const [name, ...args] = rest;
  let label = 'copro';
  try {
    if (name === undefined) throw new UsageError('no command given');
    if (name === '--help' || name === '-h' || name === 'help') {
      io.stdout(await overview());
      return EXIT.ok;
    }
    if (name === '--version') {
      io.stdout(`copro ${version()}\n`);
      return EXIT.ok;
    }
    const load = Object.prototype.hasOwnProperty.call(commandRegistry, name)
      ? commandRegistry[name]
      : undefined;
    if (!load) {
      throw new UsageError(
        `unknown command "${name}"; the commands are ${Object.keys(commandRegistry).join(', ')}`,
      );
    }
    label = `copro ${name}`;
    const { command } = await load();
    const helpAsked = args.some((a) => a === '--help' || a === '-h') && !args.includes('--');
    if (helpAsked) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(parseArgs(command, args), io);
  } catch (error) {
    if (error instanceof UsageError) {
      const hint = label === 'copro' ? 'copro --help' : `${label} --help`;
      io.stderr(`${label}: ${oneLine(error.message)} (see ${hint})\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    // Loaded here, not at the top: the help and version paths stay free of zod.
    const { AppError } = await import('../../shared/errors');
    // AppError and CliError messages are written for people; anything else is a bug to report.
    const known = error instanceof AppError || error instanceof CliError;
    io.stderr(
      `copro: ${oneLine(message)}${known || debug ? '' : ' (run again with --debug for details)'}\n`,
    );
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.failed;
  }
}
