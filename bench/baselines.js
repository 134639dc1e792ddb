// Hand-written vanilla-DOM renderers of the same markup the widgets produce, from the
// same JSON text, into a shadow root with the same stylesheets: the floor a framework-free
// widget would reach. No validation, no states, no events — only the rendering.

function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) if (value != null) element.setAttribute(name, value);
  for (const child of children.flat()) if (child != null && child !== false) element.append(child);
  return element;
}

const dateFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
});
const numberFormat = new Intl.NumberFormat('sv-SE');

function host(container, tag) {
  const element = document.createElement(`${tag}-baseline`);
  container.append(element);
  const root = element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = customElements.get(tag).elementStyles.map((style) => style.styleSheet);
  return root;
}

export function quotes(container, json) {
  const root = host(container, 'rus-quote-carousel');
  const list = JSON.parse(json).quotes;
  const slides = list.map((q, i) =>
    h(
      'div',
      {
        class: 'slide',
        role: 'group',
        'aria-roledescription': 'bild',
        'aria-label': `${i + 1} av ${list.length}`,
        inert: i ? '' : null,
      },
      h(
        'figure',
        { part: 'slide' },
        h(
          'blockquote',
          { part: 'quote' },
          q.text.split(/\n\s*\n/).map((p) => h('p', null, p.trim())),
        ),
        h(
          'figcaption',
          { part: 'caption' },
          h(
            'span',
            { class: 'portrait', 'aria-hidden': 'true' },
            q.name
              .split(/\s+/)
              .map((w) => w[0])
              .slice(0, 2)
              .join(''),
          ),
          h('span', { class: 'name' }, q.name),
          h('span', { class: 'meta' }, [q.role, q.organisation].filter(Boolean).join(', ')),
        ),
      ),
    ),
  );
  root.append(
    h(
      'section',
      { 'aria-roledescription': 'karusell', 'aria-label': 'Uttalanden' },
      h(
        'div',
        { class: 'bar' },
        h('button', { type: 'button' }, 'Föregående'),
        h('button', { type: 'button' }, 'Nästa'),
      ),
      h('div', { class: 'track', 'aria-live': 'polite' }, slides),
    ),
  );
}

export function seminars(container, json) {
  const root = host(container, 'rus-seminar-list');
  const items = JSON.parse(json).seminars.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  root.append(
    h('h2', { part: 'heading' }, 'Kommande webbseminarier'),
    h(
      'ul',
      { part: 'list' },
      items.map((s) => {
        const start = Date.parse(s.start);
        return h(
          'li',
          { part: 'item' },
          h('h3', { part: 'item-heading' }, s.title),
          h(
            'p',
            { part: 'when' },
            h('time', { datetime: s.start }, `${dateFormat.format(start)}, kl. ${timeFormat.format(start)}`),
          ),
          s.organisers?.length ? h('p', { part: 'organisers' }, `Arrangörer: ${s.organisers.join(', ')}`) : null,
          h('div', { part: 'actions' }, h('button', { type: 'button', class: 'secondary' }, 'Lägg till i kalendern')),
        );
      }),
    ),
  );
}

export function goals(container, json) {
  const root = host(container, 'rus-goal-badges');
  root.append(
    h(
      'ul',
      { class: 'grid' },
      JSON.parse(json).goals.map((g) =>
        h(
          'li',
          null,
          h(
            'article',
            { class: 'badge', part: 'badge' },
            h('h3', { part: 'title' }, g.title),
            g.target
              ? h(
                  'p',
                  { class: 'target' },
                  h('strong', null, `${numberFormat.format(g.target.value)} ${g.target.unit ?? ''}`),
                  g.target.year ? ` till ${g.target.year}` : '',
                )
              : null,
            h('div', { class: 'meta' }, g.owner ? h('p', null, g.owner) : null),
          ),
        ),
      ),
    ),
  );
}
