/**
 * How to add an error to this module (favorites); CONTRIBUTING.md walks through it in full.
 * 1. Entry: append to `entries`. `status`, `type` and `message` are exactly what the API returns (placeholders
 *    such as `XXX` for real values, with a `sample` that fills them); `summary`, `cause`, `situations` (2 to 5
 *    typical cases) and `fix` in Chinese and English, in this reference's own words. The id reads like the
 *    message: `<status>-<type>-<its words>`.
 * 2. Sources: `sources` says where the error is known from, at least one: a kind, a document of ../documents.ts
 *    (a pinned file; add it there if new) and a line.
 * 3. Endpoints: add `{error: '<id>'}` to the `errors` of each endpoint that returns it, with a `note` for what is
 *    particular to that endpoint. The App Token error is added to every endpoint by the catalog: do not list it.
 * 4. Ids: `npm run publish-ids` records the new id and regenerates ../error-ids.ts, so that `tsc` accepts the
 *    references; an id is never reused, and a renamed one needs a line in ../redirects.ts.
 * 5. Check: `npm run check-catalog -- --only favorites`, `npx tsc --noEmit`, `npm run test:unit`.
 */
import {DOCUMENTS} from '../documents';
import type {CatalogModule} from '../types';

export const favoritesModule: CatalogModule = {
  id: 'favorites',
  title: {
    zh: '消息收藏',
    en: 'Favorites',
  },
  summary: {
    zh: '用户收藏相关接口返回的错误：分页获取收藏、添加单条或批量添加收藏、修改收藏的扩展信息以及删除收藏。',
    en: "Errors returned by the favorites endpoints: listing a user's favorites page by page, adding one or several, updating a favorite's extension info, and deleting favorites.",
  },
  // The docs' error tables of this module list no App Token error; the reference follows them.
  appTokenErrors: false,
  sections: [
    {
      id: 'favorites',
      title: {
        zh: '消息收藏',
        en: 'Favorites',
      },
    },
  ],
  endpoints: [
    {
      id: 'favorites.list',
      method: 'GET',
      path: '/app-id/{app_id}/users/{username}/collections',
      title: {
        zh: '分页获取用户收藏',
        en: "Get a user's favorites by page",
      },
      section: 'favorites',
      errors: [
        {error: '400-illegal-argument-username-not-legal'},
        {error: '400-illegal-argument-limit-should-less-than-200'},
        {error: '400-illegal-argument-direction-should-desc-asc'},
        {
          error: '400-user-collection-not-found',
          note: {
            zh: '这里指查询参数 `collection_id` 传入的收藏 ID 不存在。不传 `collection_id` 时会改为按 `begin_time` 和 `end_time` 的时间段查询。',
            en: "Here the ID that doesn't exist is the one in the `collection_id` query parameter. Without `collection_id`, the endpoint queries by the `begin_time`/`end_time` range instead.",
          },
        },
      ],
    },
    {
      id: 'favorites.add-single',
      method: 'POST',
      path: '/app-id/{app_id}/users/{username}/collections',
      title: {
        zh: '添加一条收藏',
        en: 'Add a favorite',
      },
      section: 'favorites',
      errors: [{error: '400-illegal-argument-username-not-legal'}],
    },
    {
      id: 'favorites.add-batch',
      method: 'POST',
      path: '/app-id/{app_id}/collections',
      title: {
        zh: '批量添加用户收藏',
        en: 'Add favorites in batch',
      },
      section: 'favorites',
      errors: [
        {
          error: '400-illegal-argument-username-not-legal',
          note: {
            zh: '此接口的用户 ID 不在路径中，而是请求体里的 `username` 字段，请检查该字段。',
            en: 'This endpoint takes the user ID from the `username` field of the request body rather than the path, so check that field.',
          },
        },
      ],
    },
    {
      id: 'favorites.update-ext',
      method: 'PUT',
      path: '/app-id/{app_id}/users/{username}/collections/{collectionId}',
      title: {
        zh: '修改用户收藏的扩展信息',
        en: "Update a favorite's extension info",
      },
      section: 'favorites',
      errors: [{error: '400-illegal-argument-username-not-legal'}],
    },
    {
      id: 'favorites.delete',
      method: 'DELETE',
      path: '/app-id/{app_id}/users/{username}/collections',
      title: {
        zh: '删除用户收藏',
        en: "Delete a user's favorites",
      },
      section: 'favorites',
      errors: [
        {error: '400-illegal-argument-username-not-legal'},
        {
          error: '400-user-collection-not-found',
          note: {
            zh: '这里指请求体 `collection_ids` 中的收藏 ID 不存在；该参数单次最多传 20 个收藏 ID。',
            en: "Here it's an ID in `collection_ids` in the request body that doesn't exist; that parameter takes at most 20 favorite IDs per call.",
          },
        },
      ],
    },
  ],
  entries: [
    {
      id: '400-illegal-argument-username-not-legal',
      status: 400,
      type: 'illegal_argument',
      message: 'username XXX is not legal',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 133},
        {kind: 'docs-table', ...DOCUMENTS.shengwangUserFavorite, line: 125},
      ],
      summary: {
        zh: '用户 ID 含有不允许的字符，或者格式不合法。',
        en: "The user ID contains characters that aren't allowed or is otherwise invalid.",
      },
      cause: {
        zh: '`username` 不符合用户 ID 的规则：不能为空，最长 64 字节，只能包含 a-z、A-Z、0-9 以及 `_`、`-`、`.`。含有空格、`@`、中文等字符时会返回这个错误，提示中会带出被拒绝的值。',
        en: "`username` breaks the user ID rules: it can't be empty, is at most 64 bytes, and may only contain a-z, A-Z, 0-9, `_`, `-` and `.`. Spaces, `@`, Chinese characters and the like are rejected, and the message echoes the rejected value.",
      },
      situations: [
        {
          zh: '注册用户时直接拿邮箱 `alice@home` 当 `username`。',
          en: 'You register a user with their e-mail address, `alice@home`, as the `username`.',
        },
        {
          zh: '批量添加收藏时，请求体里的 `username` 填成了用户的中文昵称。',
          en: "Adding favorites in batch, the body's `username` field holds the user's Chinese nickname.",
        },
        {
          zh: '获取收藏时，路径里的用户 ID 带着从表单里复制来的空格。',
          en: "Listing a user's favorites, the user ID in the path keeps a space copied over from a form field.",
        },
      ],
      fix: {
        zh: '按上述规则修正 `username` 后再发送请求。如果你的用户 ID 来自邮箱或手机号，请映射成内部 ID 再使用：用户 ID 是公开信息，不应包含个人数据。',
        en: "Correct `username` to follow these rules and send the request again. If your IDs come from e-mail addresses or phone numbers, map them to internal IDs first: user IDs are public and shouldn't carry personal data.",
      },
      sample: 'username alice@home is not legal',
      variants: [{message: 'username [XXX] is not legal'}],
      note: {
        zh: '上游文档对这条提示有两种写法：`username XXX is not legal` 和带方括号的 `username [XXX] is not legal`。本条目采用不带方括号的写法，两者是同一个错误。',
        en: 'The upstream tables spell this message two ways: `username XXX is not legal` and, with brackets, `username [XXX] is not legal`. This entry uses the form without brackets; both are the same error.',
      },
      related: ['400-illegal-argument-username-too-long'],
    },
    {
      id: '400-illegal-argument-limit-should-less-than-200',
      status: 400,
      type: 'illegal_argument',
      message: 'limit should be less than 200',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserFavorite, line: 126}],
      summary: {
        zh: '获取用户收藏时，`limit` 超过了 200。',
        en: "The `limit` for fetching a user's favorites is above 200.",
      },
      cause: {
        zh: '分页获取用户收藏接口的查询参数 `limit` 取值范围是 [1,200]，默认 100，请求中传入的值超出了这个范围。',
        en: 'The favorites list endpoint accepts a `limit` query parameter from 1 to 200 (default 100), and your value is outside that range.',
      },
      situations: [
        {
          zh: '导出用户的全部收藏时把 `limit` 设成 500，想一次拉完。',
          en: "To export all of a user's favorites in one go, you set `limit` to 500.",
        },
        {
          zh: '前端“每页条数”下拉框的值直接传给 `limit`，有人选了 1000。',
          en: 'Your page-size dropdown passes its value straight to `limit`, and someone picks 1000.',
        },
      ],
      fix: {
        zh: '把 `limit` 改成不超过 200 的正整数。需要更多条目时，把上一页最后一条收藏的 ID 作为 `collection_id` 并保持相同的 `direction` 继续查询；结果会包含这条收藏本身，注意去重。',
        en: 'Use a positive integer no greater than 200. To read further, pass the ID of the last favorite you received as `collection_id` with the same `direction`; the result includes that favorite itself, so drop the duplicate.',
      },
    },
    {
      id: '400-illegal-argument-direction-should-desc-asc',
      status: 400,
      type: 'illegal_argument',
      message: 'direction should be desc or asc',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserFavorite, line: 127}],
      summary: {
        zh: '查询参数 `direction` 只能是 `desc` 或 `asc`。',
        en: 'The `direction` query parameter must be `desc` or `asc`.',
      },
      cause: {
        zh: '获取用户收藏时，`direction` 传入了 `desc` 和 `asc` 以外的值，例如 `descending` 或 `1`。',
        en: 'When fetching favorites, `direction` was set to something other than `desc` or `asc`, such as `descending` or `1`.',
      },
      situations: [
        {
          zh: '沿用其他接口的排序写法，获取收藏时 `direction` 传了 `-1`。',
          en: "Carrying over another API's sort convention, you list favorites with `direction=-1`.",
        },
        {
          zh: '前端下拉框的选项值 `newest` 被直接当作 `direction` 传了过去。',
          en: "A dropdown's option value `newest` is passed straight through as `direction`.",
        },
      ],
      fix: {
        zh: '把 `direction` 设为 `desc`（按收藏时间从新到旧，默认值）或 `asc`（从旧到新）；不传这个参数则使用默认值 `desc`。',
        en: 'Set `direction` to `desc` (newest first, the default) or `asc` (oldest first), or leave it out to get `desc`.',
      },
    },
    {
      id: '400-user-collection-not-found',
      status: 400,
      type: '',
      message: 'user collection not found',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserFavorite, line: 128}],
      summary: {
        zh: '找不到你指定的收藏 ID。',
        en: "The favorite ID you gave doesn't exist.",
      },
      cause: {
        zh: '传入的收藏 ID 在该用户下不存在：可能拼写有误、已经被删除，或者属于另一个用户。',
        en: 'No favorite with that ID exists for this user: the ID is misspelled, already deleted, or belongs to a different user.',
      },
      situations: [
        {
          zh: '翻页时 `collection_id` 用的是另一个用户的收藏 ID。',
          en: 'Paging through favorites, you pass as `collection_id` a favorite ID that belongs to another user.',
        },
        {
          zh: '用户已经在另一台设备上取消了收藏，服务器随后又删了一次同一个 ID。',
          en: 'The user already removed a favorite on another device, and your server then deletes the same ID again.',
        },
        {
          zh: '删除收藏时，`collection_ids` 里混进了一个复制时少了几位的 ID。',
          en: 'The `collection_ids` sent for deletion include an ID that lost a few characters when it was copied.',
        },
      ],
      fix: {
        zh: '先调用分页获取用户收藏接口（不传 `collection_id`）拿到该用户现有的收藏 ID，再用正确的 ID 重试。删除时如果收藏已经不存在，可以视为删除已完成。',
        en: "Call the favorites list endpoint without `collection_id` to get the user's current favorite IDs, then retry with a valid one. When deleting, a favorite that is already gone can be treated as deleted.",
      },
    },
  ],
};
