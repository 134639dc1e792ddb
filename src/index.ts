/**
 * rus-widgets: every element, registered. `<rus-data>` first, so widgets inside it
 * find their provider when they upgrade.
 */
import './data-provider/define.js';
import './quote-carousel/define.js';
import './seminar-list/define.js';
import './goal-badges/define.js';

export * from './classes.js';
