import {expect, gotoHydrated, isAt, test} from './fixtures';

const TOKEN_BODY =
  'HTTP/1.1 401 Unauthorized\n{"error":"auth_bad_access_token","timestamp":1559816593002,"duration":0,\n "exception":"org.apache.usergrid.rest.exceptions.SecurityException",\n "error_description":"Unable to authenticate due to corrupt access token"}';
const TOKEN_ERROR = '401-auth-bad-access-token-unable-authenticate-due-corrupt';

test.describe('search widget', () => {
  test('opens with Ctrl+K, finds a pasted multi-line body, Enter opens the entry', async ({page}) => {
    await gotoHydrated(page, '/modules');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('dialog').getByRole('combobox');
    await expect(box).toBeFocused();
    await box.fill(TOKEN_BODY);
    const first = page.getByRole('option').first();
    await expect(first).toContainText('Unable to authenticate due to corrupt access token');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(first).toContainText('错误信息完全一致');
    await box.press('Enter');
    await expect(page).toHaveURL(isAt(`/errors/${TOKEN_ERROR}`));
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('opens with "/", moves with the arrow keys and closes with Escape', async ({page}) => {
    await gotoHydrated(page, '/en/errors');
    await page.locator('body').press('/');
    const box = page.getByRole('dialog').getByRole('combobox');
    await box.fill('403 forbidden_op');
    const options = page.getByRole('option');
    await expect(options.nth(1)).toBeVisible();
    await box.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
    await box.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('button', {name: /Search errors/})).toBeFocused();
  });

  test('a message with real values finds its template, in the English site', async ({page}) => {
    await gotoHydrated(page, '/en/');
    await page.getByRole('button', {name: /Search errors/}).click();
    await page.getByRole('dialog').getByRole('combobox').fill('grpID 1928374650 does not exist!');
    await expect(page.getByRole('option').first()).toContainText('grpID XX does not exist!');
    await expect(page.getByRole('option').first()).toContainText('message matches');
  });

  test('says when nothing matches exactly and shows what the status means', async ({page}) => {
    await gotoHydrated(page, '/');
    await page.getByRole('button', {name: /搜索错误/}).click();
    await page
      .getByRole('dialog')
      .getByRole('combobox')
      .fill('{"error":"quantum_flux","error_description":"the reactor is unstable","status":503}');
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('没有完全匹配');
    await expect(page.getByRole('dialog').getByRole('link', {name: /503/})).toBeVisible();
  });

  test('a message shared by errors of different statuses says to choose by status', async ({page}) => {
    await gotoHydrated(page, '/en/');
    await page.getByRole('button', {name: /Search errors/}).click();
    const box = page.getByRole('dialog').getByRole('combobox');
    await box.fill('users [bob] are not members of this group!');
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('with statuses 400, 403');
    await box.fill('HTTP/1.1 403 Forbidden\nusers [bob] are not members of this group!');
    await expect(page.getByRole('option').first()).toContainText('403');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveCount(0);
  });

  test('shows markup in a query as text, never as markup', async ({page}) => {
    await gotoHydrated(page, '/');
    await page.getByRole('button', {name: /搜索错误/}).click();
    const box = page.getByRole('dialog').getByRole('combobox');
    await box.fill('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> unauthorized');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
    await expect(
      page.locator('.navbar img[src="x"], [role="dialog"] img[src="x"], [role="dialog"] script'),
    ).toHaveCount(0);
  });

  test('Chinese text finds the entry inside words', async ({page}) => {
    await gotoHydrated(page, '/en/');
    await page.getByRole('button', {name: /Search errors/}).click();
    await page.getByRole('dialog').getByRole('combobox').fill('子区功能未开通');
    await expect(page.getByRole('option').first()).toContainText('thread not open.');
  });
});

test.describe('loading', () => {
  test('a page that does not search loads no search engine; reaching for search starts it', async ({page}) => {
    const workers: string[] = [];
    const data: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    // The worker's own requests are the context's, not the page's.
    page
      .context()
      .on('request', (request) => /search-data\.[^/]*\.json$/.test(request.url()) && data.push(request.url()));
    await gotoHydrated(page, '/errors/401-auth-bad-access-token-unable-authenticate-due-corrupt');
    await page.waitForLoadState('networkidle');
    expect(workers).toEqual([]);
    expect(data).toEqual([]);
    await page.getByRole('button', {name: /搜索错误/}).hover();
    await expect.poll(() => workers.length).toBe(1);
    await expect.poll(() => data.length).toBe(1);
  });
});

test.describe('search page', () => {
  test('takes the query from the URL and filters by module', async ({page}) => {
    await gotoHydrated(page, '/search?q=does%20not%20exist');
    const results = page.getByRole('list', {name: '搜索结果'}).getByRole('listitem');
    await expect(results.first()).toBeVisible();
    await page.getByRole('combobox', {name: '模块'}).selectOption('groups');
    await expect(page).toHaveURL(/module=groups/);
    await expect(results.first()).toBeVisible();
  });

  test('a shared message with no status: the results say how to choose', async ({page}) => {
    await gotoHydrated(
      page,
      '/search?error=forbidden_op&error_description=users%20%5Bbob%5D%20are%20not%20members%20of%20this%20group!',
    );
    await expect(page).toHaveURL(isAt('/search?', {prefix: true}));
    await expect(page.getByRole('status')).toContainText('状态码分别为 400、403');
  });
});

test.describe('on a phone', () => {
  test.use({viewport: {width: 390, height: 844}});

  test('the search opens full screen and finds an entry from the home page box', async ({page}) => {
    await gotoHydrated(page, '/');
    const box = page.locator('#search').getByRole('combobox');
    await box.fill('message send reach limit');
    await expect(page.getByRole('option').first()).toContainText('message send reach limit');
    await page.getByRole('option').first().click();
    await expect(page).toHaveURL(isAt('/errors/403-message-send-error-reach-limit'));
    // The new page (and its navbar) must be up before the search button is pressed.
    await expect(page.getByRole('heading', {level: 1})).toHaveText('message send reach limit');
    await page.getByRole('button', {name: '搜索错误…'}).click();
    const dialog = page.getByRole('dialog');
    const box2 = await dialog.boundingBox();
    expect(box2!.width).toBeGreaterThanOrEqual(380);
  });
});
