import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { openEditor, type EditorPage } from './editor-page.js';

/** Where saving and the live preview are while a data owner works through twenty forms. */
describe('data editor: saving and the preview within reach', () => {
  let page: EditorPage;
  const box = (selector: string) => page.$(selector).getBoundingClientRect();

  before(async () => {
    for (const href of ['/demo/demo.css', '/demo/editor.css']) {
      const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      const loaded = new Promise((resolve) => sheet.addEventListener('load', resolve));
      document.head.append(sheet);
      await loaded;
    }
    page = await openEditor();
    document.body.className = 'editor-page';
    page.$('#open-sample').click();
    await waitUntil(() => page.legends('goals').length === 3, 'the sample did not open');
  });
  after(() => setViewport({ width: 800, height: 600 }));

  it('on a wide screen, beside the forms and still in view deep down the list', async () => {
    await setViewport({ width: 1280, height: 800 });
    expect(box('.save').left, 'right of the forms').to.be.at.least(box('.lists').right);
    // Down at the goals, past fourteen statements and three seminars.
    page.$('#goals-0-title').scrollIntoView();
    const save = box('#download');
    expect(save.top, 'the download link in view').to.be.within(0, innerHeight - save.height);
    expect(box('#preview-title').top, 'the preview starts in view').to.be.within(0, innerHeight);
  });

  it('on a phone, one column, and a link near the top takes the keyboard there', async () => {
    await setViewport({ width: 375, height: 700 });
    scrollTo(0, 0);
    expect(document.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(innerWidth);
    const link = page.$<HTMLAnchorElement>('.to-save');
    expect(link.getBoundingClientRect().top, 'near the top').to.be.below(innerHeight);
    link.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => document.activeElement?.id === 'save-title', 'focus did not move to saving');
    const save = box('#download');
    expect(save.top, 'the download link in view').to.be.within(0, innerHeight - save.height);
  });

  it('says deleting apart from the other actions, not by colour alone', () => {
    const remove = page.$('.item-actions .remove');
    const duplicate = [...page.root.querySelectorAll('.item-actions button')].find(
      (b) => b !== remove && !b.matches('.move-up, .move-down'),
    )!;
    expect(remove.textContent!.trim()).to.equal('Ta bort');
    expect(getComputedStyle(remove).backgroundColor, 'outlined, not filled like the others').to.not.equal(
      getComputedStyle(duplicate).backgroundColor,
    );
  });
});
