import { defineElement } from '../shared/define.js';
import { RusQuoteCarousel } from './quote-carousel.component.js';

defineElement('rus-quote-carousel', RusQuoteCarousel);

export { RusQuoteCarousel };

declare global {
  interface HTMLElementTagNameMap {
    'rus-quote-carousel': RusQuoteCarousel;
  }
}
