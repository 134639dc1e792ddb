/** The snippet writer: the embed tag with HTML content and a JSON snapshot (CLI and embed builder). */
export { fallbackHtml, snippetHtml, SNIPPET_WIDGETS, type SnippetInput, type SnippetWidget } from './snippet.js';
export { escapeHtml, scriptJson } from './html.js';
