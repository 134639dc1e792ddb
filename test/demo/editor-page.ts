/**
 * The data editor page, opened in the test's document with nothing stored from before, and the
 * ways a data owner drives its form. The download link is not followed: a test reads the file
 * it hands over itself.
 */
export async function openEditor() {
  localStorage.clear();
  document.body.innerHTML = '<h1></h1><main id="editor"></main>';
  const root = document.querySelector<HTMLElement>('#editor')!;
  root.addEventListener('click', (event) => {
    if ((event.target as Element).id === 'download') event.preventDefault();
  });
  await import('../../demo/src/editor/editor.js');

  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  return {
    root,
    $,
    $$: (selector: string) => root.querySelectorAll(selector),
    /** Types into the field with this id, as a change the editor hears. */
    type: (id: string, value: string) => {
      const control = $<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
      control.value = value;
      control.dispatchEvent(new Event('change'));
    },
    /** The legends of a list's items ("Nummer 1: bodil-hansson"). */
    legends: (list: string) =>
      [...root.querySelectorAll(`section[aria-labelledby="list-${list}"] legend`)].map((legend) => legend.textContent),
  };
}

export type EditorPage = Awaited<ReturnType<typeof openEditor>>;
