/**
 * The theme's code block, unchanged, plus the extra Prism languages it needs.
 * The theme would register them at start-up on every page; registering them
 * here keeps Prism in the chunks of pages that show code.
 */
import CodeBlock from '@theme-original/CodeBlock';
import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';

prismIncludeLanguages(Prism);

export default CodeBlock;
