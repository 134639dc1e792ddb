import { validateDocument } from '../../../src/data/validate/index.js';
import type { RusListName } from '../../../src/data/types.js';
import { emptyDocument, moveItem, serialize, setField, type EditDocument, type Json } from './edit-document.js';
import { everyProblem, fieldProblems, type FieldProblem } from './field-problems.js';
import type { EditorLang } from './fields.js';

const DRAFT_KEY = 'rus-widgets-editor-draft';

/** What the editor holds: the document, its problems and whether the owner's work is saved. */
export class EditorState {
  document: EditDocument = emptyDocument();
  problems: FieldProblem[] = [];
  /** A problem with the document as a whole, or a file that could not be opened. */
  notice = '';
  unsaved = false;
  keepDraft = false;
  text = serialize(this.document);

  constructor(
    public lang: EditorLang,
    private readonly changed: () => void,
  ) {
    window.addEventListener('beforeunload', (event) => {
      // Only while unsaved: a page that always warns teaches people to click through it.
      if (!this.unsaved) return;
      event.preventDefault();
      // Chromium before 119 asks only when the return value is set.
      event.returnValue = '';
    });
  }

  /** Opens a document; nothing is replaced unless it is usable. */
  open(document: EditDocument): void {
    this.document = document;
    this.unsaved = false;
    this.update();
  }

  setLang(lang: EditorLang): void {
    this.lang = lang;
    this.update();
  }

  edit(list: RusListName, index: number, key: string, value: unknown): void {
    this.replaceList(
      list,
      this.document[list].map((item, i) => (i === index ? setField(item, key, value) : item)),
    );
  }

  add(list: RusListName): void {
    this.replaceList(list, [...this.document[list], {}]);
  }

  duplicate(list: RusListName, index: number): void {
    const items = [...this.document[list]];
    const copy: Json = structuredClone(items[index]);
    if (typeof copy.id === 'string') copy.id = `${copy.id}-kopia`;
    items.splice(index + 1, 0, copy);
    this.replaceList(list, items);
  }

  move(list: RusListName, index: number, by: number): void {
    this.replaceList(list, moveItem(this.document[list], index, index + by));
  }

  remove(list: RusListName, index: number): void {
    this.replaceList(
      list,
      this.document[list].filter((_, i) => i !== index),
    );
  }

  markSaved(): void {
    this.unsaved = false;
    this.changed();
  }

  /** The draft lives in the page's storage only while the owner has asked for it. */
  setKeepDraft(on: boolean): void {
    this.keepDraft = on;
    if (on) this.storeDraft();
    else localStorage.removeItem(DRAFT_KEY);
    this.changed();
  }

  restoreDraft(): EditDocument | null {
    const text = localStorage.getItem(DRAFT_KEY);
    if (!text) return null;
    this.keepDraft = true;
    try {
      return JSON.parse(text) as EditDocument;
    } catch {
      return null;
    }
  }

  private replaceList(list: RusListName, items: Json[]): void {
    this.document = { ...this.document, [list]: items };
    this.unsaved = true;
    this.update();
  }

  private storeDraft(): void {
    try {
      localStorage.setItem(DRAFT_KEY, this.text);
    } catch {
      // Storage full or blocked: the page still works, the owner still has the download.
    }
  }

  private update(): void {
    const result = validateDocument(this.document);
    this.notice = result.ok ? '' : result.message;
    // Every problem of an item at once, not one more each time the owner fixes the last.
    this.problems = fieldProblems(everyProblem(this.document, result.problems), this.lang);
    this.text = serialize(this.document);
    if (this.keepDraft) this.storeDraft();
    this.changed();
  }
}
