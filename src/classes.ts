/**
 * The element classes and shared helpers, without registering any tag: import from
 * here to register under your own names, subclass, or use the validator.
 */
export { RusQuoteCarousel } from './quote-carousel/quote-carousel.component.js';
export { RusSeminarList } from './seminar-list/seminar-list.component.js';
export { RusGoalBadges } from './goal-badges/goal-badges.component.js';
export { RusGoalBadge } from './goal-badges/goal-badge.component.js';
export { RusDataElement } from './data-provider/data-provider.component.js';
export { RusWidget } from './base/rus-widget.js';
export { RusLoadEvent, RusErrorEvent } from './base/events.js';
export { DataError, type DataErrorKind, type DataErrorDetail } from './data/data-error.js';
export { validateDocument, validateWith, allReaders } from './data/validate/index.js';
export { defineElement, VERSION } from './shared/define.js';
export type * from './data/types.js';
