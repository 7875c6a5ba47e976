/** Text with the query's words marked. Built from text nodes only: a query can never inject markup. */
import React, {type ReactNode} from 'react';
import {markedParts} from '@site/src/search/text';

export default function Highlight({text, terms}: {text: string; terms: string[]}): ReactNode {
  return markedParts(text, terms).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text));
}
