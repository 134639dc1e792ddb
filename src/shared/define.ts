/** The library version, written into every registered class to tell copies apart. */
export const VERSION = '0.1.0';

/**
 * Registers `tag` unless it is already defined. A page that loads the library twice
 * (classic and module build, or two versions) keeps the first and carries on: the
 * same version is skipped silently, a different one with a console warning.
 */
export function defineElement(tag: string, element: CustomElementConstructor, registry = customElements): void {
  const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    registry.define(tag, element);
    return;
  }
  if (existing.version !== VERSION) {
    console.warn(
      `rus-widgets: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${VERSION} was not registered.`,
    );
  }
}

/** Logs a message once per page, so N widgets on one broken file do not repeat it N times. */
const warned = new Set<string>();
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}
