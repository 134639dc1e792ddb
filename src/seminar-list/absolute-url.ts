/** A link address made absolute against the page (calendar files, feeds and search engines want it so). */
export function absoluteUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
}
