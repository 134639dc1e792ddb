// `rus-widgets snippet`: the embed tag with the current content inside it, as plain HTML for
// visitors without JavaScript and as a JSON snapshot the widget shows at once (dist/snapshot.js).
import { writeFile } from 'node:fs/promises';
import { Unreadable, loadBuilt, parseJson, read } from './read-document.js';

export const SNIPPET_USAGE = `Usage: rus-widgets snippet --widget NAME --src URL [--file PATH] [--as-of DATE] [--out FILE] [--ATTRIBUTE VALUE …]

Writes the embed tag of one widget with its current content inside: plain HTML that reads
well without JavaScript, and the data as a snapshot the widget shows at once before it
fetches --src again.
  --widget NAME    quote-carousel, seminar-list or goal-badges
  --src URL        the data address written into the tag (read from here unless --file)
  --file PATH      read the document from this file instead
  --as-of DATE     show the content as of this date (default: today); not written into the tag
  --out FILE       write the snippet to FILE instead of printing it
  --ATTRIBUTE V    any other attribute of the widget, written into the tag: --limit 3,
                   --lang en, --heading "Våra mål", --show past; a name alone is a flag
Exit status: 0 written, 1 the data could not be read or is unusable, 2 usage error.`;

const OWN_OPTIONS = new Set(['widget', 'file', 'as-of', 'out']);

/** `--name value` pairs; a name followed by another option (or nothing) is a flag. */
function parseOptions(args) {
  const options = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) return { error: `Unexpected "${arg}": options are --name value.` };
    const [name, inline] = arg.slice(2).split(/=(.*)/s);
    if (!/^[a-z][a-z0-9-]*$/.test(name)) return { error: `"${arg}" is not an attribute name.` };
    if (inline !== undefined) options[name] = inline;
    else if (i + 1 < args.length && !args[i + 1].startsWith('--')) options[name] = args[++i];
    else options[name] = true;
  }
  return { options };
}

export async function runSnippet(args) {
  const { options, error } = parseOptions(args);
  if (error) return usageError(error);
  const writer = await loadBuilt('snapshot.js');
  const validator = await loadBuilt('validate.js');
  if (!writer || !validator) return 1;
  const widget = options.widget;
  if (!Object.hasOwn(writer.SNIPPET_WIDGETS, widget)) {
    return usageError(`--widget must be one of ${Object.keys(writer.SNIPPET_WIDGETS).join(', ')}.`);
  }
  if (typeof options.src !== 'string') return usageError('Give --src, the data address the widget loads.');
  const source = typeof options.file === 'string' ? options.file : options.src;
  const asOf = options['as-of'] ?? options.now;
  const now = asOf === undefined ? Date.now() : Date.parse(asOf);
  if (Number.isNaN(now)) return usageError(`--as-of "${asOf}" is not a date (e.g. 2026-05-20).`);

  let raw;
  try {
    raw = parseJson(await read(source), source);
  } catch (failure) {
    if (!(failure instanceof Unreadable)) throw failure;
    console.error(`✗ ${failure.message}`);
    return 1;
  }
  const result = validator.validateDocument(raw);
  // Dropped items and unsafe links are left out, exactly as the widgets leave them out.
  for (const problem of result.problems)
    console.error(`  ${problem.effect.padEnd(8)}  ${problem.path}  ${problem.message}`);
  if (!result.ok) {
    console.error(
      `✗ The document is unusable (${result.kind}): no snippet written. Check it with \`rus-widgets validate ${source}\`.`,
    );
    return 1;
  }
  const attributes = Object.fromEntries(Object.entries(options).filter(([name]) => !OWN_OPTIONS.has(name)));
  const snippet = writer.snippetHtml({ widget, document: result.document, attributes, now });
  if (typeof options.out === 'string') {
    await writeFile(options.out, `${snippet}\n`);
    console.error(`✓ Written to ${options.out}`);
  } else {
    console.log(snippet);
  }
  return 0;
}

function usageError(message) {
  console.error(`${message}\n\n${SNIPPET_USAGE}`);
  return 2;
}
