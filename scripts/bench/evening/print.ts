/** Prints the evening's tables, as a console table and as Markdown for the README; returns what failed. */
import { checkRows, loadRows, machine, type EveningResult } from './report';
import { markdownTable, problems } from './summary';

export function printEvening(result: EveningResult): string[] {
  const loads = loadRows(result);
  const checks = checkRows(result);
  const saves = result.recorder.tally('saves', 'storm');
  const unanswered = saves.failures + [...saves.statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
  const found = problems(result.saves, result.mail, unanswered);
  const { publicRate, visitors, fakeRate } = result.rates;
  const heading = [
    `The evening of 30 July, ${result.clock.from}–${result.clock.to} in Brussels on the servers' clock (10× faster), ${result.seconds.storm} s of storm.`,
    `Machine: ${machine(result.loadAtStart)}.`,
    `Public: ${publicRate} req/s from ${visitors} addresses through nginx (/, /fr, map data, building pages); made-up cookies: ${fakeRate} req/s from one address.`,
  ];
  console.log(`\n${heading.join('\n')}`);
  console.table(loads);
  console.table(checks);
  console.log('\nMarkdown:\n');
  console.log(markdownTable(loads));
  console.log('');
  console.log(markdownTable(checks));
  console.log(found.length === 0 ? '\nEvery acknowledged save stored; every mail delivered exactly once.' : `\nFAILED:\n- ${found.join('\n- ')}`);
  return found;
}
