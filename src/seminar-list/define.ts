import { defineElement } from '../shared/define.js';
import { RusSeminarList } from './seminar-list.component.js';

defineElement('rus-seminar-list', RusSeminarList);

export { RusSeminarList };

declare global {
  interface HTMLElementTagNameMap {
    'rus-seminar-list': RusSeminarList;
  }
}
