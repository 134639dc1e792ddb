// Loaded before every browser test file (web-test-runner.config.js, testRunnerHtml).
//
// A failed assertion carries its `actual` and `expected` values to the runner, which copies
// them to Node. When one is a DOM node inside a rendered widget, that copy walks the node's
// whole object graph and never ends: the run hangs until its two-minute timeout instead of
// naming the failure. So a failure's DOM values are replaced by a short description of the
// node (tag, id, part, class, first text) before the error leaves the test; the message chai
// wrote, with its markup, stays as it was.
import { chai } from '@open-wc/testing';

/** `<button part="next-button">` "Nästa uttalande" — enough to tell two nodes apart. */
function describeNode(node: Node): string {
  if (!(node instanceof Element)) return `${node.nodeName} "${(node.textContent ?? '').slice(0, 40)}"`;
  const attributes = ['id', 'part', 'class', 'name', 'href']
    .filter((name) => node.hasAttribute(name))
    .map((name) => ` ${name}="${node.getAttribute(name)}"`)
    .join('');
  const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `<${node.localName}${attributes}>${text ? ` "${text}"` : ''}`;
}

const readable = (value: unknown): unknown => (value instanceof Node ? describeNode(value) : value);

chai.use(({ Assertion }) => {
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      const failure = error as { actual?: unknown; expected?: unknown };
      failure.actual = readable(failure.actual);
      failure.expected = readable(failure.expected);
      throw error;
    }
  };
});
