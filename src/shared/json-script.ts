/**
 * JSON for the text of a `<script>` (JSON-LD, an inline snapshot): `<`, `>`, `&` and the two
 * line separators as `\u003c`-style escapes. JSON.parse reads them back as the same
 * characters, and no data text can close the script — not even in a serialised copy of the
 * page (a CMS cache, a prerender, "save page"), where the live DOM's safety no longer holds.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
