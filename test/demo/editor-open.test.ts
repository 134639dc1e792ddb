import { expect, waitUntil } from '@open-wc/testing';

/** Opening what is not a good data file: the editor says why, and a broken file is shown to be fixed, not refused. */
describe('data editor: opening bad files', () => {
  let root: HTMLElement;
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const message = () => $('#message').textContent!.trim();

  async function openUrl(url: string) {
    const before = message();
    // Absolute, as a data owner pastes it (the field is type="url").
    $<HTMLInputElement>('#open-url').value = new URL(url, location.href).href;
    $<HTMLButtonElement>('#open-url + button').click();
    await waitUntil(() => message() !== before || $('.repair'), `nothing happened for ${url}`);
  }

  before(async () => {
    document.body.innerHTML = '<h1></h1><main id="editor"></main>';
    root = document.querySelector('#editor')!;
    await import('../../demo/src/editor/editor.js');
  });

  it('says a missing file is missing', async () => {
    await openUrl('/test-api/status?code=404');
    expect(message()).to.contain('Det finns ingen fil på den adressen (servern svarade 404)');
  });

  it('says a web page is not the data file', async () => {
    await openUrl('/test-api/html');
    expect(message()).to.contain('Adressen ger en webbsida, inte en JSON-fil');
  });

  it('names CORS and the header to ask for when the address cannot be read', async () => {
    await openUrl('http://127.0.0.1:9/rus2030.json');
    expect(message()).to.contain('(CORS)');
    expect(message()).to.contain('Access-Control-Allow-Origin: *');
  });

  it('shows a broken file with the line and column of the fault, the caret on it, and opens it once fixed', async () => {
    const text = '{\n  "version": 1,\n  "quotes": [],\n  "goals": [],\n}';
    await openUrl(`/test-api/json?body=${encodeURIComponent(text)}`);
    expect($('.repair h2').textContent).to.equal('Filen är inte giltig JSON');
    expect($('.repair').textContent).to.contain('Felet finns på rad 5, kolumn 1.');
    expect($('.repair-line').textContent).to.equal('}\n^');
    const area = $<HTMLTextAreaElement>('#repair-text');
    expect(document.activeElement).to.equal(area);
    expect(area.selectionStart).to.equal(text.lastIndexOf('}'));
    await expect(root).to.be.accessible();

    area.value = text.replace('[],\n}', '[]\n}');
    $('#repair-open').click();
    expect($('.repair')).to.equal(null);
    expect($('.summary-ok').textContent).to.equal('Inga problem hittades.');
  });

  it('finds the fault in a file that ends too soon', async () => {
    await openUrl('/test-api/broken');
    expect($('.repair').textContent).to.contain('rad 1, kolumn 27');
  });
});
