import { commitmentsCommand } from './commitmentsCommand';
import type { CliOptions } from './corpus';
import { exportCommand } from './exportCommand';
import { importCommand } from './importCommand';

export { toSarif, type LintRow } from './sarif';
export { isAnalysisWorker, runAnalysisWorker } from './workers';

/** Usage lines of the subcommands this folder implements. */
export const SUBCOMMAND_USAGE = `  policy-lens export --format brat|jsonl|webanno PATHS… [--out DIR] [--workers N] [--registry FILE]
  policy-lens import --format brat FILE.ann [--text FILE.txt] [--corrections] [--registry FILE]
  policy-lens commitments PATHS… [--format table|csv|json] [--registry FILE]
`;

/** Flags of the subcommands that take a value. */
export const SUBCOMMAND_VALUE_FLAGS: readonly string[] = ['--out', '--text', '--workers'];

const COMMANDS: Record<string, (options: CliOptions) => void | Promise<void>> = {
  export: exportCommand,
  import: importCommand,
  commitments: commitmentsCommand,
};

/**
 * Runs `command` when this folder implements it; its `CliError`s reach `cli.ts`, which reports them.
 * @returns false for commands it does not know, so `cli.ts` can go on dispatching
 */
export async function runSubcommand(command: string, options: CliOptions): Promise<boolean> {
  const run = COMMANDS[command];
  if (!run) return false;
  await run(options);
  return true;
}
