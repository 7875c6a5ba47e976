/**
 * What the catalog can say about how well an entry is attested. Derived from
 * the entry's sources, never stored, so it cannot drift from them.
 */
import type {ErrorEntry, SourceKind} from './types';

/** `documented`: a document says the API returns it; `observed`: seen in real responses only. */
export type Provenance = 'documented' | 'observed';

/** Source kinds that are documentation of the service (under any of its brands). */
const DOCUMENTED_KINDS: ReadonlySet<SourceKind> = new Set<SourceKind>(['docs-table', 'docs-prose', 'sister-docs']);

export function provenanceOf(entry: Pick<ErrorEntry, 'sources'>): Provenance {
  return (entry.sources ?? []).some((source) => DOCUMENTED_KINDS.has(source.kind)) ? 'documented' : 'observed';
}
