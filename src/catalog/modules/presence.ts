/**
 * How to add an error to this module (presence); CONTRIBUTING.md walks through it in full.
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
 * 5. Check: `npm run check-catalog -- --only presence`, `npx tsc --noEmit`, `npm run test:unit`.
 */
import {DOCUMENTS} from '../documents';
import type {CatalogModule} from '../types';

export const presenceModule: CatalogModule = {
  id: 'presence',
  title: {
    zh: '在线状态订阅',
    en: 'Presence',
  },
  summary: {
    zh: '在线状态接口返回的错误：设置用户的在线状态，批量订阅、获取和取消订阅在线状态，查询订阅列表，以及查询单个群组的在线成员数量。',
    en: "Errors returned by the presence endpoints: setting a user's presence, subscribing to, getting and unsubscribing from presence in batch, listing subscriptions, and counting a group's online members.",
  },
  sections: [
    {
      id: 'presence',
      title: {
        zh: '设置与订阅在线状态',
        en: 'Set and subscribe to presence',
      },
      intro: {
        zh: '这些接口都需要 App 已开通在线状态服务。批量订阅、批量获取和取消订阅每次最多处理 100 个用户 ID。',
        en: 'All of these endpoints need presence to be activated for the app. Batch subscribe, batch get and unsubscribe each handle at most 100 user IDs per call.',
      },
    },
    {
      id: 'group-online-count',
      title: {
        zh: '群组在线成员数量',
        en: 'Online members of a group',
      },
      intro: {
        zh: '查询群组在线人数是单独开通的服务，与在线状态订阅无关；这里的在线只表示 App 与服务器保持连接，不包括自定义在线状态。',
        en: "Counting a group's online members is a separately activated service, independent of presence subscriptions. Online here only means the app is connected to the server; custom presence states are not counted.",
      },
    },
  ],
  endpoints: [
    {
      id: 'presence.set-status',
      method: 'POST',
      path: '/app-id/{app_id}/users/{username}/presence/{resource}/{status}',
      title: {
        zh: '设置用户在线状态信息',
        en: "Set a user's presence",
      },
      section: 'presence',
      errors: [
        {error: '400-illegal-argument-ext-cannot-null'},
        {error: '400-illegal-argument-ext-too-big'},
        {error: '400-service-open-exception-app-not-presence'},
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {error: '400-set-presence-failed'},
        {
          error: '400-resource-not-exist',
          note: {
            zh: '文档没有写明返回这个错误的接口；从 “resource” 的含义看，它对应路径中的 `resource` 参数。',
            en: 'The documentation does not name the endpoint; from the meaning of “resource”, it refers to the `resource` path parameter.',
          },
        },
      ],
    },
    {
      id: 'presence.subscribe-batch',
      method: 'POST',
      path: '/app-id/{app_id}/users/{username}/presence/{expiry}',
      title: {
        zh: '批量订阅在线状态',
        en: 'Subscribe to presence in batch',
      },
      section: 'presence',
      errors: [
        {error: '400-illegal-argument-usernames-empty'},
        {error: '400-illegal-argument-too-many-sub-presence'},
        {error: '400-illegal-argument-you-cant-sub-yourself'},
        {error: '400-service-open-exception-app-not-presence'},
      ],
    },
    {
      id: 'presence.get-status-batch',
      method: 'POST',
      path: '/app-id/{app_id}/users/{username}/presence',
      title: {
        zh: '批量获取在线状态信息',
        en: 'Get presence in batch',
      },
      section: 'presence',
      errors: [
        {error: '400-illegal-argument-too-many-get-presences'},
        {error: '400-service-open-exception-app-not-presence'},
      ],
    },
    {
      id: 'presence.count-group-online',
      method: 'GET',
      path: '/app-id/{app_id}/presence/online/{group_id}/type/{query_type}',
      title: {
        zh: '查询单个群组的在线成员数量',
        en: "Count a group's online members",
      },
      section: 'group-online-count',
      errors: [
        {error: '400-illegal-argument-id-cannot-null'},
        {error: '400-illegal-argument-type-cannot-null'},
        {error: '400-illegal-argument-type-must-0-1'},
        {error: '400-service-open-exception-appkey-not-rest-group-online'},
      ],
    },
    {
      id: 'presence.unsubscribe-batch',
      method: 'DELETE',
      path: '/app-id/{app_id}/users/{username}/presence',
      title: {
        zh: '取消订阅多个用户的在线状态',
        en: "Unsubscribe from several users' presence",
      },
      section: 'presence',
      errors: [
        {error: '400-illegal-argument-usernames-cannot-null'},
        {error: '400-illegal-argument-too-many-unsub-presences'},
        {error: '400-service-open-exception-app-not-presence'},
      ],
    },
    {
      id: 'presence.list-subscriptions',
      method: 'GET',
      path: '/app-id/{app_id}/users/{uid}/presence/sublist?pageNum={pagenumber}&pageSize={pagesize}',
      title: {
        zh: '查询订阅列表',
        en: "List a user's subscriptions",
      },
      section: 'presence',
      errors: [{error: '400-service-open-exception-app-not-presence'}],
    },
  ],
  entries: [
    {
      id: '400-illegal-argument-ext-cannot-null',
      status: 400,
      type: 'illegal_argument',
      message: 'ext cannot be null',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 111}],
      summary: {
        zh: '设置在线状态时，请求体缺少 `ext` 或它的值为空。',
        en: 'The request to set presence has no `ext`, or its value is null.',
      },
      cause: {
        zh: '设置用户在线状态信息的接口要求请求体带上字符串字段 `ext`（在线状态的扩展信息）。请求体里没有这个字段、值为 `null`，或者根本没有发送请求体，都会被拒绝。',
        en: 'The set-presence endpoint requires the string field `ext` (extra presence information) in the request body. A body without it, with `"ext": null`, or no body at all is rejected.',
      },
      situations: [
        {
          zh: '照着 curl 示例设置在线状态，`-d` 的上一行末尾少了续行符 `\\`，请求体根本没发出去。',
          en: 'You copy a curl example to set presence, but the line before `-d` lacks a trailing `\\`, so no body is sent.',
        },
        {
          zh: '只想把用户设成在线，觉得不需要扩展信息，就没传请求体。',
          en: 'You only want to mark the user online, think no extra information is needed, and send no body.',
        },
        {
          zh: '状态描述变量没赋值，序列化后请求体成了 `{"ext": null}`。',
          en: 'The status text variable is unset, so the body serialises as `{"ext": null}`.',
        },
      ],
      fix: {
        zh: '在 JSON 请求体中传入 `ext`，例如 `{"ext": "在开会"}`，并带上 `Content-Type: application/json` 请求头。没有需要附加的信息时，也请传一个简短的字符串，而不是省略它。',
        en: 'Send `ext` in a JSON body, for example `{"ext": "in a meeting"}`, with the header `Content-Type: application/json`. If you have nothing to add, still pass a short string instead of leaving the field out.',
      },
      related: ['400-illegal-argument-ext-too-big'],
    },
    {
      id: '400-illegal-argument-ext-too-big',
      status: 400,
      type: 'illegal_argument',
      message: 'ext is too big',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 112}],
      summary: {
        zh: '在线状态扩展信息 `ext` 超过了 1024 字节。',
        en: 'The presence extension `ext` is longer than 1024 bytes.',
      },
      cause: {
        zh: '设置在线状态时传入的 `ext` 超过了 1024 字节的上限。上限按字节计算，中文等多字节字符在 UTF-8 下每个通常占 3 个字节，会比看上去更快达到上限。',
        en: 'The `ext` sent when setting presence exceeds the 1024-byte limit. The limit counts bytes, and characters such as Chinese usually take 3 bytes each in UTF-8, so you reach it sooner than the character count suggests.',
      },
      situations: [
        {
          zh: '把自定义状态的完整说明和一串图片链接都写进了 `ext`。',
          en: "You put a custom status's full description plus a list of image links into `ext`.",
        },
        {
          zh: '输入框限制 500 个字，可中文在 UTF-8 下每个字占 3 个字节，远超 1024 字节。',
          en: 'Your input box allows 500 characters, but Chinese takes 3 bytes a character in UTF-8, far beyond 1024 bytes.',
        },
        {
          zh: '把整个状态对象序列化成 JSON 放进 `ext`，字段越加越多。',
          en: 'You serialise a whole status object as JSON into `ext`, and it keeps growing as fields are added.',
        },
      ],
      fix: {
        zh: '把 `ext` 缩短到 1024 字节以内，只放展示状态所需的信息；更详细的数据可以存在你自己的服务器上，`ext` 里只放一个标识。修改后重新请求，原样重试不会成功。',
        en: "Shorten `ext` to 1024 bytes or less and keep only what is needed to display the status; store richer data on your own server and put just an identifier in `ext`. Send again after the change; retrying unchanged won't help.",
      },
      related: ['400-illegal-argument-ext-cannot-null'],
    },
    {
      id: '400-illegal-argument-usernames-empty',
      status: 400,
      type: 'illegal_argument',
      message: 'usernames is empty',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 210}],
      summary: {
        zh: '批量订阅时，要订阅的用户 ID 数组 `usernames` 为空。',
        en: 'The `usernames` array of users to subscribe to is empty.',
      },
      cause: {
        zh: '批量订阅在线状态的请求体中，`usernames` 缺失或者是空数组，服务器不知道要订阅谁。',
        en: "In the batch subscribe request body, `usernames` is missing or an empty array, so the server doesn't know whom to subscribe to.",
      },
      situations: [
        {
          zh: '新用户还没有好友，按好友列表批量订阅时发出了 `{"usernames": []}`。',
          en: 'A new user has no contacts yet, and subscribing to their contact list sends `{"usernames": []}`.',
        },
        {
          zh: '批量订阅时照着取消订阅的写法把名单放在 `users` 字段里，没有 `usernames`。',
          en: 'Following the unsubscribe request, you put the list in a `users` field when subscribing, so there is no `usernames`.',
        },
        {
          zh: '过滤掉自己和已订阅的用户后名单空了，代码还是调用了订阅接口。',
          en: 'After filtering out yourself and users already subscribed, the list is empty, but the subscribe call still goes out.',
        },
      ],
      fix: {
        zh: '在请求体中传入至少 1 个、最多 100 个被订阅用户的 ID，例如 `{"usernames": ["user1", "user2"]}`。如果列表是程序生成的，先在调用前判断它是否为空，为空就跳过这次请求。',
        en: 'Pass between 1 and 100 user IDs in the body, for example `{"usernames": ["user1", "user2"]}`. If your code builds the list, check it before calling and skip the request when it is empty.',
      },
      related: ['400-illegal-argument-too-many-sub-presence', '400-illegal-argument-usernames-cannot-null'],
    },
    {
      id: '400-illegal-argument-too-many-sub-presence',
      status: 400,
      type: 'illegal_argument',
      message: 'too many sub presence',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 211}],
      summary: {
        zh: '一次订阅的用户超过 100 个。',
        en: 'More than 100 users in one subscribe request.',
      },
      cause: {
        zh: '批量订阅在线状态时，请求体 `usernames` 数组中的用户 ID 超过了每次 100 个的上限。',
        en: 'The `usernames` array of the batch subscribe request holds more than the 100 user IDs allowed per call.',
      },
      situations: [
        {
          zh: '用户登录后一次订阅全部好友的在线状态，好友超过 100 个的人就失败。',
          en: "On login you subscribe to all of a user's contacts at once, and it fails for anyone with more than 100.",
        },
        {
          zh: '群聊页想订阅全体成员，把一个 500 人群的成员 ID 全放进了 `usernames`。',
          en: 'A group chat screen subscribes to every member, putting all IDs of a 500-member group into `usernames`.',
        },
        {
          zh: '拆分订阅批次时沿用了查询订阅列表的 `pageSize=500`。',
          en: 'You chunk subscriptions by `pageSize=500`, the page size you use to list subscriptions.',
        },
      ],
      fix: {
        zh: '把要订阅的用户拆成每批最多 100 个，分多次调用；每次调用可以使用相同的订阅时长 `{expiry}`。',
        en: 'Split the users into batches of at most 100 and call once per batch; you can use the same `{expiry}` for every call.',
      },
      related: [
        '400-illegal-argument-usernames-empty',
        '400-illegal-argument-too-many-get-presences',
        '400-illegal-argument-too-many-unsub-presences',
      ],
    },
    {
      id: '400-illegal-argument-you-cant-sub-yourself',
      status: 400,
      type: 'illegal_argument',
      message: "you can't sub yourself",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 212}],
      summary: {
        zh: '用户不能订阅自己的在线状态。',
        en: "A user can't subscribe to their own presence.",
      },
      cause: {
        zh: '批量订阅时，`usernames` 数组里出现了路径参数 `{username}` 本身，也就是订阅者试图订阅自己。',
        en: 'The `usernames` array of the batch subscribe request contains the path parameter `{username}` itself, so the subscriber is trying to subscribe to themselves.',
      },
      situations: [
        {
          zh: '用群成员列表生成订阅名单，当前用户自己也是群成员，没有剔除。',
          en: "You build the subscription list from the group's members, and the current user, a member too, is not removed.",
        },
        {
          zh: '联调时图省事，用同一个账号既当订阅者又当被订阅者。',
          en: 'While testing you use one account as both the subscriber and the user subscribed to.',
        },
        {
          zh: '让所有在线客服互相订阅状态时，循环里没有跳过当前这位客服自己。',
          en: 'When making all support agents subscribe to one another, your loop does not skip the agent being subscribed for.',
        },
      ],
      fix: {
        zh: '发送前从 `usernames` 中过滤掉与 `{username}` 相同的 ID，再重新请求。例如从好友列表生成订阅名单时，要排除当前用户。',
        en: 'Filter out the ID equal to `{username}` from `usernames` before sending, then retry. For example, exclude the current user when you build the list from their contacts.',
      },
    },
    {
      id: '400-illegal-argument-too-many-get-presences',
      status: 400,
      type: 'illegal_argument',
      message: 'too many get presences',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 311}],
      summary: {
        zh: '一次获取在线状态的用户超过 100 个。',
        en: 'More than 100 users in one get-presence request.',
      },
      cause: {
        zh: '批量获取在线状态信息时，请求体 `usernames` 数组中的用户 ID 超过了每次 100 个的上限。',
        en: 'The `usernames` array of the batch get-presence request holds more than the 100 user IDs allowed per call.',
      },
      situations: [
        {
          zh: '好友列表页一次拉取全部好友的在线状态，有的用户好友有几百个。',
          en: 'The contacts screen fetches presence for every contact at once, and some users have hundreds.',
        },
        {
          zh: '运营后台调用批量获取在线状态信息接口，一次查 1000 个用户的自定义状态。',
          en: 'Your admin console fetches the custom presence of 1,000 users in one batch presence request.',
        },
      ],
      fix: {
        zh: '把用户 ID 拆成每批最多 100 个，分多次请求，再在你这边合并返回的 `result`。',
        en: 'Split the user IDs into batches of at most 100, send one request per batch and merge the returned `result` arrays on your side.',
      },
      related: ['400-illegal-argument-too-many-sub-presence', '400-illegal-argument-too-many-unsub-presences'],
    },
    {
      id: '400-illegal-argument-id-cannot-null',
      status: 400,
      type: 'illegal_argument',
      message: 'Id cannot be null.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 382}],
      summary: {
        zh: '查询群组在线人数时没有提供群组 ID。',
        en: "No group ID was given when counting a group's online members.",
      },
      cause: {
        zh: '请求路径中的 `{group_id}` 为空，例如 URL 被拼成了 `/presence/online//type/1`，或者变量没有替换成实际的群组 ID。',
        en: 'The `{group_id}` in the path is empty, for example the URL became `/presence/online//type/1`, or the variable was never replaced with a real group ID.',
      },
      situations: [
        {
          zh: '群组 ID 从前端参数里取，前端没传，路径里 `{group_id}` 那一段是空的。',
          en: 'The group ID comes from a front-end parameter that was never sent, leaving the `{group_id}` segment empty.',
        },
        {
          zh: '创建群组后没从响应里取 `groupid`，查询群在线人数时用了空值。',
          en: 'After creating a group you never read `groupid` from the response, so the online-count query uses an empty value.',
        },
      ],
      fix: {
        zh: '在路径中填入要查询的群组 ID，即创建群组时返回的 `groupid`，并在发送前检查这个变量不为空。',
        en: 'Put the group ID (the `groupid` returned when the group was created) into the path, and check that the variable is not empty before sending.',
      },
      related: ['400-illegal-argument-type-cannot-null'],
    },
    {
      id: '400-illegal-argument-type-cannot-null',
      status: 400,
      type: 'illegal_argument',
      message: 'Type cannot be null.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 383}],
      summary: {
        zh: '查询群组在线人数时没有提供查询类型 `query_type`。',
        en: "No query type (`query_type`) was given when counting a group's online members.",
      },
      cause: {
        zh: '请求路径中 `/type/` 后面的 `{query_type}` 为空，或者变量没有被替换成实际的值。',
        en: 'The `{query_type}` after `/type/` in the path is empty, or the variable was never replaced with a value.',
      },
      situations: [
        {
          zh: '看到文档把 `query_type` 列在查询参数里，就写成了 `?query_type=1`，路径 `/type/` 后面却是空的。',
          en: 'Seeing `query_type` listed under query parameters, you send `?query_type=1` and leave the path after `/type/` empty.',
        },
        {
          zh: '路径模板里的 `{query_type}` 用一个没赋值的变量替换，结果为空。',
          en: "The path template's `{query_type}` is filled from a variable that was never set, so it comes out empty.",
        },
      ],
      fix: {
        zh: '查询群组在线成员数量时，把 `{query_type}` 填为 `1`，例如 `/presence/online/{group_id}/type/1`。',
        en: "To count a group's online members, set `{query_type}` to `1`, for example `/presence/online/{group_id}/type/1`.",
      },
      related: ['400-illegal-argument-type-must-0-1', '400-illegal-argument-id-cannot-null'],
    },
    {
      id: '400-illegal-argument-type-must-0-1',
      status: 400,
      type: 'illegal_argument',
      message: 'Type must be 0 or 1.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 384}],
      summary: {
        zh: '查询类型 `query_type` 只能是 `0` 或 `1`。',
        en: 'The query type `query_type` must be `0` or `1`.',
      },
      cause: {
        zh: '路径中的 `{query_type}` 传了 `0` 和 `1` 以外的值，例如 `2`、`group` 或其他字符串。',
        en: 'The `{query_type}` in the path is something other than `0` or `1`, such as `2`, `group` or another string.',
      },
      situations: [
        {
          zh: '把 `query_type` 理解成会话类型，查群在线人数时传了 `group`。',
          en: 'You read `query_type` as the conversation type and pass `group` when counting online members.',
        },
        {
          zh: '以为 `1` 是单聊、`2` 是群组，于是给 `query_type` 传了 `2`。',
          en: 'You assume `1` means one-to-one chats and `2` groups, so you pass `2` as `query_type`.',
        },
      ],
      fix: {
        zh: '查询群组在线人数请固定传 `1`。`0` 虽然能通过校验，但它统计的是超级社区中社区 server 的在线人数，和群组无关，不要用于群组。',
        en: "Always pass `1` to count a group's online members. `0` passes validation, but it counts online members of a community server in the super community feature and has nothing to do with groups, so don't use it here.",
      },
      related: ['400-illegal-argument-type-cannot-null'],
    },
    {
      id: '400-service-open-exception-appkey-not-rest-group-online',
      status: 400,
      type: 'service open exception',
      message: 'this appkey not open rest group online service',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 385}],
      summary: {
        zh: 'App 没有开通群组在线人数统计服务。',
        en: 'The group online count service is not activated for the app.',
      },
      cause: {
        zh: '查询单个群组的在线成员数量依赖一项单独开通的服务，这个 App 还没有开通。它和在线状态订阅是两项服务，开通了在线状态并不包含这一项。',
        en: "Counting a group's online members relies on a service that has to be activated separately, and this app doesn't have it. It is separate from presence subscriptions; having presence activated doesn't include it.",
      },
      situations: [
        {
          zh: 'App 已经开通了在线状态订阅，以为群在线人数也能查，直接调了接口。',
          en: 'Presence is activated for the app, so you assume group online counts work too and call the endpoint.',
        },
        {
          zh: '测试 App 开通了群组在线人数服务，生产 App 没开，上线后查询失败。',
          en: 'The group online count service was activated for your test app but not for production, so the query fails after launch.',
        },
      ],
      fix: {
        zh: '联系商务为这个 App 开通群组在线人数统计服务，开通后原请求即可成功。在此之前重试不会有结果。',
        en: "Contact sales to activate the group online count service for this app; the same request then succeeds. Retrying before that won't help.",
      },
      related: ['400-service-open-exception-app-not-presence'],
    },
    {
      id: '400-illegal-argument-usernames-cannot-null',
      status: 400,
      type: 'illegal_argument',
      message: 'usernames cannot be null',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 457}],
      summary: {
        zh: '取消订阅时没有提供要取消的用户 ID 列表。',
        en: 'No list of user IDs was given to unsubscribe from.',
      },
      cause: {
        zh: '取消订阅多个用户在线状态的请求中，要取消订阅的用户 ID 数组缺失、为 `null` 或为空。上游文档把这个请求体字段写作 `users`，而示例直接发送一个 JSON 数组，错误消息则称它为 `usernames`。',
        en: 'The unsubscribe request has no array of user IDs, or it is `null` or empty. The upstream documentation names the body field `users`, its example sends a bare JSON array, and the error message calls it `usernames`.',
      },
      situations: [
        {
          zh: '用 axios 的 `delete(url, data)` 取消订阅，第二个参数被当成配置，请求体没发出去。',
          en: 'You unsubscribe with axios `delete(url, data)`, which treats the second argument as config, so no body is sent.',
        },
        {
          zh: '用户退出登录时批量取消订阅，当前订阅名单已经空了，发出的是 `[]`。',
          en: 'On logout you unsubscribe from the current list, which is already empty, so `[]` goes out.',
        },
      ],
      fix: {
        zh: '在请求体中传入 1 到 100 个要取消订阅的用户 ID，例如 `["user1", "user2"]`，并带上 `Content-Type: application/json`。部分 HTTP 客户端默认不会为 DELETE 请求发送请求体，请确认请求体确实发出去了。',
        en: 'Send 1 to 100 user IDs to unsubscribe from in the body, for example `["user1", "user2"]`, with `Content-Type: application/json`. Some HTTP clients drop the body of DELETE requests by default, so make sure it is actually sent.',
      },
      related: ['400-illegal-argument-too-many-unsub-presences', '400-illegal-argument-usernames-empty'],
    },
    {
      id: '400-illegal-argument-too-many-unsub-presences',
      status: 400,
      type: 'illegal_argument',
      message: 'too many unsub presences',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 458}],
      summary: {
        zh: '一次取消订阅的用户超过 100 个。',
        en: 'More than 100 users in one unsubscribe request.',
      },
      cause: {
        zh: '取消订阅多个用户在线状态时，请求体中的用户 ID 超过了每次 100 个的上限。',
        en: 'The unsubscribe request body holds more than the 100 user IDs allowed per call.',
      },
      situations: [
        {
          zh: '账号注销前一次取消所有订阅，把几百个被订阅用户的 ID 放进了一个请求。',
          en: 'Before closing an account you cancel every subscription, putting a few hundred user IDs into one request.',
        },
        {
          zh: '用 `pageSize=500` 查出一页订阅列表，整页直接拿去取消订阅。',
          en: 'You list subscriptions with `pageSize=500` and pass the whole page to unsubscribe.',
        },
      ],
      fix: {
        zh: '把要取消订阅的用户拆成每批最多 100 个，分多次调用。想知道当前订阅了哪些用户，可以先用查询订阅列表接口分页获取。',
        en: 'Split the users into batches of at most 100 and call once per batch. To see whom the user currently subscribes to, page through the list-subscriptions endpoint first.',
      },
      related: ['400-illegal-argument-usernames-cannot-null', '400-illegal-argument-too-many-sub-presence'],
    },
    {
      id: '400-set-presence-failed',
      status: 400,
      type: '',
      message: 'set presence failed',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 62},
        {kind: 'sister-docs', ...DOCUMENTS.easemobErrorAa0017a, line: 61},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '设置用户在线状态失败。',
        en: "Setting the user's presence failed.",
      },
      cause: {
        zh: '服务器没能保存这次设置的在线状态。文档没有给出具体原因；值得先检查的是路径参数，例如 `status` 不是数字字符串（`0` 离线、`1` 在线、其他数字为自定义状态），或 `resource` 不是 `{设备类型}_{资源 ID}` 格式的设备标识。',
        en: 'The server could not store the presence being set. The documentation gives no specific reason; the path parameters are worth checking first, such as a `status` that is not a numeric string (`0` offline, `1` online, any other number a custom status) or a `resource` that is not a device identifier of the form `{device type}_{resource ID}`.',
      },
      situations: [
        {
          zh: '设置在线状态时 `status` 传了 `busy` 这样的文字，而不是数字字符串。',
          en: 'When setting presence you pass a word such as `busy` as `status` instead of a numeric string.',
        },
        {
          zh: '设置在线状态时把设备的 `device_uuid` 当作 `resource`，不是 `{设备类型}_{资源 ID}` 的格式。',
          en: "When setting presence you pass the device's `device_uuid` as `resource`, not an identifier of the form `{device type}_{resource ID}`.",
        },
      ],
      fix: {
        zh: '核对路径中的 `username`、`resource` 和 `status` 是否符合上述格式，`ext` 是否超过长度上限，然后重试一次。持续失败时记录完整请求和响应，联系技术支持。',
        en: 'Check that `username`, `resource` and `status` in the path have those forms and that `ext` is within its length limit, then retry once. If it keeps failing, record the full request and response and contact support.',
      },
      related: ['400-resource-not-exist'],
    },
    {
      id: '400-resource-not-exist',
      status: 400,
      type: '',
      message: 'resource not exist',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 64},
        {kind: 'sister-docs', ...DOCUMENTS.easemobErrorAa0017a, line: 63},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '请求中指定的设备资源不存在。',
        en: 'The device resource named in the request does not exist.',
      },
      cause: {
        zh: '设置在线状态时，路径中的 `resource`（设备标识）不是该用户当前登录的设备：设备已下线、标识拼错，或者填的是别的用户的设备。',
        en: 'When setting presence, the `resource` (device identifier) in the path is not a device the user is logged in on: the device went offline, the identifier is misspelled, or it belongs to another user.',
      },
      situations: [
        {
          zh: '设备已经退出登录，服务器还在用之前记下的 `resource` 给它设置在线状态。',
          en: 'The device has logged out, but your server still sets its presence with the `resource` it saved earlier.',
        },
        {
          zh: '给用户 B 设置在线状态时，用的是用户 A 某台设备的资源 ID。',
          en: "You set user B's presence with the resource ID of one of user A's devices.",
        },
      ],
      fix: {
        zh: '先调用获取指定账号的在线登录设备列表接口，用其中返回的设备标识（例如 `android_123423453246`）作为 `resource`，然后重试。',
        en: "List the user's online devices first and use an identifier from that list (such as `android_123423453246`) as `resource`, then retry.",
      },
      related: ['400-set-presence-failed'],
    },
    {
      id: '400-too-many-queries',
      status: 400,
      type: '',
      message: 'too many queries',
      section: 'presence',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 69},
        {kind: 'sister-docs', ...DOCUMENTS.easemobErrorAa0017a, line: 68},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '一次查询的在线状态数量超过了上限。',
        en: 'One request queried more presences than allowed.',
      },
      cause: {
        zh: '查询在线状态时，一次请求中的用户数量超过了允许的上限。文档没有写明是哪个接口、上限是多少；批量获取在线状态时一次最多传 100 个用户 ID。',
        en: 'A presence query named more users in one request than allowed. The documentation names neither the endpoint nor the limit; batch presence queries take at most 100 user IDs per call.',
      },
      situations: [
        {
          zh: '一次请求查询几百个用户的在线状态，没有分批。',
          en: 'You query the presence of several hundred users in one request, without batching.',
        },
        {
          zh: '好友列表边滚动边加载，代码把已加载的所有好友一起查在线状态，列表越长越容易失败。',
          en: 'As the contact list scrolls, your code queries presence for every contact loaded so far, and longer lists start failing.',
        },
      ],
      fix: {
        zh: '把要查询的用户分成更小的批次（例如每批不超过 100 个），分多次查询。',
        en: 'Split the users into smaller batches (100 or fewer each, for example) and query them in several calls.',
      },
      related: ['400-illegal-argument-too-many-get-presences'],
    },
  ],
};
