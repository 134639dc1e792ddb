/**
 * Whether a link or image address from the data may be used: `http:`, `https:` or
 * relative. Anything else (`javascript:`, `data:`, `vbscript:` …) is refused.
 *
 * The WHATWG URL parser does the work, so the tricks it normalises (leading control
 * characters, tabs inside the scheme, mixed case) are judged exactly as the browser
 * would judge them when the link is followed.
 */
export function isSafeUrl(value: string): boolean {
  if (value.trim() === '') return false;
  // Against an https and an http page: "https:" alone (no host) is relative on the one and
  // broken on the other, so only addresses that work on any page pass.
  return ['https://relative.invalid/', 'http://relative.invalid/'].every((base) => {
    try {
      const { protocol } = new URL(value, base);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  });
}
