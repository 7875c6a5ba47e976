/**
 * Prints the production nginx configuration for a built site: the `server {}`
 * block of `deploy/nginx/site.conf.template` with this build's content
 * security policy (the hashes of its inline scripts). Run it after every build.
 *
 *   npm run -s nginx-config -- --site-dir /srv/www/im-errors [--listen 80] [--base /] > im-errors.conf
 *
 * Under a base path (`--base /docs/`, default `BASE_URL`), the site's folder must end with it
 * (`/srv/www/docs`): nginx's root is the folder above.
 */
import {contentSecurityPolicy, inlineHashes} from './lib/csp';
import {renderSiteConfig, rootOfSiteDir} from './lib/nginx';

function main(): void {
  const options = {siteDir: 'build', listen: '80', baseUrl: process.env.BASE_URL ?? '/'};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--site-dir' && value) options.siteDir = argv[++i];
    else if (argv[i] === '--listen' && value) options.listen = argv[++i];
    else if (argv[i] === '--base' && value) options.baseUrl = argv[++i];
    else
      throw new Error(`Unknown option ${argv[i]}. Options: --site-dir <dir> --listen <port or address> --base <path>`);
  }
  const csp = contentSecurityPolicy(inlineHashes(options.siteDir));
  const root = rootOfSiteDir(options.siteDir, options.baseUrl);
  process.stdout.write(renderSiteConfig({root, listen: options.listen, baseUrl: options.baseUrl, csp}));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
