/**
 * The interface strings as components use them: typed names, and functions where a
 * string takes values. Each one goes through Docusaurus's `translate()` with the id of its
 * typed source (./zh.ts, ./en.ts), so a page carries the strings of its own language only.
 * Ids stay literal here: `npm run write-translations` finds them by reading this file.
 */
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {pluralSelector, type SelectMessage} from './plural';
export type MatchKind = 'exact' | 'template' | 'type' | 'status' | 'endpoint' | 'text' | 'fuzzy';

function buildLabels(plural: SelectMessage, locale: string) {
  const list = (items: readonly (string | number)[]) => items.join(translate({id: 'list.separator'}));
  return {
    siteName: translate({id: 'site.name'}),
    fullStop: translate({id: 'sentence.end'}),

    homeTitle: translate({id: 'home.title'}),
    homeDescription: translate({id: 'home.description'}),
    homeHeadline: translate({id: 'home.headline'}),
    homeLead: translate({id: 'home.lead'}),
    homeTry: translate({id: 'home.try'}),
    homeStats: (entries: number, endpoints: number, modules: number) =>
      translate({id: 'home.stats'}, {entries, endpoints, modules}),
    homeGuideLink: translate({id: 'home.guideLink'}),
    homeCommon: translate({id: 'home.common'}),

    catalogTitle: translate({id: 'catalog.title'}),
    catalogDescription: (count: number) => translate({id: 'catalog.description'}, {count}),
    filterPlaceholder: translate({id: 'catalog.filter.placeholder'}),
    filterLabel: translate({id: 'catalog.filter.label'}),
    allStatuses: translate({id: 'catalog.filter.allStatuses'}),
    allModules: translate({id: 'catalog.filter.allModules'}),
    statusLabel: translate({id: 'catalog.filter.status'}),
    moduleLabel: translate({id: 'catalog.filter.module'}),
    shownOf: (shown: number, total: number) => translate({id: 'catalog.shownOf'}, {shown, total}),
    noRows: translate({id: 'catalog.noRows'}),
    clearFilters: translate({id: 'catalog.clearFilters'}),
    colStatus: translate({id: 'catalog.column.status'}),
    colType: translate({id: 'catalog.column.type'}),
    colMessage: translate({id: 'catalog.column.message'}),
    colMeaning: translate({id: 'catalog.column.meaning'}),
    colModule: translate({id: 'catalog.column.module'}),

    modulesTitle: translate({id: 'modules.title'}),
    modulesDescription: translate({id: 'modules.description'}),
    endpointsCount: (count: number) => plural(count, translate({id: 'module.endpointsCount'}, {count})),
    entriesCount: (count: number) => plural(count, translate({id: 'module.entriesCount'}, {count})),
    onThisPage: translate({id: 'module.onThisPage'}),
    errorsOfEndpoint: translate({id: 'module.errorsOfEndpoint'}),
    noErrorsDocumented: translate({id: 'module.noErrorsDocumented'}),
    generalErrorsHint: translate({id: 'module.generalErrorsHint'}),
    backToModule: translate({id: 'module.back'}),
    generalModule: translate({id: 'module.general'}),

    none: translate({id: 'error.noType'}),
    bareStatus: translate({id: 'error.statusOnly'}),
    module: translate({id: 'error.module'}),
    meaning: translate({id: 'error.meaning'}),
    cause: translate({id: 'error.cause'}),
    situations: translate({id: 'error.situations'}),
    fix: translate({id: 'error.fix'}),
    note: translate({id: 'error.note'}),
    example: translate({id: 'error.example'}),
    exampleHint: translate({id: 'error.exampleHint'}),
    endpoints: translate({id: 'error.endpoints'}),
    endpointsNone: translate({id: 'error.endpointsNone'}),
    endpointsMany: (count: number) => plural(count, translate({id: 'error.endpointsMany'}, {count})),
    related: translate({id: 'error.related'}),
    variants: translate({id: 'error.variants'}),
    sameStatus: (status: number, count: number) => plural(count, translate({id: 'error.sameStatus'}, {status, count})),
    glossaryHint: translate({id: 'error.glossaryHint'}),
    glossary: translate({id: 'error.glossary'}),
    errorPageDescription: (status: number, type: string, message: string, summary: string) =>
      message
        ? translate({id: 'error.description'}, {status, type, message, summary})
        : translate({id: 'error.descriptionWithoutMessage'}, {status, type, summary}),
    ticketMeaning: translate({id: 'error.ticketMeaning'}),

    searchButton: translate({id: 'search.button'}),
    searchTitle: translate({id: 'search.title'}),
    searchDescription: translate({id: 'search.description'}),
    searchPlaceholder: translate({id: 'search.placeholder'}),
    searchHint: translate({id: 'search.hint'}),
    searchLoading: translate({id: 'search.loading'}),
    searchLoadError: translate({id: 'search.loadError'}),
    searchTimeout: translate({id: 'search.timeout'}),
    searchResults: translate({id: 'search.results'}),
    queryCut: (max: number) => translate({id: 'search.queryCut'}, {max: new Intl.NumberFormat(locale).format(max)}),
    needsJavaScript: translate({id: 'search.needsJavaScript'}),
    noExactMatch: translate({id: 'search.noExactMatch'}),
    tellApartByStatus: (statuses: readonly number[]) =>
      translate({id: 'search.tellApartByStatus'}, {count: statuses.length, statuses: list(statuses)}),
    noResults: translate({id: 'search.noResults'}),
    statusMeaning: (status: number) => translate({id: 'search.statusMeaning'}, {status}),
    seeAllResults: translate({id: 'search.seeAllResults'}),
    keyboardHelp: translate({id: 'search.keyboardHelp'}),
    close: translate({id: 'search.close'}),
    resultCount: (count: number) => plural(count, translate({id: 'search.resultCount'}, {count})),
    matchKinds: {
      exact: translate({id: 'search.match.exact'}),
      template: translate({id: 'search.match.template'}),
      type: translate({id: 'search.match.type'}),
      status: translate({id: 'search.match.status'}),
      endpoint: translate({id: 'search.match.endpoint'}),
      text: translate({id: 'search.match.text'}),
      fuzzy: translate({id: 'search.match.fuzzy'}),
    } satisfies Record<MatchKind, string>,

    copied: translate({id: 'copy.done'}),
    copyFailed: translate({id: 'copy.failed'}),
    copyLink: translate({id: 'copy.link'}),
    copyForTicket: translate({id: 'copy.forTicket'}),
    copyBody: translate({id: 'copy.body'}),
    copyEndpointLink: (title: string) => translate({id: 'copy.endpointLink'}, {title}),

    partialFailuresOnEndpoint: (count: number) =>
      plural(count, translate({id: 'provenance.partialFailures.endpointNote'}, {count})),
    otherPartialFailures: (count: number) =>
      plural(count, translate({id: 'provenance.partialFailures.others'}, {count})),

    movedTitle: translate({id: 'redirect.title'}),
    movedText: translate({id: 'redirect.text'}),
  };
}

export type Labels = ReturnType<typeof buildLabels>;

/** One set per page load: the strings of a build never change while it runs. */
let cached: {locale: string; labels: Labels} | undefined;

/** The interface strings of the page's language. */
export function useLabels(): Labels {
  const locale = useDocusaurusContext().i18n.currentLocale;
  if (cached?.locale !== locale) cached = {locale, labels: buildLabels(pluralSelector(locale), locale)};
  return cached.labels;
}
