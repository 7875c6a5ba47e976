/**
 * A query box (search, catalog filter) keeps only what the engine and the filter read:
 * the first MAX_QUERY_LENGTH characters. A long paste is cut before the browser inserts
 * it (inserting a megabyte into a text box alone blocks the page for seconds), and typed
 * text is cut as it arrives; the page says when text was cut.
 */
import {type ClipboardEvent, type ChangeEvent, useCallback, useState} from 'react';
import {cutAtCharBoundary} from '@site/src/links';
import {MAX_QUERY_LENGTH} from '@site/src/search/query';

type Box = HTMLInputElement | HTMLTextAreaElement;

export interface QueryInput {
  /** The last text given was longer than MAX_QUERY_LENGTH and was cut. */
  wasCut: boolean;
  onChange: (event: ChangeEvent<Box>) => void;
  onPaste: (event: ClipboardEvent<Box>) => void;
}

/** Handlers for a controlled query box whose text is set with `setText`. */
export function useQueryInput(setText: (text: string) => void): QueryInput {
  const [wasCut, setWasCut] = useState(false);
  const take = useCallback(
    (text: string, longer = text.length > MAX_QUERY_LENGTH) => {
      const tooLong = longer || text.length > MAX_QUERY_LENGTH;
      setWasCut(tooLong);
      setText(tooLong ? cutAtCharBoundary(text, MAX_QUERY_LENGTH) : text);
    },
    [setText],
  );
  const onChange = useCallback((event: ChangeEvent<Box>) => take(event.target.value), [take]);
  const onPaste = useCallback(
    (event: ClipboardEvent<Box>) => {
      const box = event.currentTarget;
      let pasted = event.clipboardData.getData('text/plain');
      const start = box.selectionStart ?? box.value.length;
      const end = box.selectionEnd ?? box.value.length;
      if (box.value.length - (end - start) + pasted.length <= MAX_QUERY_LENGTH) return; // an ordinary paste
      event.preventDefault();
      // A one-line box turns line breaks into spaces, as the browser would.
      if (box instanceof HTMLInputElement) pasted = pasted.slice(0, MAX_QUERY_LENGTH * 2).replace(/\r?\n|\r/g, ' ');
      // Only the head of the paste is handled (the rest would be cut anyway), but the note says it was cut.
      take(box.value.slice(0, start) + pasted.slice(0, MAX_QUERY_LENGTH) + box.value.slice(end), true);
    },
    [take],
  );
  return {wasCut, onChange, onPaste};
}
