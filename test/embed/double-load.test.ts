import { expect, waitUntil } from '@open-wc/testing';
import { openPage, widgetText } from './embed-page.js';

describe('the built library on a host page', () => {
  it('loads the module build on a plain page without errors', async () => {
    const page = await openPage('/test/embed/pages/widgets.html', 3);
    expect(page.harness.errors).to.deep.equal([]);
    expect(page.harness.failures).to.deep.equal([]);
    expect(page.harness.loads).to.have.members(['rus-quote-carousel', 'rus-seminar-list', 'rus-goal-badges']);
    page.frame.remove();
  });

  it('survives being loaded three times (classic twice, module once) and upgrades later elements', async () => {
    const page = await openPage('/test/embed/pages/double.html', 3);
    expect(page.harness.errors).to.deep.equal([]);
    expect(page.harness.loads).to.have.length(3);
    const late = page.document.createElement('rus-goal-badges');
    late.setAttribute('src', '/data/rus2030.json');
    page.document.body.append(late);
    await waitUntil(() => page.harness.loads.length === 4, 'an element added after load did not render');
    expect(widgetText(page, 'rus-goal-badges')).not.to.equal('');
    expect(page.harness.errors).to.deep.equal([]);
    page.frame.remove();
  });
});
