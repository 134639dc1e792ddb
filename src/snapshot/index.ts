/** The snippet writer: the embed tag with HTML content and a JSON snapshot (CLI and embed builder). */
export { fallbackHtml, snippetHtml, SNIPPET_WIDGETS, type SnippetInput, type SnippetWidget } from './snippet.js';
export { escapeHtml } from './html.js';
export { jsonForScript } from '../shared/json-script.js';
