/** Example seminars for the tests (times, descriptions and links are examples, not real data). */
export const seminars = [
  {
    id: 'rus-2020',
    title: 'Hur vi alla kan bidra till RUS:en',
    start: '2020-12-10T13:00:00+01:00',
    end: '2020-12-10T16:00:00+01:00',
    extended: true,
    series: 'Här och nu',
  },
  {
    id: 'smarta',
    title: 'Smarta samhällen',
    start: '2020-10-29T09:00:00+01:00',
    end: '2020-10-29T10:00:00+01:00',
    series: 'Här och nu',
    organisers: ['Regional utveckling', 'Örnsköldsviks kommun'],
    description: 'Hur digitaliseringen, förändrar; länet.\nAndra raden.',
    url: 'https://example.org/anmalan?id=smarta',
  },
  {
    id: 'post-corona',
    title: 'Post Corona',
    start: '2020-11-26',
    preliminary: true,
    series: 'Här och nu',
  },
  {
    id: 'juni',
    title: 'Sommarsamtal',
    start: '2020-06-11',
    series: 'Annat',
    url: '/seminarier/juni',
  },
  {
    id: 'september',
    title: 'Besöksnäringen',
    start: '2020-09-24T09:00:00+02:00',
    end: '2020-09-24T10:00:00+02:00',
    series: 'Här och nu',
    url: 'https://example.org/sept',
    recordingUrl: 'https://example.org/play/sept',
  },
];

export const doc = { version: 1, lang: 'sv', seminars };
