/**
 * Why data could not be shown. `kind` is part of the public `rus-error` event:
 * - `network`: the request failed (offline, DNS, CORS);
 * - `timeout`: no answer in time;
 * - `http`: the server answered with an error status (`status`);
 * - `not-json`: the answer, or the inline script, is not JSON (e.g. an HTML login page);
 * - `invalid`: JSON, but not a data document;
 * - `version`: a document of a major version this library cannot read;
 * - `no-source`: the widget has no `src`, no inline data and no `<rus-data>` around it.
 */
export type DataErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid' | 'version' | 'no-source';

export interface DataErrorDetail {
  kind: DataErrorKind;
  message: string;
  status?: number;
  url?: string;
}

export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly status?: number;
  readonly url?: string;

  constructor(detail: DataErrorDetail) {
    super(detail.message);
    this.name = 'DataError';
    this.kind = detail.kind;
    this.status = detail.status;
    this.url = detail.url;
  }

  get detail(): DataErrorDetail {
    return { kind: this.kind, message: this.message, status: this.status, url: this.url };
  }

  /** Whether trying again may help (the server or network may recover; the data will not). */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && this.status !== 404);
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
