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

export async function read(source) {
  if (/^https?:\/\//i.test(source)) {
    let response;
    try {
      response = await fetch(source, { redirect: 'follow', signal: AbortSignal.timeout(15_000) });
    } catch (error) {
      throw new Unreadable(`Could not fetch ${source}: ${error.cause?.message ?? error.message}`);
    }
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
