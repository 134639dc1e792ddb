import { defineElement } from '../shared/define.js';
import { RusDataElement } from './data-provider.component.js';

defineElement('rus-data', RusDataElement);

export { RusDataElement };

declare global {
  interface HTMLElementTagNameMap {
    'rus-data': RusDataElement;
  }
}
