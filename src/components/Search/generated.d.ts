/**
 * The search data the error-reference plugin writes at build time (see src/plugins/error-reference): bundled as a
 * file of its own, so importing it gives its address, which the engine fetches on first use.
 */
declare module '@generated/error-reference/default/search-data.json' {
  const url: string;
  export default url;
}
