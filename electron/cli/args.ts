import { UsageError, type Command, type ParsedArgs } from './command';

/**
 * A small parser for `copro <command> [options] [arguments]`: `--name`, `--name value`,
 * `--name=value`, `--` to end options, and `-` as an argument (standard input).
 */
export function parseArgs(command: Command, argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i] ?? '';
    if (optionsEnded || token === '-' || !token.startsWith('-')) {
      positionals.push(token);
      continue;
    }
    if (token === '--') {
      optionsEnded = true;
      continue;
    }
    if (!token.startsWith('--')) throw new UsageError(`unknown option ${token}`);
    const eq = token.indexOf('=');
    const name = token.slice(2, eq === -1 ? undefined : eq);
    const inline = eq === -1 ? undefined : token.slice(eq + 1);
    const spec = Object.prototype.hasOwnProperty.call(command.options, name)
      ? command.options[name]
      : undefined;
    if (!spec) throw new UsageError(`unknown option --${name}`);
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    if (inline === undefined) i += 1;
    values.set(name, value);
  }
  const required = command.positionals.filter((p) => !p.optional).length;
  const missing = command.positionals[positionals.length];
  if (positionals.length < required && missing) {
    throw new UsageError(`missing <${missing.name}>`);
  }
  const variadic = command.positionals[command.positionals.length - 1]?.variadic === true;
  const extra = variadic ? undefined : positionals[command.positionals.length];
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  return { positionals, flags, values };
}

/** `copro <command> --help`. */
export function commandHelp(command: Command): string {
  const args = command.positionals
    .map((p) => {
      const name = p.variadic ? `${p.name}...` : p.name;
      return p.optional ? `[${name}]` : `<${name}>`;
    })
    .join(' ');
  const options = Object.entries(command.options).map(([name, spec]) => ({
    label: `--${name}${spec.valueName ? ` <${spec.valueName}>` : ''}`,
    description: spec.description,
  }));
  options.push({ label: '--debug', description: 'show the stack trace of an unexpected error' });
  options.push({ label: '--help', description: 'show this help' });
  const rows = [
    ...command.positionals.map((p) => ({ label: p.name, description: p.description })),
    ...options,
  ];
  const width = Math.max(...rows.map((r) => r.label.length)) + 2;
  const line = (r: { label: string; description: string }): string =>
    `  ${r.label.padEnd(width)}${r.description}`;
  const sections = [
    `Usage: copro ${command.name}${Object.keys(command.options).length > 0 ? ' [options]' : ''}${args ? ` ${args}` : ''}`,
    '',
    command.summary,
  ];
  if (command.details) sections.push('', command.details);
  if (command.positionals.length > 0) {
    sections.push(
      '',
      'Arguments:',
      ...command.positionals.map((p) => line({ label: p.name, description: p.description })),
    );
  }
  sections.push('', 'Options:', ...options.map(line));
  return `${sections.join('\n')}\n`;
}
