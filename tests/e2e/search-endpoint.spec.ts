/** A pasted request line's endpoint travels from the search to the entry page and into a ticket. */
import {expect, gotoHydrated, test} from './fixtures';

const ENTRY = '403-forbidden-op-users-not-members-group';
const ENDPOINT = 'groups.remove-member-single';
const PASTE =
  'DELETE https://a1.example.com/app-id/1100241212162981/chatgroups/5/users/bob 403 {"error":"forbidden_op","error_description":"users [bob] are not members of this group!"}';

test.describe('endpoint context', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});
  test.describe.configure({timeout: 60_000});

  test('open=1 lands on the entry with the endpoint, listed first and named in the ticket', async ({page}) => {
    await gotoHydrated(page, `/en/search?q=${encodeURIComponent(PASTE)}&open=1`);
    // The engine loads in a worker on first use: on a busy machine that takes a few seconds.
    await expect(page).toHaveURL(new RegExp(`/en/errors/${ENTRY}\\?endpoint=${ENDPOINT.replace('.', '\\.')}$`), {
      timeout: 20_000,
    });
    const endpoints = page.locator('section', {has: page.locator('#endpoints')}).getByRole('listitem');
    await expect(endpoints.first()).toHaveAttribute('aria-current', 'true');
    await expect(endpoints.first()).toContainText('/app-id/{app_id}/chatgroups/{group_id}/users/{username}');

    await page.getByRole('button', {name: 'Copy for a ticket'}).click();
    const ticket = await page.evaluate(() => navigator.clipboard.readText());
    expect(ticket).toContain('`DELETE /app-id/{app_id}/chatgroups/{group_id}/users/{username}`');
  });

  test('a result link carries the endpoint; an unknown endpoint value changes nothing', async ({page}) => {
    await gotoHydrated(page, `/en/search?q=${encodeURIComponent(PASTE)}`);
    const first = page.getByRole('list', {name: 'Search results'}).getByRole('link').first();
    await expect(first).toHaveAttribute('href', `/en/errors/${ENTRY}?endpoint=${ENDPOINT}`, {timeout: 20_000});

    await gotoHydrated(page, `/en/errors/${ENTRY}?endpoint=%3Cscript%3E`);
    await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
  });
});
