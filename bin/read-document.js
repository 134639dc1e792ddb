// Reading a data document for the CLI's commands: from a file or an http(s) address, with
// failures as \`Unreadable\` in words a data owner can act on.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export class Unreadable extends Error {}

/** A module of the Node build (dist/validate.js, dist/snapshot.js); without a build, says how to make one. */
export async function loadBuilt(name) {
  const file = new URL(`../dist/${name}`, import.meta.url);
  try {
    await readFile(file);
  } catch {
    console.error(
      `The command's code is not built yet (${fileURLToPath(file)} is missing).\nRun \`npm run build\` in the rus-widgets package first.`,
    );
    return undefined;
  }
  return import(file.href);
}

/** The origin the CLI asks as, standing in for any partner site that embeds the widgets. */
const PARTNER_ORIGIN = 'https://partner.example';

/**
 * What the data's server must change so the widgets can read it from other sites: the CORS
 * header (a browser on another origin gets no data without it) and a JSON content type.
 */
export function hostingProblems(headers) {
  const problems = [];
  const allowed = headers.get('access-control-allow-origin');
  if (allowed !== '*' && allowed !== PARTNER_ORIGIN) {
    problems.push(
      allowed
        ? `The server allows only ${allowed} to read the data (Access-Control-Allow-Origin), so widgets on other sites get nothing. Ask its owner to send "Access-Control-Allow-Origin: *".`
        : 'The server sends no Access-Control-Allow-Origin header, so widgets on other sites cannot read the data (their visitors see an error). Ask its owner to send "Access-Control-Allow-Origin: *".',
    );
  }
  const type = headers.get('content-type') ?? '';
  if (!/json/i.test(type)) {
    problems.push(
      `The server says the data is "${type || 'of no type'}". Ask its owner to send it as "Content-Type: application/json".`,
    );
  }
  return problems;
}

/** The text of a file or URL, and for a URL what its server must fix (see `hostingProblems`). */
export async function readDocument(source) {
  if (!/^https?:\/\//i.test(source)) return { text: await read(source), hosting: [] };
  const response = await fetchSource(source);
  return { text: await responseText(source, response), hosting: hostingProblems(response.headers) };
}

async function fetchSource(source) {
  try {
    // An Origin, as a partner site's browser sends one, so the server shows its CORS answer.
    return await fetch(source, {
      redirect: 'follow',
      headers: { origin: PARTNER_ORIGIN },
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new Unreadable(`Could not fetch ${source}: ${error.cause?.message ?? error.message}`);
  }
}

async function responseText(source, response) {
  if (!response.ok) throw new Unreadable(`${source} answered HTTP ${response.status} ${response.statusText}`.trim());
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type) || /^\s*</.test(text)) {
    throw new Unreadable(
      `${source} returned a web page (${type || 'HTML'}), not JSON — a login page or a wrong address?`,
    );
  }
  return text;
}

export async function read(source) {
  if (/^https?:\/\//i.test(source)) return responseText(source, await fetchSource(source));
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    throw new Unreadable(`Could not read ${source}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
}

export function parseJson(text, source) {
  try {
    // A byte-order mark is harmless to the browser's response.json(); accept it here too.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Unreadable(`${source} is not valid JSON: ${error.message}`);
  }
}
