/** Counted interface strings: the form of a `|`-separated message for a count. */

export type SelectMessage = (count: number, forms: string) => string;

/** Plural categories in the order a message lists its forms (`1 error|{count} errors`), as Docusaurus orders them. */
const PLURAL_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * Picks the form of a `|`-separated message for a count, exactly as Docusaurus's `usePluralForm`
 * does, with the locale's rules built once: that hook builds them again in every component that
 * calls it, and a long page renders hundreds.
 */
export function pluralSelector(locale: string): SelectMessage {
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(locale);
  } catch {
    rules = new Intl.PluralRules('en');
  }
  const categories = rules.resolvedOptions().pluralCategories;
  const order = PLURAL_ORDER.filter((category) => categories.includes(category));
  return (count, forms) => {
    const parts = forms.split('|');
    return parts[Math.min(order.indexOf(rules.select(count)), parts.length - 1)];
  };
}
