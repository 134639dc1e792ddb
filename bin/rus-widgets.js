#!/usr/bin/env node
/**
 * rus-widgets — tools for the people who keep the data document.
 *
 *   npx rus-widgets validate FILE_OR_URL [--list quotes|seminars|goals]
 *   npx rus-widgets snippet --widget seminar-list --src URL [options]  (see bin/snippet.js)
 *   npx rus-widgets feeds FILE_OR_URL --out DIR --base-url URL   (bin/feeds.js)
 *
 * Runs the very validator the widgets run (dist/validate.js, built from
 * src/data/validate/), prints every problem with its JSON path and a summary, and exits
 * 0 when the document is clean, 1 when anything is wrong (an item or a link dropped, the
 * document unusable, the file or URL unreadable), 2 when the command itself is wrong.
 */
import process from 'node:process';
import { Unreadable, loadBuilt, parseJson, readDocument } from './read-document.js';
import { SNIPPET_USAGE, runSnippet } from './snippet.js';

const LISTS = ['quotes', 'seminars', 'goals'];
const USAGE = `Usage: rus-widgets validate FILE_OR_URL [--list quotes|seminars|goals]

Checks a rus-widgets data document with the same validator the widgets use.
  FILE_OR_URL   a JSON file, or an http(s) address of one
  --list NAME   check only that list, as the widget showing it does (and read a
                document whose root is an array as that list)
Exit status: 0 no problems, 1 problems found or the data could not be read, 2 usage error.

       rus-widgets feeds FILE_OR_URL --out DIR --base-url URL   (see rus-widgets feeds --help)

${SNIPPET_USAGE}`;

async function main(argv) {
  const args = argv.slice(2);
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const [command, ...rest] = args;
  if (command === 'snippet') return runSnippet(rest);
  if (command === 'feeds') {
    const { feeds } = await import('./feeds.js');
    return feeds(rest, (source) => main(['', '', 'validate', source]));
  }
  if (command !== 'validate') return usageError(`Unknown command "${command}".`);

  let source;
  let list;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--list' || arg.startsWith('--list=')) {
      list = arg === '--list' ? rest[++i] : arg.slice('--list='.length);
      if (!LISTS.includes(list)) return usageError(`--list must be one of ${LISTS.join(', ')}.`);
    } else if (arg.startsWith('--')) {
      return usageError(`Unknown option ${arg}.`);
    } else if (source === undefined) {
      source = arg;
    } else {
      return usageError(`Give one file or URL, not "${source}" and "${arg}".`);
    }
  }
  if (source === undefined) return usageError('Give the file or URL to check.');

  const validator = await loadBuilt('validate.js');
  if (!validator) return 1;

  console.log(`Checking ${source}${list ? ` (list "${list}")` : ''}`);
  let raw;
  let hosting;
  try {
    const fetched = await readDocument(source);
    hosting = fetched.hosting;
    raw = parseJson(fetched.text, source);
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    console.log(`  unreadable  ${error.message}`);
    console.log('✗ The data could not be read: every widget would show its error state.');
    return 1;
  }

  const result = list
    ? validator.validateWith({ [list]: validator.allReaders[list] }, raw, { rootList: list })
    : validator.validateDocument(raw);
  printProblems(result.problems);
  if (!result.ok) {
    console.log(`✗ The document is unusable (${result.kind}): every widget would show its error state.`);
    return 1;
  }
  console.log(summary(result, list ? [list] : LISTS));
  // A clean document the widgets cannot fetch from other sites is no success.
  for (const problem of hosting) console.log(`  hosting   ${problem}`);
  if (hosting.length) {
    console.log(`✗ The data is fine, but its server must change: widgets on other sites would show an error.`);
    return 1;
  }
  const counts = { item: 0, field: 0 };
  for (const problem of result.problems) counts[problem.effect] = (counts[problem.effect] ?? 0) + 1;
  if (result.problems.length === 0) {
    console.log('✓ No problems.');
    return 0;
  }
  const parts = [];
  if (counts.item) parts.push(`${counts.item} ${counts.item === 1 ? 'item' : 'items'} dropped`);
  if (counts.field) parts.push(`${counts.field} ${counts.field === 1 ? 'link or image' : 'links or images'} left out`);
  const total = result.problems.length;
  console.log(`✗ ${total} ${total === 1 ? 'problem' : 'problems'}: ${parts.join(', ')}. The widgets show the rest.`);
  return 1;
}

function usageError(message) {
  console.error(`${message}\n\n${USAGE}`);
  return 2;
}

const LABELS = { item: 'dropped', field: 'left out', document: 'unusable' };

function printProblems(problems) {
  const width = Math.min(40, Math.max(0, ...problems.map((p) => p.path.length)));
  for (const problem of problems) {
    console.log(`  ${LABELS[problem.effect].padEnd(8)}  ${problem.path.padEnd(width)}  ${problem.message}`);
  }
}

/** "quotes: 13 kept, 1 dropped · seminars: 3 kept · goals: 3 kept" */
function summary(result, lists) {
  return lists
    .map((name) => {
      const dropped = result.problems.filter(
        (p) => p.effect === 'item' && (p.path === `$.${name}` || p.path.startsWith(`$.${name}[`)),
      ).length;
      const kept = result.document[name].length;
      return `${name}: ${kept} kept${dropped ? `, ${dropped} dropped` : ''}`;
    })
    .join(' · ');
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`rus-widgets: unexpected failure: ${error?.stack ?? error}`);
    process.exitCode = 1;
  },
);
