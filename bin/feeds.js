/**
 * `rus-widgets feeds FILE_OR_URL --out DIR --base-url URL [--document-url URL] [--updated ISO]`
 *
 * Writes the subscribable feeds of a data document (see docs/data-format.md, "Feeds"). The
 * document is first checked by `validate` itself (passed in as `check`), so a document with
 * problems is refused with the very same messages and nothing is written.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import process from 'node:process';

export const FEEDS_USAGE = `Usage: rus-widgets feeds FILE_OR_URL --out DIR --base-url URL [--document-url URL] [--updated ISO]

Writes seminarier.ics (and one calendar per series), seminarier.xml and uttalanden.xml.
  --out DIR           the folder to write to (the last run's files there keep unchanged
                      entries' SEQUENCE and DTSTAMP/updated)
  --base-url URL      the http(s) address of that folder once published
  --document-url URL  the data document's own address (default: the source when it is an
                      address, else its file name under --base-url); part of every UID
  --updated ISO       the moment for new or changed entries (default: SOURCE_DATE_EPOCH,
                      else now)`;

const OPTIONS = ['out', 'base-url', 'document-url', 'updated'];

function usageError(message) {
  console.error(`${message}\n\n${FEEDS_USAGE}`);
  return 2;
}

function httpUrl(value) {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** @param {string[]} args  @param {(source: string) => Promise<number>} check */
export async function feeds(args, check) {
  const options = {};
  let source;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const name = arg.startsWith('--') ? arg.slice(2).split('=')[0] : undefined;
    if (name === undefined) {
      if (source !== undefined) return usageError(`Give one file or URL, not "${source}" and "${arg}".`);
      source = arg;
    } else if (!OPTIONS.includes(name)) return usageError(`Unknown option ${arg}.`);
    else options[name] = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
  }
  if (source === undefined) return usageError('Give the data file or URL.');
  if (!options.out) return usageError('Give the folder to write to: --out DIR.');
  const base = httpUrl(options['base-url'] ?? '');
  if (!base) return usageError('Give the http(s) address the feeds will have: --base-url https://…/');
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const remote = httpUrl(source);
  const documentUrl = options['document-url'] ?? (remote ? remote.href : new URL(basename(source), base).href);
  if (!httpUrl(documentUrl)) return usageError('--document-url must be an http(s) address.');
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const updated = options.updated ? Date.parse(options.updated) : epoch ? Number(epoch) * 1000 : Date.now();
  if (!Number.isFinite(updated)) return usageError(`--updated must be an ISO date-time, not "${options.updated}".`);

  // The same check, rule and messages as `rus-widgets validate`.
  const code = await check(source);
  if (code !== 0) {
    console.log('✗ No feeds written: fix the problems above first.');
    return code;
  }

  const { buildFeeds, validateDocument } = await import(new URL('../dist/feeds.js', import.meta.url).href);
  const text = remote ? await (await fetch(remote)).text() : await readFile(source, 'utf8');
  const result = validateDocument(JSON.parse(text.replace(/^\uFEFF/, '')));
  const document = result.document;
  const lang = /^en\b/i.test(document.lang ?? '') ? 'en' : 'sv';
  const files = buildFeeds(document, { baseUrl: base.href, documentUrl, updated, lang, previous: {} });
  const previous = {};
  for (const [file] of files) previous[file] = await readFile(join(options.out, file), 'utf8').catch(() => undefined);
  await mkdir(options.out, { recursive: true });
  for (const [file, content] of buildFeeds(document, { baseUrl: base.href, documentUrl, updated, lang, previous })) {
    await writeFile(join(options.out, file), content);
    console.log(`  wrote  ${join(options.out, file)}  ${new URL(file, base).href}`);
  }
  console.log(
    `✓ Feeds written. Name them in the document: "feeds": { "calendar": "${new URL('seminarier.ics', base).href}", "atom": "${new URL('seminarier.xml', base).href}" }`,
  );
  return 0;
}
