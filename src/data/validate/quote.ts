import type { RusQuote } from '../types.js';
import type { ItemReader } from './item-reader.js';

export function readQuote(item: ItemReader): RusQuote {
  const quote: RusQuote = {
    id: item.requiredString('id'),
    text: item.requiredString('text'),
    name: item.requiredString('name'),
    role: item.string('role'),
    organisation: item.string('organisation'),
    url: item.url('url'),
  };
  const image = item.object('image');
  if (image) {
    const src = image.url('src');
    // An image without a usable address is left out; the quote still shows, with initials.
    if (src) quote.image = { src, alt: image.string('alt') ?? '' };
  }
  return quote;
}
