/** What every `copro` command module exports, and what it gets to work with. */

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  /** Whether stderr is a terminal (progress lines are shown only there). */
  interactive: boolean;
  /** Resolves when the user asks a long-running command to stop (SIGINT, SIGTERM). */
  waitForStop(): Promise<string>;
}

export interface OptionSpec {
  type: 'boolean' | 'string';
  description: string;
  /** Shown in help for string options: `--port <N>`. */
  valueName?: string;
}

export interface PositionalSpec {
  name: string;
  description: string;
  optional?: boolean;
  /** The last positional may take every remaining argument (`<input...>`). */
  variadic?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  flags: ReadonlySet<string>;
  values: ReadonlyMap<string, string>;
}

export interface Command {
  name: string;
  summary: string;
  /** Longer explanation printed by `copro <command> --help`. */
  details?: string;
  positionals: readonly PositionalSpec[];
  options: Readonly<Record<string, OptionSpec>>;
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

/** The command line is wrong: exit code 2, with a pointer to `--help`. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Something went wrong doing the work (exit code 1); the message says what and where. */
export class CliError extends Error {
  override name = 'CliError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
