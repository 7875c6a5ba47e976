/** The search data the error-reference plugin writes at build time (see src/plugins/error-reference). */
declare module '@generated/error-reference/default/search-data.json' {
  const data: import('@site/src/search/documents').SearchData;
  export default data;
}
