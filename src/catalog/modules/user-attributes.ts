/**
 * How to add an error to this module (user-attributes); CONTRIBUTING.md walks through it in full.
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
 * 5. Check: `npm run check-catalog -- --only user-attributes`, `npx tsc --noEmit`, `npm run test:unit`.
 */
import {DOCUMENTS} from '../documents';
import type {CatalogModule} from '../types';

export const userAttributesModule: CatalogModule = {
  id: 'user-attributes',
  title: {
    zh: '用户属性',
    en: 'User attributes',
  },
  summary: {
    zh: '用户属性接口返回的错误：设置、获取和删除单个用户的用户属性，批量获取多个用户的用户属性，以及查询 App 下用户属性的总大小。',
    en: "Errors returned by the user attributes endpoints: setting, getting and deleting one user's attributes, getting attributes for several users at once, and querying the total size of the app's user attributes.",
  },
  // The docs' error tables of this module list no App Token error; the reference follows them.
  appTokenErrors: false,
  sections: [
    {
      id: 'user-attributes',
      title: {
        zh: '设置、获取和删除用户属性',
        en: 'Set, get and delete user attributes',
      },
      intro: {
        zh: '用户属性需要先为 App 开通。默认每个用户的属性合计不超过 2 KB，整个 App 的属性合计不超过 10 GB；只有 App 管理员（App Token）或用户本人可以修改某个用户的属性。',
        en: "User attributes must be activated for the app first. By default one user's attributes may total at most 2 KB and the whole app's at most 10 GB; only the app admin (App Token) or the user themselves may change a user's attributes.",
      },
    },
  ],
  endpoints: [
    {
      id: 'user-attributes.set',
      method: 'PUT',
      path: '/app-id/{app_id}/metadata/user/{username}',
      title: {
        zh: '设置用户属性',
        en: "Set a user's attributes",
      },
      section: 'user-attributes',
      errors: [
        {error: '403-forbidden-user-metadata-service-not-allow'},
        {error: '403-forbidden-size-metadata-single-user-exceeds'},
        {error: '403-forbidden-size-metadata-single-user-exceeds-current-mysql-column-size-bytes'},
        {error: '403-forbidden-total-size-user-metadata-app'},
        {error: '500-internal-server-error-update-metadata-failed'},
        {error: '403-user-metadata-length-exceed-limit'},
        {error: '404-not-found'},
        {error: '409-update-usermetadata-failed-concurrent-updates-not-allowed'},
        {error: '500-jdbcconnectionexception-unable-acquire-jdbc-connection'},
        {
          error: '401-unauthorized',
          note: {
            zh: '见到的响应体只有 `desc` 字段，没有 `error` 字段。',
            en: 'The body seen here has only a `desc` field and no `error` field.',
          },
        },
      ],
    },
    {
      id: 'user-attributes.get',
      method: 'GET',
      path: '/app-id/{app_id}/metadata/user/{username}',
      title: {
        zh: '获取用户属性',
        en: "Get a user's attributes",
      },
      section: 'user-attributes',
      errors: [
        {
          error: '401-metadata-error-auth',
          note: {
            zh: '在这个接口上，最常见的原因是用了用户 Token，但它不属于路径中的 `{username}`，也就是想读取别人的用户属性。',
            en: "On this endpoint the usual cause is a user token that doesn't belong to the `{username}` in the path, that is, an attempt to read someone else's attributes.",
          },
        },
        {error: '403-forbidden-user-metadata-service-not-allow'},
        {error: '500-internal-server-error'},
        {error: '500-jdbcconnectionexception-unable-acquire-jdbc-connection'},
      ],
    },
    {
      id: 'user-attributes.get-batch',
      method: 'POST',
      path: '/app-id/{app_id}/metadata/user/get',
      title: {
        zh: '批量获取用户属性',
        en: 'Get attributes of several users',
      },
      section: 'user-attributes',
      errors: [
        {error: '400-bad-request-exceed-allowed-batch-size'},
        {error: '401-metadata-error-auth'},
        {error: '403-forbidden-user-metadata-service-not-allow'},
        {error: '500-jdbcconnectionexception-unable-acquire-jdbc-connection'},
      ],
    },
    {
      id: 'user-attributes.get-total-size',
      method: 'GET',
      path: '/app-id/{app_id}/metadata/user/capacity',
      title: {
        zh: '获取 app 下用户属性总大小',
        en: "Get the total size of the app's user attributes",
      },
      section: 'user-attributes',
      errors: [
        {error: '401-unauthorized'},
        {error: '401-metadata-error-auth'},
        {error: '403-forbidden-user-metadata-service-not-allow'},
      ],
    },
    {
      id: 'user-attributes.delete',
      method: 'DELETE',
      path: '/app-id/{app_id}/metadata/user/{username}',
      title: {
        zh: '删除用户属性',
        en: "Delete a user's attributes",
      },
      section: 'user-attributes',
      errors: [
        {error: '401-metadata-error-auth'},
        {error: '403-forbidden-user-metadata-service-not-allow'},
        {
          error: '401-unauthorized',
          note: {
            zh: '见到的响应体只有 `desc` 字段，没有 `error` 字段。',
            en: 'The body seen here has only a `desc` field and no `error` field.',
          },
        },
      ],
    },
  ],
  entries: [
    {
      id: '403-forbidden-size-metadata-single-user-exceeds',
      status: 403,
      type: 'FORBIDDEN',
      message: 'size of metadata for this single user exceeds the user defined limit, {}Bytes',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserprofile, line: 152}],
      summary: {
        zh: '这个用户的用户属性合计超过了单用户配额（默认 2 KB）。',
        en: "This user's attributes together exceed the per-user quota (2 KB by default).",
      },
      cause: {
        zh: '写入后，这个用户全部属性键值对的总大小会超过 App 的单用户上限，默认是 2 KB，消息末尾的数字就是这个上限的字节数。计算的是用户已有属性加上本次写入的内容，而不只是本次请求。',
        en: "After the write, the total size of all of this user's attribute key-value pairs would exceed the app's per-user limit, 2 KB by default; the number at the end of the message is that limit in bytes. The count covers the attributes the user already has plus this request, not just this request.",
      },
      situations: [
        {
          zh: '把用户的完整简介和标签列表序列化成 JSON 塞进 `ext`，设置用户属性时被拒。',
          en: "You serialise a user's full bio and tag list as JSON into `ext`, and setting the attributes is refused.",
        },
        {
          zh: '每次设置用户属性都新增一个带时间戳的键，旧键从不删除，几个月后再也写不进去。',
          en: 'Every attribute update adds a new timestamped key and old keys are never removed, so months later writes fail.',
        },
        {
          zh: '单个值都不长，但这个用户已经存了昵称、签名、生日等十几个键，再加一个就超过 2 KB。',
          en: 'No single value is long, but the user already has a dozen keys such as nickname, signature and birthday, and one more pushes past 2 KB.',
        },
      ],
      fix: {
        zh: '先用获取用户属性接口看看这个用户已经存了哪些属性，删掉或缩短不再需要的值（例如把长文本挪到你自己的服务器，只在 `ext` 里存引用），再重新设置。确实需要更大的单用户配额时，联系商务调整。原样重试不会成功。',
        en: "Get the user's attributes to see what is already stored, then remove or shorten values you no longer need (for example keep long text on your own server and store only a reference in `ext`), and set them again. If you really need a larger per-user quota, contact sales. Retrying unchanged won't help.",
      },
      sample: 'size of metadata for this single user exceeds the user defined limit, 2048Bytes',
      related: [
        '403-forbidden-size-metadata-single-user-exceeds-current-mysql-column-size-bytes',
        '403-forbidden-total-size-user-metadata-app',
      ],
    },
    {
      id: '403-forbidden-size-metadata-single-user-exceeds-current-mysql-column-size-bytes',
      status: 403,
      type: 'FORBIDDEN',
      message: 'size of metadata for this single user exceeds the current mysql column size, {}Bytes',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserprofile, line: 153}],
      summary: {
        zh: '这个用户的用户属性超出了服务器的存储长度限制。',
        en: "This user's attributes are longer than the server can store for one user.",
      },
      cause: {
        zh: '本次要保存的用户属性超出了服务器为单个用户预留的存储长度，消息末尾的数字是这个长度（字节）。通常是某个属性值远超客户端约定的长度，例如 `nickname` 超过 64 个字符或 `avatarurl` 超过 256 个字符。',
        en: 'The attributes to be saved are longer than the storage the server reserves for one user; the number at the end of the message is that size in bytes. Usually one value is far longer than the client conventions allow, for example a `nickname` over 64 characters or an `avatarurl` over 256 characters.',
      },
      situations: [
        {
          zh: '把头像图片转成 base64 直接写进 `avatarurl`，而不是只存图片地址。',
          en: 'You write the avatar image as base64 data into `avatarurl` instead of storing its URL.',
        },
        {
          zh: 'App 没限制签名长度，有用户往 `sign` 里贴了一整篇文章。',
          en: 'Your app does not cap the signature, and a user pastes a whole article into `sign`.',
        },
        {
          zh: '迁移用户资料时把每个人整段 HTML 格式的个人主页写进了 `ext`。',
          en: "A profile migration writes each user's whole HTML home page into `ext`.",
        },
      ],
      fix: {
        zh: '按客户端默认键的长度约定缩短属性值：`nickname`、`mail`、`birth` 不超过 64 个字符，`avatarurl`、`sign` 不超过 256 个字符，`phone` 不超过 32 个字符；`ext` 也尽量精简。改好后重新设置，原样重试不会成功。',
        en: "Shorten the values to the client's conventions for the default keys: `nickname`, `mail` and `birth` up to 64 characters, `avatarurl` and `sign` up to 256, `phone` up to 32, and keep `ext` small. Then set them again; retrying unchanged won't help.",
      },
      sample: 'size of metadata for this single user exceeds the current mysql column size, 4096Bytes',
      related: ['403-forbidden-size-metadata-single-user-exceeds'],
    },
    {
      id: '403-forbidden-total-size-user-metadata-app',
      status: 403,
      type: 'FORBIDDEN',
      message: 'total size of user metadata for this app exceeds the user defined limit, {}Bytes',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserprofile, line: 154}],
      summary: {
        zh: '整个 App 的用户属性总量已达到上限（默认 10 GB）。',
        en: "The app's user attributes as a whole have reached their limit (10 GB by default).",
      },
      cause: {
        zh: 'App 下所有用户的属性加起来超过了 App 级配额，默认是 10 GB，消息末尾的数字是这个上限的字节数。这时任何用户都无法再写入新的属性，和本次请求写了多少无关。',
        en: "All users' attributes in the app together exceed the app-wide quota, 10 GB by default; the number at the end of the message is that limit in bytes. No user can store new attributes until usage goes down, however small this request is.",
      },
      situations: [
        {
          zh: 'App 用户量很大，每人都存了接近 2 KB 的属性，新用户开始保存不了资料。',
          en: 'The app has a great many users each storing close to 2 KB of attributes, and new users can no longer save their profiles.',
        },
        {
          zh: '停用的测试账号和长期不活跃用户的属性一直没清理，App 的总量慢慢到了上限。',
          en: 'Attributes of retired test accounts and long-inactive users were never cleaned up, and the app total slowly reached its cap.',
        },
        {
          zh: '只是改一个用户的昵称这么小的写入，也因为整个 App 用满了而被拒。',
          en: "Even a tiny write, such as changing one user's nickname, is refused because the app as a whole is full.",
        },
      ],
      fix: {
        zh: '用获取 App 下用户属性总大小的接口（`GET /app-id/{app_id}/metadata/user/capacity`）确认当前用量，再删除不活跃或已注销用户的属性来腾出空间。需要更大的 App 级配额时，联系商务调整。',
        en: 'Check current usage with the total-size endpoint (`GET /app-id/{app_id}/metadata/user/capacity`), then free space by deleting the attributes of inactive or removed users. If you need a larger app-wide quota, contact sales.',
      },
      sample: 'total size of user metadata for this app exceeds the user defined limit, 10737418240Bytes',
      related: ['403-forbidden-size-metadata-single-user-exceeds'],
    },
    {
      id: '500-internal-server-error-update-metadata-failed',
      status: 500,
      type: 'INTERNAL_SERVER_ERROR',
      message: 'update metadata failed',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserprofile, line: 155}],
      summary: {
        zh: '服务器保存用户属性时出错，本次设置没有生效。',
        en: 'The server failed while saving the user attributes; nothing was changed.',
      },
      cause: {
        zh: '请求本身通过了校验，但服务器在写入用户属性时发生了内部异常，通常是暂时性的。',
        en: 'The request passed validation, but the server hit an internal error while writing the attributes. This is usually temporary.',
      },
      situations: [
        {
          zh: '设置用户属性偶尔返回 500，同一个请求隔几秒重发就成功了。',
          en: "Setting a user's attributes occasionally returns 500, and the same request succeeds when resent a few seconds later.",
        },
        {
          zh: '批量更新用户资料的迁移脚本跑到一半，个别用户的设置用户属性请求失败。',
          en: "Midway through a migration that updates many profiles, a few users' set-attribute calls fail.",
        },
      ],
      fix: {
        zh: '稍等片刻后用指数退避重试同一个请求；设置用户属性是覆盖写入，重试是安全的。持续失败时，记下请求时间、`app_id` 和 `username` 联系技术支持。',
        en: 'Wait a moment and retry the same request with exponential backoff; setting attributes overwrites them, so retrying is safe. If it keeps failing, note the time, the `app_id` and the `username`, and contact support.',
      },
      related: ['500-internal-server-error', 'http-500'],
    },
    {
      id: '401-metadata-error-auth',
      status: 401,
      type: 'metadata_error',
      message: 'auth error',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserprofile, line: 226}],
      summary: {
        zh: '用户属性接口鉴权失败：Token 无效或无权操作这个用户。',
        en: 'User attributes authentication failed: the token is invalid or may not act on this user.',
      },
      cause: {
        zh: '用户属性接口只接受 App 管理员或用户本人的身份。请求头里的 Token 无效、已过期，或者是另一个用户的用户 Token（与路径中的 `{username}` 不一致）时，都会返回这个错误。',
        en: 'The user attributes endpoints accept only the app admin or the user themselves. The error comes back when the token in the header is invalid or expired, or is the user token of a different user than the `{username}` in the path.',
      },
      situations: [
        {
          zh: '客户端用用户 A 的 Token 去获取用户 B 的属性，想显示对方的资料卡。',
          en: "A client uses user A's token to get user B's attributes for a profile card.",
        },
        {
          zh: '服务器缓存的 App Token 过期了还在用，删除用户属性时被拒。',
          en: 'Your server keeps using a cached App Token after it expired, and deleting user attributes is refused.',
        },
        {
          zh: '拿测试 App 的 Token 调用了生产 App 的批量获取用户属性接口。',
          en: "You call the production app's batch user-attribute query with a token from the test app.",
        },
      ],
      fix: {
        zh: '在服务器调用时使用 App Token，以 `Authorization: Bearer <token>` 的形式放入请求头；若必须使用用户 Token，只能用它读写该用户自己的属性。换成正确的 Token 后再请求，原样重试不会成功。',
        en: "From your server, use an App Token, sent as `Authorization: Bearer <token>`. If you must use a user token, use it only for that user's own attributes. Send the request again with the right token; retrying unchanged won't help.",
      },
      related: ['401-unauthorized', '401-unauthorized-unable-authenticate-oauth'],
    },
    {
      id: '500-internal-server-error',
      status: 500,
      type: 'INTERNAL_SERVER_ERROR',
      message: '',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserprofile, line: 228}],
      summary: {
        zh: '服务器内部错误，且没有给出具体说明。',
        en: 'Internal server error with no further description.',
      },
      cause: {
        zh: '获取用户属性时服务器出现了意外异常，响应里只有 `INTERNAL_SERVER_ERROR`，没有 `error_description`。这一般不是请求参数造成的。',
        en: 'The server hit an unexpected failure while reading user attributes and returned only `INTERNAL_SERVER_ERROR`, with no `error_description`. The request parameters are usually not to blame.',
      },
      situations: [
        {
          zh: '打开资料页时服务器代为获取用户属性，偶尔收到没有任何说明的 500。',
          en: 'When a profile page opens, your server fetches the user attributes and now and then gets a 500 with no explanation.',
        },
        {
          zh: '流量高峰时大量获取用户属性的请求同时到达，少数失败，稍后重试又成功。',
          en: 'At a traffic peak many get-attribute requests arrive at once; a few fail and then succeed on retry.',
        },
      ],
      fix: {
        zh: '稍后用指数退避重试，读取操作重试是安全的。多次重试仍然失败时，记录请求时间、完整 URL 和响应体，联系技术支持。',
        en: 'Retry later with exponential backoff; reads are safe to retry. If it keeps failing, record the time, the full URL and the response body, and contact support.',
      },
      related: ['500-internal-server-error-update-metadata-failed', 'http-500'],
    },
    {
      id: '400-bad-request-exceed-allowed-batch-size',
      status: 400,
      type: 'BAD_REQUEST',
      message: 'exceed allowed batch size %s',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangUserprofile, line: 333},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerUserMetadata, line: 374},
      ],
      summary: {
        zh: '一次批量查询的用户数超过上限（100 个）。',
        en: 'Too many users in one batch query (the limit is 100).',
      },
      cause: {
        zh: '批量获取用户属性时，请求体 `targets` 数组里的用户 ID 超过了每次 100 个的上限，消息中的数字就是允许的最大数量。',
        en: 'The `targets` array in the request body of the batch query holds more than the 100 user IDs allowed per call; the number in the message is the allowed maximum.',
      },
      situations: [
        {
          zh: '群成员列表页把 200 个成员 ID 一次放进 `targets`，想批量拿昵称和头像。',
          en: 'A group member list puts all 200 member IDs into `targets` to fetch nicknames and avatars at once.',
        },
        {
          zh: '好友很多的用户打开通讯录，服务器把全部好友 ID 一次发给批量获取用户属性接口。',
          en: "For a user with many contacts, your server sends every contact's ID to the batch attribute query in one call.",
        },
        {
          zh: '以为 `properties` 少列几个属性名，就能一次多查一些用户。',
          en: 'You assume that listing fewer names in `properties` lets you query more users per call.',
        },
      ],
      fix: {
        zh: '把 `targets` 拆成每组最多 100 个用户 ID，分多次请求后在你这边合并结果。`properties` 只需列出真正要用的属性名，可以减小响应体积。',
        en: 'Split `targets` into chunks of at most 100 user IDs, send one request per chunk and merge the results on your side. List only the attribute names you need in `properties` to keep responses small.',
      },
      sample: 'exceed allowed batch size 100',
      variants: [{status: 403, type: '', message: 'exceed allowed batch size 100'}],
      note: {
        zh: '同一服务另一品牌的较早文档给出的是 403、没有错误类型、数字直接写成 100 的写法；当前文档给出 400 `BAD_REQUEST`。两者是同一个错误，本条目合并记录，较早的写法列为变体。',
        en: 'Older documentation of the same service under another brand gives this as a 403 with no error type and the number written as 100; the current documentation gives 400 `BAD_REQUEST`. It is the same error, recorded here as one entry with the older spelling as a variant.',
      },
      related: ['400-exceed-allowed-batch-size-10'],
    },
    {
      id: '401-unauthorized',
      status: 401,
      type: 'unauthorized',
      message: 'unauthorized',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangUserprofile, line: 400},
        {kind: 'test-suite', ...DOCUMENTS.sxTestUserattributeResult, line: 41},
        {kind: 'test-suite', ...DOCUMENTS.sxTest25, line: 22},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerUserMetadata, line: 129},
      ],
      summary: {
        zh: '用户属性接口没有收到有效的 App Token。',
        en: 'A user attribute endpoint did not receive a valid App Token.',
      },
      cause: {
        zh: '用户属性接口只接受 App Token。请求没有带 Token、带的是用户 Token，或者 Token 无效、已过期，都会被拒绝。获取 App 下用户属性总大小是 App 范围的操作，文档只为它列出这条错误；设置和删除用户属性时也见过同样的拒绝，响应体只有 `desc` 字段（`{"desc": "unauthorized"}`），没有 `error` 字段。',
        en: 'User attribute endpoints accept only an App Token. A request without a token, with a user token, or with an invalid or expired token is refused. The documentation lists this error only for getting the total attribute size of the app, an app-wide operation; setting and deleting user attributes have been seen refusing the same way, with a body that has only a `desc` field (`{"desc": "unauthorized"}`) and no `error` field.',
      },
      situations: [
        {
          zh: '用用户 Token 调用 `/metadata/user/capacity` 查 App 的用户属性总大小。',
          en: "You call `/metadata/user/capacity` for the app's total attribute size with a user token.",
        },
        {
          zh: '设置用户属性的脚本漏了 `Authorization` 请求头。',
          en: 'A script that sets user attributes leaves out the `Authorization` header.',
        },
        {
          zh: '生成 App Token 的服务器时钟不准，删除用户属性时 Token 已被当作过期。',
          en: 'The clock on the server that builds App Tokens is off, so the token already counts as expired when you delete attributes.',
        },
      ],
      fix: {
        zh: '在你的服务器上用 App ID 和 App Certificate 生成 App Token，以 `Authorization: Bearer <token>` 的形式调用这些接口，不要使用用户 Token。Token 过期时重新生成，并确认生成 Token 的服务器时钟准确。',
        en: 'Generate an App Token on your server from the App ID and App Certificate and call these endpoints with `Authorization: Bearer <token>`; do not use a user token. When it expires, generate a new one, and make sure the clock of the server that generates it is right.',
      },
      variants: [{type: '', message: 'unauthorized'}],
      note: {
        zh: '文档中这条错误的类型是 `unauthorized`；实际见到的响应体没有 `error` 字段，消息放在 `desc` 中（也见过首字母大写的 `Unauthorized`）。两者是同一个错误，本条目合并记录。',
        en: 'The documentation gives this error the type `unauthorized`; bodies seen in practice have no `error` field and carry the message in `desc` (sometimes capitalised as `Unauthorized`). It is the same error, recorded here as one entry.',
      },
      related: ['401-metadata-error-auth', '401-unauthorized-unable-authenticate-oauth'],
    },
    {
      id: '403-user-metadata-length-exceed-limit',
      status: 403,
      type: '',
      message: 'user metadata length exceed the limit',
      older: true,
      sources: [{kind: 'sister-docs', ...DOCUMENTS.hyphenateServerUserMetadata, line: 140}],
      summary: {
        zh: '用户属性的大小超过上限（旧的写法）。',
        en: 'User attributes exceed the size limit (older wording).',
      },
      cause: {
        zh: '设置用户属性时，该用户的属性总大小超过了单个用户的上限，或者 App 下所有用户属性的总大小超过了 App 的上限。响应体用 `desc` 字段而不是 `error_description` 给出这条消息。这是较早文档中的写法；当前文档对这两种情况分别给出以 `size of metadata for this single user` 和 `total size of user metadata for this app` 开头的消息。',
        en: "When setting user attributes, the user's attributes exceed the per-user size limit, or all user attributes of the app exceed the app's limit. The body gives this message in a `desc` field rather than `error_description`. This wording comes from older documentation; the current documentation gives separate messages for the two cases, starting `size of metadata for this single user` and `total size of user metadata for this app`.",
      },
      situations: [
        {
          zh: '在较早的接口上设置用户属性时写入一大段 `ext`，返回的响应体只有 `desc` 字段。',
          en: 'On the older API, setting attributes with a large `ext` returns a body that has only a `desc` field.',
        },
        {
          zh: '资料字段越加越多，某次保存头像和签名时，这个用户的属性总量超了上限。',
          en: "Profile fields keep multiplying, and one save of avatar and signature takes the user's attributes over the limit.",
        },
        {
          zh: 'App 下的用户属性总量已满，任何用户再设置属性都被拒。',
          en: "The app's total attribute storage is full, so any user's attribute update is refused.",
        },
      ],
      fix: {
        zh: '减少要写入的属性：删掉不再需要的属性，或把大段数据放在自己的服务器上，属性中只存 ID 或链接。App 总量不够时，清理不活跃用户的属性，或联系商务。',
        en: "Write less: delete attributes you no longer need, or keep large data on your own server and store only an ID or link. If the app's total is the problem, clean up attributes of inactive users or contact sales.",
      },
      related: ['403-forbidden-size-metadata-single-user-exceeds', '403-forbidden-total-size-user-metadata-app'],
    },
    {
      id: '404-not-found',
      status: 404,
      type: '',
      message: 'Not Found',
      sources: [{kind: 'sister-docs', ...DOCUMENTS.hyphenateServerUserMetadata, line: 151}],
      summary: {
        zh: '要设置属性的用户不存在。',
        en: 'The user whose attributes are being set does not exist.',
      },
      cause: {
        zh: '设置用户属性时，路径中的 `username` 没有注册或已被删除。响应体用 `desc` 字段给出这条消息。',
        en: 'When setting user attributes, the `username` in the path is not registered or has been deleted. The body gives this message in a `desc` field.',
      },
      situations: [
        {
          zh: '新用户还没注册 IM 账号，服务器就先去给他设置昵称和头像。',
          en: "Your server sets a new user's nickname and avatar before their IM account is registered.",
        },
        {
          zh: '路径 `/metadata/user/{username}` 里填的是手机号，而用户注册时用的是另一个用户 ID。',
          en: 'The path `/metadata/user/{username}` carries a phone number, while the user was registered under another user ID.',
        },
        {
          zh: '资料同步任务还在给已经删除的用户写属性。',
          en: 'A profile sync job still writes attributes for users that were deleted.',
        },
      ],
      fix: {
        zh: '核对 `username` 的拼写，用获取单个用户详情接口确认用户存在；不存在时先注册，再设置属性。',
        en: 'Check the spelling of `username` and confirm the user exists with the get-user endpoint; if not, register it before setting attributes.',
      },
      related: ['404-service-resource-not-found', 'http-404'],
    },
    {
      id: '409-update-usermetadata-failed-concurrent-updates-not-allowed',
      status: 409,
      type: '',
      message: 'update userMetadata failed, concurrent updates not allowed',
      sources: [{kind: 'sister-docs', ...DOCUMENTS.hyphenateServerUserMetadata, line: 162}],
      summary: {
        zh: '同一用户的属性被同时修改，这次修改没有生效。',
        en: "The same user's attributes were changed concurrently, and this change did not take effect.",
      },
      cause: {
        zh: '多个请求同时修改同一个用户的属性，只有一个能成功，其余的收到这个错误。常见于多个服务器实例或多个线程同时更新同一用户。',
        en: "Several requests changed the same user's attributes at once; only one succeeds and the rest get this error. Typical when several server instances or threads update the same user.",
      },
      situations: [
        {
          zh: '用户同时在手机和电脑上改资料，两台服务器实例几乎同时设置他的用户属性。',
          en: "A user edits their profile on phone and desktop at once, and two server instances set that user's attributes together.",
        },
        {
          zh: '多线程批处理把同一用户的昵称和头像拆成两个并发的设置请求。',
          en: "A multithreaded batch job splits one user's nickname and avatar into two concurrent set requests.",
        },
        {
          zh: '超时重试没等上一个请求结束，就又发了一次设置用户属性请求。',
          en: 'A timeout retry sends a second set-attributes request before the first one has finished.',
        },
      ],
      fix: {
        zh: '把对同一用户属性的修改串行执行。收到这个错误后稍等片刻，重新读取属性，确认需要时再写入。',
        en: "Serialize changes to the same user's attributes. After this error, wait briefly, read the attributes again and write only if still needed.",
      },
      related: ['http-409', '409-metadata-error-failed-operate-user-concurrent-operation'],
    },
    {
      id: '500-jdbcconnectionexception-unable-acquire-jdbc-connection',
      status: 500,
      type: '',
      message: 'org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection',
      sources: [{kind: 'sister-docs', ...DOCUMENTS.hyphenateServerUserMetadata, line: 173}],
      summary: {
        zh: '用户属性服务暂时连不上数据库。',
        en: 'The user attribute service could not reach its database for the moment.',
      },
      cause: {
        zh: '这是服务器内部的故障，与请求内容无关：用户属性服务当时没能取得数据库连接，通常是负载高峰或短暂故障。',
        en: 'This is an internal failure unrelated to the request: the user attribute service could not get a database connection at that moment, usually during a load peak or a brief outage.',
      },
      situations: [
        {
          zh: '大促期间批量获取用户属性的请求时好时坏，几分钟后自己恢复了。',
          en: 'During a sales peak, batch attribute queries fail on and off and recover by themselves a few minutes later.',
        },
        {
          zh: '同一个获取用户属性的请求连着几次返回 500，过一会儿原样重试就成功了。',
          en: 'The same get-attributes request returns 500 a few times in a row, then succeeds unchanged a little later.',
        },
      ],
      fix: {
        zh: '稍后用指数退避重试。写操作重试前先读取一次，确认上一次是否已生效。多次重试仍失败时，记录时间和完整响应，联系技术支持。',
        en: 'Retry later with exponential backoff; before retrying a write, read once to see whether the earlier attempt took effect. If it keeps failing, record the time and the full response and contact support.',
      },
      related: ['http-500', '500-internal-server-error'],
    },
  ],
};
