/**
 * Validates every module file in src/catalog/modules (registered or not) and
 * prints the problems, optionally only those of one module:
 *   npx tsx scripts/check-catalog.ts [--only <module-id>]
 */
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {formatProblem, validateCatalog, type FeatureModule} from '../src/catalog';

const dir = path.resolve('src', 'catalog', 'modules');
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined;

async function main(): Promise<void> {
  const modules: FeatureModule[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .sort()) {
    const exports = (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
    modules.push(...(Object.values(exports) as FeatureModule[]));
  }
  const problems = validateCatalog(modules).filter((p) => !only || p.module === only);
  for (const p of problems) console.log(formatProblem(p));
  console.log(
    `${problems.length} problem(s)${only ? ` in module "${only}"` : ''} across ${modules.length} module file(s).`,
  );
  process.exitCode = problems.length ? 1 : 0;
}

void main();
