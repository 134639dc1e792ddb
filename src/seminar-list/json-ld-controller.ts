import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonForScript } from '../shared/json-script.js';
import { warnOnce } from '../shared/define.js';
import { jsonScriptText } from './json-ld.js';

/**
 * Keeps one light-DOM `<script type="application/ld+json">` in step with what the host
 * shows (search engines read the light DOM, not the shadow root): written after each update
 * when the JSON changed, removed when there is nothing to describe or the host leaves the page.
 * The host adds it with `addController`.
 */
export class JsonLdController implements ReactiveController {
  #script?: HTMLScriptElement;
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** The structured data to publish now, or nothing. */
  readonly #data: () => object | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, data: () => object | undefined) {
    this.#host = host;
    this.#data = data;
  }

  hostUpdated(): void {
    const data = this.#data();
    const json = data ? jsonForScript(data) : '';
    if (this.#script?.textContent === json && this.#script.parentNode === this.#host) return;
    this.hostDisconnected();
    if (!json) return;
    try {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = jsonScriptText(json);
      this.#host.append(script);
      this.#script = script;
    } catch (error) {
      warnOnce(`rus-widgets: <${this.#host.localName}> no structured data: ${String(error)}`);
    }
  }

  hostDisconnected(): void {
    this.#script?.remove();
    this.#script = undefined;
  }
}
