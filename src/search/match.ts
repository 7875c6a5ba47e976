/** How a search result matched, and which kinds count as the message itself. */
import type {MatchKind} from './engine';

/** The message matched exactly or as a template with real values: the result is the error pasted. */
export function isExactMatch(match: MatchKind): boolean {
  return match === 'exact' || match === 'template';
}
