/** Why a data file could not be fetched, in words a data owner can act on. */
export type FetchFailure = { kind: 'unreachable' } | { kind: 'status'; status: number } | { kind: 'html' };

export type FetchResult = { ok: true; text: string } | ({ ok: false } & FetchFailure);

/** Fetches a data file's text. Syntax is checked by the caller, which can show where it breaks. */
export async function fetchText(url: string): Promise<FetchResult> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    // A browser cannot tell a dead server from a missing CORS header: both reject the same way.
    return { ok: false, kind: 'unreachable' };
  }
  if (!response.ok) return { ok: false, kind: 'status', status: response.status };
  const text = await response.text();
  // A login page, an error page of the CMS, or a wrong address that lands on the home page.
  if ((response.headers.get('content-type') ?? '').includes('text/html') || /^\s*</.test(text)) {
    return { ok: false, kind: 'html' };
  }
  return { ok: true, text };
}
