// `kubespec report --from DIR [--format html,junit,...] [--out DIR]`: re-renders the reports of
// a saved run from its messages.ndjson and journal.ndjson, without running anything again.
// Exit codes: 0 written, 2 usage error, 1 the run could not be read.
// Leaves out watching a directory for new runs.
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { FORMATS, parseFormats, writeReports } from '../../reports/write-reports.ts';

export const REPORT_HELP = `Usage: kubespec report --from DIR [options]

Re-render reports from a saved run (DIR holds messages.ndjson and journal.ndjson).

Options:
  --from DIR             the saved run directory (required)
  --format LIST          comma-separated: ${FORMATS.join(',')} (default: html,junit)
  --out DIR              where to write (default: the --from directory)
  --deterministic        omit wall-clock durations and timestamps (byte-identical output)
  --default-points N     points for scenarios without @points=N (default: 1)
  --seed N               the run's seed, for scenarios without @seed=N
  --title TEXT           title of the HTML report
  --student              hide the details of @hidden scenarios (student-facing reports)
  -h, --help             show this help
`;

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' },
        deterministic: { type: 'boolean' }, 'default-points': { type: 'string' }, seed: { type: 'string' },
        title: { type: 'string' }, student: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`kubespec report: ${(error as Error).message}\n\n${REPORT_HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(REPORT_HELP);
    return 0;
  }
  if (!values.from) {
    process.stderr.write(`kubespec report: --from DIR is required\n\n${REPORT_HELP}`);
    return 2;
  }
  try {
    const written = writeReports(values.from, {
      formats: parseFormats(values.format ?? 'html,junit'),
      outDir: values.out ?? values.from,
      deterministic: values.deterministic ?? false,
      concealHidden: values.student ?? false,
      ...(values['default-points'] !== undefined ? { defaultPoints: Number(values['default-points']) } : {}),
      ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(process.env['GITHUB_STEP_SUMMARY'] ? { stepSummaryFile: process.env['GITHUB_STEP_SUMMARY'] } : {}),
    });
    for (const path of written) process.stdout.write(`wrote ${relative(process.cwd(), path) || path}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`kubespec report: ${(error as Error).message}\n`);
    return (error as Error).message.startsWith('unknown format') ? 2 : 1;
  }
}
