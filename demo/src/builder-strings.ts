/** The builder page's own texts: Swedish first, English on request. */
export const builderStrings = {
  sv: {
    title: 'Bygg en inbäddningskod',
    intro:
      'Välj widget och inställningar. Förhandsvisningen visar resultatet, och koden under den klistrar du in i din webbplats.',
    switchLanguage: 'In English',
    widget: 'Widget',
    widgets: {
      'rus-quote-carousel': 'Uttalanden (karusell)',
      'rus-seminar-list': 'Webbseminarier',
      'rus-goal-badges': 'Mål (flera)',
      'rus-goal-badge': 'Ett mål',
    } as Record<string, string>,
    data: 'Dataadress (JSON)',
    dataHint: 'Exempeldatan från RUS 2030 är förvald.',
    language: 'Widgetens språk',
    scheme: 'Färgschema',
    schemes: { '': 'Följ besökarens inställning', light: 'Ljust', dark: 'Mörkt' } as Record<string, string>,
    theme: 'Tema',
    themes: { '': 'Inget (ärver sidans typsnitt och färger)', kommunbla: 'Kommunblå', kust: 'Kust' } as Record<
      string,
      string
    >,
    build: 'Skriptversion',
    builds: {
      module: 'ES-modul (rekommenderas)',
      classic: 'Klassiskt skript (för CMS som bara tillåter script src)',
    } as Record<string, string>,
    options: 'Widgetens inställningar',
    notSet: '(standard)',
    preview: 'Förhandsvisning',
    code: 'Inbäddningskod',
    copy: 'Kopiera koden',
    copied: 'Koden är kopierad.',
    copyFailed: 'Kunde inte kopiera automatiskt – markera koden och kopiera den själv.',
  },
  en: {
    title: 'Build an embed snippet',
    intro: 'Choose a widget and its settings. The preview shows the result; paste the code below it into your website.',
    switchLanguage: 'På svenska',
    widget: 'Widget',
    widgets: {
      'rus-quote-carousel': 'Statements (carousel)',
      'rus-seminar-list': 'Web seminars',
      'rus-goal-badges': 'Goals (several)',
      'rus-goal-badge': 'One goal',
    } as Record<string, string>,
    data: 'Data address (JSON)',
    dataHint: 'The RUS 2030 sample data is preselected.',
    language: 'Widget language',
    scheme: 'Colour scheme',
    schemes: { '': "Follow the visitor's setting", light: 'Light', dark: 'Dark' } as Record<string, string>,
    theme: 'Theme',
    themes: { '': "None (inherits the page's font and colours)", kommunbla: 'Kommunblå', kust: 'Kust' } as Record<
      string,
      string
    >,
    build: 'Script version',
    builds: {
      module: 'ES module (recommended)',
      classic: 'Classic script (for CMSes that allow only script src)',
    } as Record<string, string>,
    options: 'Widget settings',
    notSet: '(default)',
    preview: 'Preview',
    code: 'Embed code',
    copy: 'Copy the code',
    copied: 'The code is copied.',
    copyFailed: 'Could not copy automatically – select the code and copy it yourself.',
  },
};

export type BuilderLang = keyof typeof builderStrings;
