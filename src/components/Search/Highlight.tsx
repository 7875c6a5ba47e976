/** Text with the query's words marked. Built from text nodes only: a query can never inject markup. */
import React, {type ReactNode} from 'react';
import {escapeRegExp} from '@site/src/catalog/placeholders';

export default function Highlight({text, terms}: {text: string; terms: string[]}): ReactNode {
  const usable = terms.filter((t) => t.length >= 2).map(escapeRegExp);
  if (usable.length === 0) return text;
  const pattern = new RegExp(`(${usable.join('|')})`, 'giu');
  return text.split(pattern).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}
