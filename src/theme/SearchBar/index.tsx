/** The theme's search slot, filled with the error search. */
import React, {type ReactNode} from 'react';
import SearchDialog from '@site/src/components/Search/SearchDialog';

export default function SearchBar(): ReactNode {
  return <SearchDialog />;
}
