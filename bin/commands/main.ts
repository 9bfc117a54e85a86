// `kubespec <command>`: run | report | grade | steps, each a module exporting `main(argv)`.
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ main(argv: string[]): Promise<number> }> }> = {
  run: { summary: 'run feature files against the embedded cluster', load: () => import('./run.ts') },
  report: { summary: 're-render reports (html, junit, gradescope, classroom, cucumber-json) from a saved run', load: () => import('./report.ts') },
  grade: { summary: 'grade a folder of student submissions against instructor features', load: () => import('./grade.ts') },
  steps: { summary: 'print the step reference generated from the step definitions', load: () => import('./steps.ts') },
};

const USAGE = `Usage: kubespec <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)}${c.summary}`).join('\n')}

Run "kubespec <command> --help" for a command's options.
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`kubespec: unknown command "${name}"\n\n${USAGE}`);
    return 1;
  }
  return (await command.load()).main(rest);
}
