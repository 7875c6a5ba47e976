/**
 * How to add an error to this module (contacts); CONTRIBUTING.md walks through it in full.
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
 * 5. Check: `npm run check-catalog -- --only contacts`, `npx tsc --noEmit`, `npm run test:unit`.
 */
import {DOCUMENTS} from '../documents';
import type {CatalogModule} from '../types';

export const contactsModule: CatalogModule = {
  id: 'contacts',
  title: {
    zh: '好友关系',
    en: 'Contacts',
  },
  summary: {
    zh: '好友关系相关接口返回的错误：添加和移除好友、设置好友备注、分页或一次性获取好友列表、导入好友列表，以及管理用户的黑名单。',
    en: "Errors returned by the contact endpoints: adding and removing contacts, setting remarks, fetching the contact list page by page or all at once, importing contacts, and managing a user's blocklist.",
  },
  sections: [
    {
      id: 'contacts',
      title: {
        zh: '好友',
        en: 'Contacts',
      },
    },
    {
      id: 'blocklist',
      title: {
        zh: '黑名单',
        en: 'Blocklist',
      },
    },
  ],
  endpoints: [
    {
      id: 'contacts.add-contact',
      method: 'POST',
      path: '/app-id/{app_id}/users/{owner_username}/contacts/users/{friend_username}',
      title: {
        zh: '添加好友',
        en: 'Add a contact',
      },
      section: 'contacts',
      errors: [
        {error: '403-exceed-limit-user-contact-number'},
        {
          error: '404-service-resource-not-found',
          note: {
            zh: '路径中的 `{owner_username}`（发起添加的用户）或 `{friend_username}`（要添加的用户）不存在。',
            en: "Either `{owner_username}` (the user adding) or `{friend_username}` (the user being added) in the path doesn't exist.",
          },
        },
        {error: '403-exceed-limit-invitees-contact-max-count'},
        {error: '403-exceed-limit-inviters-contact-max-count'},
      ],
    },
    {
      id: 'contacts.remove-contact',
      method: 'DELETE',
      path: '/app-id/{app_id}/users/{owner_username}/contacts/users/{friend_username}',
      title: {
        zh: '移除好友',
        en: 'Remove a contact',
      },
      section: 'contacts',
      errors: [
        {
          error: '404-service-resource-not-found',
          note: {
            zh: '路径中的 `{owner_username}` 或要移除的 `{friend_username}` 不存在。',
            en: "Either `{owner_username}` or the `{friend_username}` being removed doesn't exist.",
          },
        },
      ],
    },
    {
      id: 'contacts.set-remark',
      method: 'PUT',
      path: '/app-id/{app_id}/user/{owner_username}/contacts/users/{friend_username}',
      title: {
        zh: '设置好友备注',
        en: 'Set a contact remark',
      },
      section: 'contacts',
      errors: [
        {error: '400-illegal-argument-updateremark-they-not-friends-add'},
        {
          error: '404-service-resource-not-found',
          note: {
            zh: '路径中的 `{owner_username}`（设置备注的用户）或 `{friend_username}`（被设置备注的好友）不存在。',
            en: "Either `{owner_username}` (who sets the remark) or `{friend_username}` (the contact it applies to) doesn't exist.",
          },
        },
      ],
    },
    {
      id: 'contacts.list-contacts-by-page',
      method: 'GET',
      path: '/app-id/{app_id}/user/{username}/contacts?limit={N}&cursor={cursor}&needReturnRemark={true/false}',
      title: {
        zh: '分页获取好友列表',
        en: 'Get the contact list by page',
      },
      section: 'contacts',
      errors: [
        {
          error: '404-service-resource-not-found',
          note: {
            zh: '路径中的 `{username}`（要获取其好友列表的用户）不存在。',
            en: "The `{username}` in the path (whose contacts you're fetching) doesn't exist.",
          },
        },
        {error: '400-illegal-argument-getcontacts'},
      ],
    },
    {
      id: 'contacts.list-contacts-all',
      method: 'GET',
      path: '/app-id/{app_id}/users/{owner_username}/contacts/users',
      title: {
        zh: '一次性获取好友列表',
        en: 'Get the full contact list',
      },
      section: 'contacts',
      errors: [
        {
          error: '404-service-resource-not-found',
          note: {
            zh: '路径中的 `{owner_username}`（要获取其好友列表的用户）不存在。',
            en: "The `{owner_username}` in the path (whose contacts you're fetching) doesn't exist.",
          },
        },
      ],
    },
    {
      id: 'contacts.import-contacts',
      method: 'POST',
      path: '/app-id/{app_id}/users/{username}/contacts/import',
      title: {
        zh: '导入好友列表',
        en: 'Import a contact list',
      },
      section: 'contacts',
      errors: [
        {
          error: '404-service-resource-not-found',
          note: {
            zh: '路径中的 `{username}`（要为其导入好友的用户）不存在。`usernames` 中不存在的好友不会触发 404，而是在响应的 `data.NotExistFailed` 中列出。',
            en: "The `{username}` in the path (who receives the imported contacts) doesn't exist. Nonexistent IDs in `usernames` don't cause a 404; they're listed in `data.NotExistFailed` in the response.",
          },
        },
        {error: '400-illegal-argument-request-user-over-flow-limit-10'},
        {
          error: '403-exceed-limit-inviters-contact-max-count',
          note: {
            zh: "导入好友的文档在这条消息末尾多写了一个句点（`Inviter's contact max count.`），是同一个错误。",
            en: "The import-contacts table writes this message with a trailing period (`Inviter's contact max count.`); it is the same error.",
          },
        },
      ],
    },
    {
      id: 'contacts.add-to-blocklist',
      method: 'POST',
      path: '/app-id/{app_id}/users/{owner_username}/blocks/users',
      title: {
        zh: '添加用户至黑名单',
        en: 'Add users to the blocklist',
      },
      section: 'blocklist',
      errors: [
        {
          error: '404-service-resource-not-found',
          note: {
            zh: '`{owner_username}`（黑名单的所有者）或 `usernames` 中要加入黑名单的某个用户不存在。',
            en: "Either `{owner_username}` (the blocklist owner) or one of the users in `usernames` you're blocking doesn't exist.",
          },
        },
        {error: '400-illegal-argument-attempt-adding-new-block-user-not-found'},
      ],
    },
    {
      id: 'contacts.list-blocklist',
      method: 'GET',
      path: '/app-id/{app_id}/users/{owner_username}/blocks/users?pageSize={N}&cursor={cursor}',
      title: {
        zh: '获取黑名单列表',
        en: 'Get the blocklist',
      },
      section: 'blocklist',
      errors: [
        {
          error: '404-service-resource-not-found',
          note: {
            zh: '路径中的 `{owner_username}`（要查询其黑名单的用户）不存在。',
            en: "The `{owner_username}` in the path (whose blocklist you're querying) doesn't exist.",
          },
        },
      ],
    },
    {
      id: 'contacts.remove-from-blocklist',
      method: 'DELETE',
      path: '/app-id/{app_id}/users/{owner_username}/blocks/users/{blocked_username}',
      title: {
        zh: '从黑名单中移除用户',
        en: 'Remove a user from the blocklist',
      },
      section: 'blocklist',
      errors: [
        {
          error: '404-service-resource-not-found',
          note: {
            zh: '`{owner_username}` 或要移出黑名单的 `{blocked_username}` 不存在。',
            en: "Either `{owner_username}` or the `{blocked_username}` you're unblocking doesn't exist.",
          },
        },
      ],
    },
  ],
  entries: [
    {
      id: '403-exceed-limit-user-contact-number',
      status: 403,
      type: 'exceed_limit',
      message: 'user contact number exceed limit',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserRelationship, line: 138}],
      summary: {
        zh: '其中一方的好友数已满，不能再添加新的好友。',
        en: 'One of the two users already has the maximum number of contacts.',
      },
      cause: {
        zh: '每个用户的好友数量有上限：免费版为每个用户 100 个，其他版本的上限不同。发起添加的 `{owner_username}` 和被添加的 `{friend_username}` 中，只要有一方已经到达上限，就会返回这个错误。',
        en: 'Each user can have a limited number of contacts: 100 per user on the free edition, a different number on other editions. The error is returned when either `{owner_username}` or `{friend_username}` is already at that limit.',
      },
      situations: [
        {
          zh: '免费版 App 上某个活跃用户已经有 100 个好友，又调接口去加第 101 个。',
          en: 'On a free-edition app, an active user already has 100 contacts and you call the endpoint to add a 101st.',
        },
        {
          zh: '发起方好友没几个，但要加的是一个好友早就加满的热门账号。',
          en: 'The requester has few contacts, but the account they add is a popular one whose list filled up long ago.',
        },
        {
          zh: '压测脚本给同一个测试账号批量加好友，跑到一半开始失败。',
          en: 'A load-test script keeps adding contacts to one shared test account and starts failing halfway through.',
        },
      ],
      fix: {
        zh: '分别获取两个用户的好友列表，找出已满的一方；先移除不再需要的好友再添加，或者联系商务升级到上限更高的版本。不做修改直接重试不会成功。',
        en: "Fetch both users' contact lists to find the one that is full; remove contacts that are no longer needed before adding, or contact sales to upgrade to an edition with a higher limit. Retrying unchanged won't succeed.",
      },
    },
    {
      id: '400-illegal-argument-updateremark-they-not-friends-add',
      status: 400,
      type: 'illegal_argument',
      message: 'updateRemark they are not friends, please add as a friend first.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserRelationship, line: 319}],
      summary: {
        zh: '两个用户还不是好友，所以不能设置备注。',
        en: "The two users aren't contacts, so no remark can be set.",
      },
      cause: {
        zh: '备注只能设置给自己好友列表里的用户，而 `{friend_username}` 不在 `{owner_username}` 的好友列表中，例如还没有添加、已经被移除，或者两个用户 ID 写反了。',
        en: "You can only set a remark on someone in your own contact list, and `{friend_username}` isn't in `{owner_username}`'s list: never added, since removed, or the two IDs are swapped.",
      },
      situations: [
        {
          zh: '给只聊过天、从没加过好友的陌生人设置备注。',
          en: 'You set a remark on someone the user has only chatted with and never added as a contact.',
        },
        {
          zh: '对方已经被删除好友，客户端还保留着编辑备注的入口并照常调用了接口。',
          en: 'The contact was removed earlier, but your app still shows the remark editor and calls the endpoint.',
        },
        {
          zh: '迁移脚本先批量写备注、后建立好友关系，顺序弄反了。',
          en: 'A migration script writes remarks first and creates the contact relationships afterwards, in the wrong order.',
        },
      ],
      fix: {
        zh: '先调用添加好友接口让两人建立好友关系，再设置备注；可以先获取 `{owner_username}` 的好友列表确认关系。备注 `remark` 最长 100 个字符。',
        en: "Add the two users as contacts with the add-contact endpoint, then set the remark; you can confirm the relationship by fetching `{owner_username}`'s contact list. The `remark` can be up to 100 characters.",
      },
    },
    {
      id: '400-illegal-argument-getcontacts',
      status: 400,
      type: 'illegal_argument',
      message: 'getContacts | page size more than max limit : 50',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserRelationship, line: 418}],
      summary: {
        zh: '分页获取好友列表时，`limit` 超过了 50。',
        en: 'The page size `limit` for fetching contacts is above 50.',
      },
      cause: {
        zh: '分页获取好友列表接口的 `limit` 取值范围是 [1,50]，请求中传入的值大于 50。',
        en: 'The paginated contact-list endpoint accepts `limit` from 1 to 50, and your request asked for more.',
      },
      situations: [
        {
          zh: '分页拉好友列表时想少调几次，把 `limit` 设成了 100。',
          en: 'Paging through a contact list, you set `limit` to 100 to make fewer calls.',
        },
        {
          zh: '把分页接口当成一次性获取好友列表来用，`limit` 直接传了 3000。',
          en: 'You use the paginated endpoint as if it returned the full list and pass `limit` as 3000.',
        },
        {
          zh: '每页条数从前端下拉框直接透传给服务器，用户选了 `200`。',
          en: 'The page size comes straight from a dropdown in your front end, and a user picked `200`.',
        },
      ],
      fix: {
        zh: '把 `limit` 设为 1 到 50 之间的值，并用每次响应中返回的 `cursor` 继续获取下一页。如果想一次拿到全部好友（最多 3000 个），可以改用一次性获取好友列表接口。',
        en: 'Set `limit` between 1 and 50 and pass the `cursor` from each response to get the next page. To get all contacts in one call (up to 3,000), use the endpoint that fetches the full contact list.',
      },
      variants: [{message: 'getContacts'}],
      note: {
        zh: '上游表格把这条提示拆成了两列：消息中的 `|` 被当成了表格分隔符，只剩下 `getContacts`，竖线之后关于分页上限的后半句落进了原因一栏。本条目恢复了完整的提示，只含 `getContacts` 的写法作为变体保留。',
        en: 'The upstream table splits this message in two: its `|` was read as a column separator, leaving only `getContacts`, while the part after the bar (the page size limit) ended up in the cause column. This entry restores the full message and keeps the bare `getContacts` as a variant.',
      },
    },
    {
      id: '400-illegal-argument-attempt-adding-new-block-user-not-found',
      status: 400,
      type: 'illegal_argument',
      message: 'attempt to adding new block[%s] for user[%s],but user[%s] not found.',
      older: true,
      sources: [
        {kind: 'test-suite', ...DOCUMENTS.sxTestFriendsandblacklistResult, line: 14},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerUserSystem, line: 2370},
      ],
      summary: {
        zh: '要加入黑名单的用户不存在。',
        en: 'The user to add to the blocklist does not exist.',
      },
      cause: {
        zh: '添加黑名单时，请求体 `usernames` 中的某个用户没有注册。方括号依次是要拉黑的用户、黑名单的所有者和找不到的用户。这是较早响应中的写法；较新的响应在同样情况下返回 404 `service_resource_not_found`。',
        en: 'A user in the `usernames` body of an add-to-blocklist request is not registered. The brackets hold the user to block, the owner of the blocklist and the user that was not found. This wording comes from older responses; newer ones answer the same case with 404 `service_resource_not_found`.',
      },
      situations: [
        {
          zh: '拉黑时 `usernames` 里混进了一个已经注销删除的账号。',
          en: 'The `usernames` you block include an account that has since been deleted.',
        },
        {
          zh: '要拉黑的用户 ID 拼错了一个字母，或者带了多余的空格。',
          en: 'The user ID to block has a typo or a stray space in it.',
        },
        {
          zh: '把另一个 App 下注册的用户 ID 加进了这个 App 用户的黑名单。',
          en: "You add a user ID registered in a different app to a user's blocklist in this one.",
        },
      ],
      fix: {
        zh: '从 `usernames` 中去掉不存在的用户 ID（或先注册它），核对拼写后重试。',
        en: 'Drop the missing user ID from `usernames` (or register it first), check the spelling and retry.',
      },
      sample: 'attempt to adding new block[bob] for user[alice],but user[bob] not found.',
      related: ['404-service-resource-not-found'],
    },
    {
      id: '400-illegal-argument-request-user-over-flow-limit-10',
      status: 400,
      type: 'illegal_argument',
      message: 'request user over flow limit:10.',
      sources: [{kind: 'sister-docs', ...DOCUMENTS.easemobUserRelationship, line: 575}],
      summary: {
        zh: '一次导入的好友超过 10 个。',
        en: 'More than 10 contacts were imported in one request.',
      },
      cause: {
        zh: '导入好友列表接口每次请求的 `usernames` 最多 10 个用户 ID，本次请求超过了这个数量。',
        en: 'The import-contacts endpoint takes at most 10 user IDs in `usernames` per request, and this request has more.',
      },
      situations: [
        {
          zh: '从旧系统迁移好友关系时，把一个用户的几十个好友放在一次导入请求里。',
          en: "Migrating from your old system, you send dozens of a user's contacts in a single import request.",
        },
        {
          zh: '导入脚本按 20 个一批切分 `usernames`，每一批都被拒绝。',
          en: 'Your import script splits `usernames` into batches of 20, and every batch is rejected.',
        },
        {
          zh: '新用户注册后，把通讯录匹配到的联系人一次性全部导入。',
          en: 'After sign-up, you import every address-book match of the new user in one go.',
        },
      ],
      fix: {
        zh: '把要导入的用户分成每批不超过 10 个，分多次调用。注意单个用户的好友总数另有上限。',
        en: "Split the users into batches of 10 or fewer and call once per batch. Keep in mind that a user's total number of contacts has its own limit.",
      },
      related: ['403-exceed-limit-inviters-contact-max-count'],
    },
    {
      id: '403-exceed-limit-invitees-contact-max-count',
      status: 403,
      type: 'exceed_limit',
      message: "Invitee's contact max count",
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 84},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '被添加的用户好友数已达上限。',
        en: 'The user being added already has the maximum number of contacts.',
      },
      cause: {
        zh: '添加好友时，路径中 `friend_username` 对应的用户好友数量已经达到上限，不能再成为新的好友。上限取决于 App 的套餐。',
        en: 'When adding a contact, the user in `friend_username` already has as many contacts as allowed and cannot take another. The limit depends on your plan.',
      },
      situations: [
        {
          zh: '用户去加一个热门主播为好友，而主播的好友列表已经满了。',
          en: 'A user tries to add a popular streamer whose contact list is already full.',
        },
        {
          zh: '客服账号总是作为被添加的一方，加它的人太多，新用户再也加不上。',
          en: 'Your support account is always the one being added, and after so many users it accepts no one new.',
        },
        {
          zh: '测试环境里公用的测试账号被各个脚本反复添加，好友数被占满了。',
          en: 'A shared test account on staging was added by so many scripts that its contact list is full.',
        },
      ],
      fix: {
        zh: '这需要对方先删除一些好友，重试本身不会成功。如果业务需要更高的好友上限，联系商务调整套餐。',
        en: 'The other user has to remove some contacts first; retrying alone will not help. If your use case needs a higher contact limit, contact sales about your plan.',
      },
      related: ['403-exceed-limit-inviters-contact-max-count', '403-exceed-limit-user-contact-number'],
    },
    {
      id: '403-exceed-limit-inviters-contact-max-count',
      status: 403,
      type: 'exceed_limit',
      message: "Inviter's contact max count",
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 85},
        {kind: 'sister-docs', ...DOCUMENTS.easemobUserRelationship, line: 576},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '发起添加的用户好友数已达上限。',
        en: 'The user adding contacts already has the maximum number of contacts.',
      },
      cause: {
        zh: '添加或导入好友时，发起操作的用户（路径中的 `owner_username` 或 `username`）好友数量已经达到上限。上限取决于 App 的套餐。',
        en: 'When adding or importing contacts, the user acting (`owner_username` or `username` in the path) already has as many contacts as allowed. The limit depends on your plan.',
      },
      situations: [
        {
          zh: '运营号主动把每个新注册用户加为好友，加到上限后开始报错。',
          en: 'An official account adds every new sign-up as a contact and starts failing once its own list is full.',
        },
        {
          zh: '导入好友时，目标用户原有的好友加上这批导入的已经超过上限。',
          en: "During an import, the user's existing contacts plus the new batch go past the limit.",
        },
        {
          zh: '用户在客户端添加新朋友时，自己的好友数早已达到套餐的上限。',
          en: "A user adds a new friend in your app while their own contact count is already at the plan's limit.",
        },
      ],
      fix: {
        zh: '先为该用户删除不再需要的好友，再添加；批量导入时减少本次导入的数量。如果业务需要更高的上限，联系商务调整套餐。',
        en: 'Remove contacts the user no longer needs before adding more, and import fewer at a time. If your use case needs a higher limit, contact sales about your plan.',
      },
      related: ['403-exceed-limit-invitees-contact-max-count', '403-exceed-limit-user-contact-number'],
    },
  ],
};
