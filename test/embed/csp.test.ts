import { expect } from '@open-wc/testing';
import { openPage, widgetText } from './embed-page.js';

// The page is served with: default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
for (const build of ['csp.html', 'csp-module.html']) {
  describe(`a strict CSP page with Trusted Types enforced (${build})`, () => {
    it('renders every widget with no violation and no error', async () => {
      const page = await openPage(`/test/embed/pages/${build}`, 3);
      expect(page.harness.violations).to.deep.equal([]);
      expect(page.harness.errors).to.deep.equal([]);
      expect(page.harness.loads).to.have.length(3);
      expect(widgetText(page, 'rus-quote-carousel')).to.contain('Bodil Hansson');
      expect(widgetText(page, 'rus-seminar-list')).to.contain('Smarta samhällen');
      expect(widgetText(page, 'rus-goal-badges')).to.contain('Nya jobb i Sundsvall');
      page.frame.remove();
    });
  });
}
