/**
 * How to add an error to this module (users); CONTRIBUTING.md walks through it in full.
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
 * 5. Check: `npm run check-catalog -- --only users`, `npx tsc --noEmit`, `npm run test:unit`.
 */
import {DOCUMENTS} from '../documents';
import type {CatalogModule} from '../types';

export const usersModule: CatalogModule = {
  id: 'users',
  title: {
    zh: '用户账号',
    en: 'User accounts',
  },
  summary: {
    zh: '用户账号相关接口返回的错误：注册、查询和删除用户，修改密码，封禁与解禁，强制下线，查询在线状态和登录设备，用户全局禁言，以及离线消息的数量与投递状态。',
    en: 'Errors returned by the user account endpoints: registering, getting and deleting users, changing passwords, banning and unbanning, forcing users offline, online status and logged-in devices, global mutes, and offline message counts and delivery status.',
  },
  sections: [
    {
      id: 'account-system',
      title: {
        zh: '用户账号管理',
        en: 'User account management',
      },
    },
    {
      id: 'user-global-mute',
      title: {
        zh: '用户全局禁言',
        en: 'Global mute',
      },
    },
    {
      id: 'message-offline',
      title: {
        zh: '用户离线消息',
        en: 'Offline messages',
      },
    },
  ],
  endpoints: [
    {
      id: 'users.register-single',
      method: 'POST',
      path: '/app-id/{app_id}/users',
      title: {
        zh: '注册单个用户',
        en: 'Register a single user',
      },
      section: 'account-system',
      errors: [
        {error: '400-illegal-argument-username-not-legal'},
        {error: '400-illegal-argument-username-too-long'},
        {error: '400-illegal-argument-password-pin-must-provided'},
        {error: '400-illegal-argument-nickname-too-long'},
        {error: '400-duplicate-unique-property-exists-application-entity-user-requires-named'},
        {error: '401-unauthorized-token-illegal'},
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {error: '401-unauthorized-open-registration-doesnt-allow-so'},
        {error: '429-resource-limited-you-exceeded-limit-community-edition'},
        {
          error: '415-web-application-unsupported-media-type',
          note: {
            zh: '注册用户时请求头缺少 `Content-Type: application/json` 就会收到这个响应。',
            en: 'Registering a user without `Content-Type: application/json` gets this response.',
          },
        },
        {
          error: '403-forbidden-service-operation-service-operation-not-allowed',
          note: {
            zh: '在注册接口上见过：App 被停用时注册用户也会被拒绝。',
            en: 'Seen on registration: when the app is disabled, registering users is refused too.',
          },
        },
        {error: '400-illegal-argument-entity-user-requires-property-named-username'},
      ],
    },
    {
      id: 'users.register-batch',
      method: 'POST',
      path: '/app-id/{app_id}/users',
      title: {
        zh: '批量注册用户',
        en: 'Register users in batch',
      },
      section: 'account-system',
      errors: [
        {error: '400-illegal-argument-username-not-legal'},
        {error: '400-illegal-argument-username-too-long'},
        {error: '400-illegal-argument-nickname-too-long'},
        {
          error: '400-duplicate-unique-property-exists-application-entity-user-requires-named',
          note: {
            zh: '批量注册时，已存在的用户通常不会让整批请求失败：这些用户会出现在响应的 `data` 数组中并附带 `registerUserFailReason`，其余用户照常注册成功。',
            en: "In a batch, an already registered user usually doesn't fail the whole request: it comes back in the response's `data` array with a `registerUserFailReason`, and the other users are still registered.",
          },
        },
        {error: '400-duplicate-unique-property-exists-same-user-different-password-passwords'},
        {error: '400-illegal-argument-password-pin-must-provided'},
        {error: '400-illegal-argument-request-body-array-size-had'},
        {error: '401-unauthorized-token-illegal'},
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {error: '401-unauthorized-open-registration-doesnt-allow-so'},
        {error: '429-resource-limited-you-exceeded-limit-community-edition'},
        {
          error: '415-web-application-unsupported-media-type',
          note: {
            zh: '批量注册时请求头缺少 `Content-Type: application/json` 就会收到这个响应。',
            en: 'A batch registration without `Content-Type: application/json` gets this response.',
          },
        },
        {
          error: '403-forbidden-service-operation-service-operation-not-allowed',
          note: {
            zh: '在注册接口上见过：App 被停用时注册用户也会被拒绝。',
            en: 'Seen on registration: when the app is disabled, registering users is refused too.',
          },
        },
        {error: '400-illegal-argument-entity-user-requires-property-named-username'},
        {
          error: '200-user-already-exists',
          note: {
            zh: '结果在响应的 `data[].registerUserFailReason` 中，HTTP 状态码仍为 200。',
            en: 'The result is in `data[].registerUserFailReason` of the response; the HTTP status is still 200.',
          },
        },
      ],
    },
    {
      id: 'users.get-single',
      method: 'GET',
      path: '/app-id/{app_id}/users/{username}',
      title: {
        zh: '获取单个用户的详情',
        en: "Get a single user's details",
      },
      section: 'account-system',
      errors: [
        {error: '404-service-resource-not-found'},
        {error: '401-unauthorized-subject-does-not-have-permission-applications'},
      ],
    },
    {
      id: 'users.get-batch',
      method: 'GET',
      path: '/app-id/{app_id}/users?limit={N}&cursor={cursor}',
      title: {
        zh: '批量获取用户详情',
        en: 'Get user details in batch',
      },
      section: 'account-system',
      errors: [
        {error: '401-unauthorized-subject-does-not-have-permission-applications'},
        {
          error: '500-no-full-text-index',
          note: {
            zh: '该接口的文档只列出 `limit` 和 `cursor` 两个参数；请求中另加了对 `username` 使用 `contains` 的查询条件，才会得到这个错误。',
            en: 'The reference for this endpoint lists only `limit` and `cursor`; this error comes when the request adds a query condition that applies `contains` to `username`.',
          },
        },
      ],
    },
    {
      id: 'users.delete-single',
      method: 'DELETE',
      path: '/app-id/{app_id}/users/{username}',
      title: {
        zh: '删除单个用户',
        en: 'Delete a single user',
      },
      section: 'account-system',
      errors: [
        {error: '400-management-user-id-null-does-not-exist'},
        {
          error: '404-service-resource-not-found',
          note: {
            zh: '删除一个不存在的用户时，此接口可能返回这个 404，也可能返回 400 的 `User with id null does not exist in app XXX`，两者都表示 `{username}` 对应的用户不存在。',
            en: "When the user doesn't exist, this endpoint may answer with this 404 or with the 400 `User with id null does not exist in app XXX`; both mean there is no user named `{username}`.",
          },
        },
        {error: '401-unauthorized-subject-does-not-have-permission-applications'},
      ],
    },
    {
      id: 'users.delete-batch',
      method: 'DELETE',
      path: '/app-id/{app_id}/users?limit={N}&cursor={cursor}',
      title: {
        zh: '批量删除用户',
        en: 'Delete users in batch',
      },
      section: 'account-system',
      errors: [{error: '401-unauthorized-subject-does-not-have-permission-applications'}],
    },
    {
      id: 'users.change-password',
      method: 'PUT',
      path: '/app-id/{app_id}/users/{username}/password',
      title: {
        zh: '修改用户密码',
        en: "Change a user's password",
      },
      section: 'account-system',
      errors: [
        {error: '404-entity-not-found-user-null'},
        {error: '400-illegal-argument-newpassword-required'},
        {error: '401-unauthorized-no-organization-access-authorized'},
        {error: '400-illegal-argument-oldpassword-required'},
      ],
    },
    {
      id: 'users.deactivate',
      method: 'POST',
      path: '/app-id/{app_id}/users/{username}/deactivate',
      title: {
        zh: '账号封禁',
        en: 'Deactivate (ban) a user account',
      },
      section: 'account-system',
      errors: [{error: '404-service-resource-not-found'}, {error: '401-unauthorized-no-admin-user-access-authorized'}],
    },
    {
      id: 'users.activate',
      method: 'POST',
      path: '/app-id/{app_id}/users/{username}/activate',
      title: {
        zh: '账号解禁',
        en: 'Reactivate (unban) a user account',
      },
      section: 'account-system',
      errors: [{error: '404-service-resource-not-found'}, {error: '401-unauthorized-no-admin-user-access-authorized'}],
    },
    {
      id: 'users.force-offline',
      method: 'GET',
      path: '/app-id/{app_id}/users/{username}/disconnect',
      title: {
        zh: '强制用户下线',
        en: 'Force a user offline on all devices',
      },
      section: 'account-system',
      errors: [],
    },
    {
      id: 'users.force-offline-device',
      method: 'DELETE',
      path: '/app-id/{app_id}/users/{username}/disconnect/{resourceId}',
      title: {
        zh: '强制用户从单设备下线',
        en: 'Force a user offline on one device',
      },
      section: 'account-system',
      errors: [],
    },
    {
      id: 'users.get-online-status',
      method: 'GET',
      path: '/app-id/{app_id}/users/{username}/status',
      title: {
        zh: '获取单个用户在线状态',
        en: "Get a user's online status",
      },
      section: 'account-system',
      errors: [],
    },
    {
      id: 'users.get-online-status-batch',
      method: 'POST',
      path: '/app-id/{app_id}/users/batch/status',
      title: {
        zh: '批量获取用户在线状态',
        en: 'Get the online status of multiple users',
      },
      section: 'account-system',
      errors: [
        {error: '400-illegal-argument-request-body-exceeds-maximum-limit'},
        {error: '401-unauthorized-no-admin-user-access-authorized'},
      ],
    },
    {
      id: 'users.list-online-devices',
      method: 'GET',
      path: '/app-id/{app_id}/users/{username}/resources',
      title: {
        zh: '获取指定账号的在线登录设备列表',
        en: "List a user's logged-in devices",
      },
      section: 'account-system',
      errors: [],
    },
    {
      id: 'users.set-global-mute',
      method: 'POST',
      path: '/app-id/{app_id}/mutes',
      title: {
        zh: '设置用户全局禁言',
        en: 'Set a global mute on a user',
      },
      section: 'user-global-mute',
      errors: [
        {
          error: '400-required-property-not-found-entity-user-requires-named-username',
          note: {
            zh: '此接口从请求体的 `username` 字段读取用户 ID：检查该字段是否存在，以及它是否是已注册的用户 ID。',
            en: 'This endpoint reads the user ID from the `username` field of the request body: check that the field is there and names a registered user.',
          },
        },
      ],
    },
    {
      id: 'users.get-global-mute',
      method: 'GET',
      path: '/app-id/{app_id}/mutes/{username}',
      title: {
        zh: '查询单个用户 ID 全局禁言',
        en: "Get a user's global mute settings",
      },
      section: 'user-global-mute',
      errors: [
        {
          error: '400-required-property-not-found-entity-user-requires-named-username',
          note: {
            zh: '此接口的用户 ID 来自路径中的 `{username}`，出现该错误通常说明这个用户不存在或拼写有误。',
            en: "Here the user ID comes from `{username}` in the path; the error usually means that user doesn't exist or the ID is misspelled.",
          },
        },
      ],
    },
    {
      id: 'users.list-global-mutes',
      method: 'GET',
      path: '/app-id/{app_id}/mutes',
      title: {
        zh: '查询 app 下的所有全局禁言的用户',
        en: 'List all globally muted users in the app',
      },
      section: 'user-global-mute',
      errors: [],
    },
    {
      id: 'users.get-offline-message-count',
      method: 'GET',
      path: '/app-id/{app_id}/users/{owner_username}/offline_msg_count',
      title: {
        zh: '获取用户离线消息数量',
        en: "Get a user's offline message count",
      },
      section: 'message-offline',
      errors: [{error: '401-unauthorized-no-admin-user-access-authorized'}],
    },
    {
      id: 'users.get-offline-message-status',
      method: 'GET',
      path: '/app-id/{app_id}/users/{username}/offline_msg_status/{msg_id}',
      title: {
        zh: '获取指定离线消息的投递状态',
        en: 'Get the delivery status of an offline message',
      },
      section: 'message-offline',
      errors: [],
    },
  ],
  entries: [
    {
      id: '400-illegal-argument-username-too-long',
      status: 400,
      type: 'illegal_argument',
      message: 'USERNAME_TOO_LONG',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 134}],
      summary: {
        zh: '用户 ID（`username`）超过了 64 字节的长度上限。',
        en: 'The user ID (`username`) is longer than the 64-byte limit.',
      },
      cause: {
        zh: '注册时传入的 `username` 超过了 64 字节。这个上限按字节而不是按字符计算。',
        en: 'The `username` sent in the registration request is longer than 64 bytes. The limit counts bytes, not characters.',
      },
      situations: [
        {
          zh: '用业务前缀、UUID 和时间戳拼出 `username` 去注册，拼完超过了 64 字节。',
          en: 'You register users with a `username` built from a business prefix, a UUID and a timestamp, and it runs past 64 bytes.',
        },
        {
          zh: '迁移老账号的脚本把第三方登录平台给的超长用户标识原样当作 `username` 批量注册。',
          en: 'A migration script batch-registers old accounts with the long identifiers from a third-party login as `username`, unchanged.',
        },
        {
          zh: '注册页的用户名输入框允许填 100 个字符，后端没再校验就直接调用了注册接口。',
          en: 'Your sign-up form accepts 100 characters for the user name, and the backend passes it to the registration endpoint unchecked.',
        },
      ],
      fix: {
        zh: '把 `username` 缩短到 64 字节以内，并且只使用 a-z、A-Z、0-9 以及 `_`、`-`、`.`。批量注册时要逐个检查数组里的每个 `username`。改好后再发送请求，原样重试仍会失败。',
        en: 'Shorten `username` to 64 bytes or less, using only a-z, A-Z, 0-9, `_`, `-` and `.`. In a batch registration, check every `username` in the array. Resend after fixing; retrying unchanged fails again.',
      },
      related: ['400-illegal-argument-username-not-legal'],
    },
    {
      id: '400-illegal-argument-password-pin-must-provided',
      status: 400,
      type: 'illegal_argument',
      message: 'password or pin must provided',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 135}],
      summary: {
        zh: '注册用户的请求体里没有提供 `password`。',
        en: 'The registration request gives no `password` for the user.',
      },
      cause: {
        zh: '请求体中要注册的用户对象缺少 `password` 字段，或者该字段为空。批量注册时，数组中的每个用户对象都要带上自己的 `password`。',
        en: 'A user object in the request body has no `password` field, or it is empty. In a batch registration, every user object in the array needs its own `password`.',
      },
      situations: [
        {
          zh: '照着文档的注册示例只发了 `{"username": "user1"}`，请求体里没有密码。',
          en: 'You copy the registration example and send only `{"username": "user1"}`, with no password.',
        },
        {
          zh: '批量注册时只给数组里第一个用户写了 `password`，以为后面的会沿用。',
          en: 'In a batch registration only the first user in the array has a `password`, on the assumption that the rest inherit it.',
        },
        {
          zh: '注册请求体里把密码字段写成了缩写 `pwd`。',
          en: 'Your registration body abbreviates the password field to `pwd`.',
        },
      ],
      fix: {
        zh: '为每个要注册的用户填写非空的 `password`，然后重新发送请求。这个密码就是用户之后的登录密码，以后可以通过修改用户密码接口重置。',
        en: "Give every user you register a non-empty `password` and send the request again. It becomes the user's login password; you can reset it later with the change-password endpoint.",
      },
    },
    {
      id: '400-illegal-argument-nickname-too-long',
      status: 400,
      type: 'illegal_argument',
      message: 'NICKNAME_TOO_LONG',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 136}],
      summary: {
        zh: '注册时传入的推送昵称 `nickname` 过长。',
        en: 'The push nickname (`nickname`) sent at registration is too long.',
      },
      cause: {
        zh: '`nickname` 是离线推送时在通知栏里显示的昵称，你传入的值超出了服务器允许的长度。离线推送文档规定推送昵称最多 100 个字符。',
        en: '`nickname` is the name shown in offline push notifications, and your value is longer than the server accepts. The offline push documentation caps push nicknames at 100 characters.',
      },
      situations: [
        {
          zh: '注册用户时把个人简介误填进了 `nickname` 字段。',
          en: "Your registration code puts the user's profile bio into `nickname` by mistake.",
        },
        {
          zh: '用“公司名-部门-姓名”拼成推送昵称去注册，长度超过了 100 个字符。',
          en: 'You register users with a push `nickname` made of company, department and full name, and it exceeds 100 characters.',
        },
        {
          zh: '从旧系统迁移用户时，把没有截断的显示名称原样写进了 `nickname`。',
          en: 'A user migration copies full-length display names from the old system into `nickname` without truncating them.',
        },
      ],
      fix: {
        zh: '把 `nickname` 缩短到 100 个字符以内后重新注册；也可以先不传它，推送时会改为显示用户 ID。注册完成后，还可以用离线推送的设置推送昵称接口再修改。',
        en: 'Shorten `nickname` to 100 characters or fewer and register again, or leave it out so notifications show the user ID. You can set or change the push nickname later with the offline push nickname endpoint.',
      },
      related: ['400-illegal-argument-push-nickname-length-exceeds-limit'],
    },
    {
      id: '400-duplicate-unique-property-exists-application-entity-user-requires-named',
      status: 400,
      type: 'duplicate_unique_property_exists',
      message: 'Application XXX Entity user requires that property named username be unique, value of XXX exists',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 137}],
      summary: {
        zh: '该用户 ID 已被注册，`username` 在 App 内必须唯一。',
        en: 'This user ID is already registered; `username` must be unique within the app.',
      },
      cause: {
        zh: 'App 中已经有一个同名用户。`username` 不区分大小写，所以 `Aa` 和 `aa` 算作同一个用户 ID。错误提示里 `value of` 后面的值就是发生冲突的用户 ID。',
        en: 'The app already has a user with this `username`. User IDs are case-insensitive, so `Aa` and `aa` count as the same ID. The value after `value of` in the message is the conflicting ID.',
      },
      situations: [
        {
          zh: '注册接口超时后代码自动重试，其实第一次请求已经把用户建好了。',
          en: 'Registration timed out and your code retried, but the first request had already created the user.',
        },
        {
          zh: 'App 里已经有 `Tom`，又用 `tom` 注册了一个新账号。',
          en: 'You register `tom` while `Tom` already exists in the app.',
        },
        {
          zh: '测试环境的初始化脚本每次启动都重新注册同一批测试账号。',
          en: 'A setup script for the test environment registers the same test accounts every time it runs.',
        },
        {
          zh: '用户卸载重装后又走了一遍注册流程，你的服务器用同一个用户 ID 再次调用注册接口。',
          en: 'A user reinstalls the app and signs up again, and your server calls registration with the same user ID.',
        },
      ],
      fix: {
        zh: '换一个未被占用的 `username` 再注册；想先确认用户是否存在，可以调用获取单个用户详情接口。如果重复注册是重试逻辑造成的，可以把该错误当作“用户已存在”处理，不必再注册。',
        en: "Pick a `username` that isn't taken and register again; to check first whether a user exists, call the get-user endpoint. If the duplicate comes from your retry logic, treat this error as 'user already exists' and skip the registration.",
      },
      sample:
        'Application 8a1f2c30-5d4e-11ee-9b2a-3f7c6d5e4a10 Entity user requires that property named username be unique, value of user1 exists',
      related: ['400-duplicate-unique-property-exists-same-user-different-password-passwords'],
    },
    {
      id: '401-unauthorized-token-illegal',
      status: 401,
      type: 'unauthorized',
      message: 'token is illegal.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 142}],
      summary: {
        zh: 'App Token 与本次请求对不上，被服务器判定为非法。',
        en: "The App Token doesn't match this request and is rejected as illegal.",
      },
      cause: {
        zh: '请求头 `Authorization` 中的 App Token 是用与本次请求不一致的信息生成的，例如用另一个 App 的凭证生成了 Token，或者请求路径中的 `app_id` 并不是该 Token 所属的 App。',
        en: "The App Token in the `Authorization` header was generated from information that doesn't match this request, for example another app's credentials, or the `app_id` in the path isn't the app the token belongs to.",
      },
      situations: [
        {
          zh: '注册用户时路径里是生产 App 的 `app_id`，Token 却是用测试 App 的凭证生成的。',
          en: "Registering users, the path carries the production `app_id`, but the token was built from the test app's credentials.",
        },
        {
          zh: '复制配置时只换了 App ID，没换 App Certificate，生成的 Token 注册用户时被拒。',
          en: 'Copying a config, you changed the App ID but not the App Certificate, so the token is refused when registering users.',
        },
        {
          zh: '一台服务器给多个 App 注册用户，Token 缓存没有按 App 区分，结果串用了。',
          en: "One server registers users for several apps, and its token cache isn't keyed by app, so the tokens get mixed up.",
        },
      ],
      fix: {
        zh: '用当前 App 的凭证重新生成 App Token，确认路径中的 `app_id` 属于同一个 App，再以 `Authorization: Bearer <YourAppToken>` 的格式放进请求头重试。',
        en: "Generate a new App Token with this app's credentials, make sure the `app_id` in the path belongs to the same app, and retry with the header `Authorization: Bearer <YourAppToken>`.",
      },
      related: ['401-unauthorized-unable-authenticate-oauth'],
    },
    {
      id: '401-unauthorized-open-registration-doesnt-allow-so',
      status: 401,
      type: 'unauthorized',
      message: "Open registration doesn't allow, so register user need token,",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 144}],
      summary: {
        zh: 'App 处于授权注册模式，注册用户时必须携带 App Token。',
        en: 'The app uses authorized registration, so registering users requires an App Token.',
      },
      cause: {
        zh: 'App 没有开放注册（即处于授权注册模式），而注册请求没有带 `Authorization` 请求头，或者带的 App Token 无效。',
        en: "The app doesn't allow open registration (it is in authorized registration mode), and the registration request had no `Authorization` header or an invalid App Token.",
      },
      situations: [
        {
          zh: 'App 的注册页让客户端直接调用注册接口，请求里没有带 `Authorization` 请求头。',
          en: "Your app's sign-up screen calls the registration endpoint straight from the client, without an `Authorization` header.",
        },
        {
          zh: '服务器上存 Token 的环境变量没配置，注册请求发出去的是后面为空的 `Authorization: Bearer `。',
          en: 'The environment variable holding the token is not set on the server, so registration goes out with an empty `Authorization: Bearer `.',
        },
        {
          zh: '用一个从不带 Token 的老脚本注册用户，而这个 App 没有开放注册。',
          en: 'You register users with an old script that never sends a token, but the app does not allow open registration.',
        },
      ],
      fix: {
        zh: '在你的服务器上生成有效的 App Token，以 `Authorization: Bearer <YourAppToken>` 的形式加到注册请求头中再发送。注册应由你的服务器代为完成，不要让客户端直接调用注册接口。',
        en: "Generate a valid App Token on your server and send it with the registration request as `Authorization: Bearer <YourAppToken>`. Register users from your server; don't let clients call the registration endpoint directly.",
      },
      variants: [{message: "Open registration doesn't allow, so register user need token"}],
      note: {
        zh: '上游文档对这条提示有两种写法：注册单个用户时末尾没有逗号，批量注册时末尾多一个逗号。本条目采用带逗号的写法，两者是同一个错误。',
        en: 'The upstream tables write this message two ways: without a trailing comma (single registration) and with one (batch registration). This entry uses the form with the comma; both are the same error.',
      },
      related: ['401-unauthorized-registration-not-open-contact-app', '401-unauthorized-token-illegal'],
    },
    {
      id: '429-resource-limited-you-exceeded-limit-community-edition',
      status: 429,
      type: 'resource_limited',
      message: 'You have exceeded the limit of the community edition,Please upgrade to the enterprise edition',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 145},
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 95},
        {kind: 'sister-docs', ...DOCUMENTS.easemobErrorAa0017a, line: 87},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '免费版（社区版）的配额已用完，例如用户数达到上限，需要升级版本。',
        en: 'A quota of the free (community) edition is used up, such as the number of users; upgrading lifts it.',
      },
      cause: {
        zh: 'App 当前使用免费版（社区版），某项配额已经达到该版本允许的上限，最常见的是已注册的用户总数，新的请求因此被拒绝。这不是限流，稍后重试也不会成功。',
        en: "The app is on the free (community) edition and one of that edition's quotas is used up, most often the number of registered users, so new requests are refused. This is not a rate limit: retrying later won't help.",
      },
      situations: [
        {
          zh: '在免费版 App 上做压测，批量注册了大量测试账号之后，新用户注册开始失败。',
          en: 'After a load test on a free-edition app registered lots of test accounts, new registrations start failing.',
        },
        {
          zh: '产品上线后用户涨得很快，App 还是社区版，所有新用户注册都返回 429。',
          en: 'After launch, users grow fast on an app still on the community edition, and every new sign-up gets a 429.',
        },
        {
          zh: '当成限流加了退避重试，过了几个小时注册照样失败。',
          en: 'You treat it as rate limiting and add backoff, but registrations still fail hours later.',
        },
      ],
      fix: {
        zh: '联系商务升级到付费版本，以提高配额。在此之前如需继续测试，可以删除不再使用的测试账号。',
        en: 'Contact sales to move to a paid edition and raise the quota. Until then, if you need to keep testing, delete test accounts you no longer use.',
      },
      variants: [{message: 'You have exceeded the limit of the Free edition. Please upgrade to higher edition.'}],
      note: {
        zh: '本服务文档只给出社区版的写法；同一服务另一品牌的文档写作 `You have exceeded the limit of the Free edition. Please upgrade to higher edition.`。两者是同一个错误，本条目合并记录。',
        en: "This service's documentation gives only the community edition wording; the documentation of the same service under another brand writes `You have exceeded the limit of the Free edition. Please upgrade to higher edition.` It is the same error, recorded here as one entry.",
      },
      related: ['http-429', '429-reach-limit-request-reached-api-limit'],
    },
    {
      id: '400-duplicate-unique-property-exists-same-user-different-password-passwords',
      status: 400,
      type: 'duplicate_unique_property_exists',
      message: 'the same user XXX has a different password, the passwords are XXX',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 289}],
      summary: {
        zh: '批量注册的请求体中，同一个用户 ID 出现了多次且密码不一致。',
        en: 'The batch lists the same user ID more than once with different passwords.',
      },
      cause: {
        zh: '批量注册时，请求体数组里有多个对象使用了同一个 `username`（不区分大小写），但它们的 `password` 不同，服务器无法判断该用哪一个。错误提示会给出该用户 ID 和互相冲突的密码。',
        en: "In a batch registration, several objects in the array share a `username` (case-insensitive) but carry different `password` values, so the server can't tell which one to use. The message names the user ID and the conflicting passwords.",
      },
      situations: [
        {
          zh: '注册名单是从两张用户表合并出来的，同一个用户出现了两次，密码各不相同。',
          en: 'Your registration list merges two user tables, and one user appears twice with different passwords.',
        },
        {
          zh: '批量注册时把 `Alice` 和 `alice` 当成两个人，给了不同的密码。',
          en: 'A batch registration treats `Alice` and `alice` as two people and gives them different passwords.',
        },
        {
          zh: '分页导出用户时页边界重叠，同一批里某个用户出现两次，第二次带的是改过的新密码。',
          en: 'Overlapping pages in your export put one user twice in the same batch, the second time with a newer password.',
        },
      ],
      fix: {
        zh: '发送前按 `username` 对数组去重，每个用户 ID 只保留一个对象；如果它们其实是不同的用户，给其中一个换一个 `username`，再重新提交整批请求。这条提示会原样带出密码，不要把它写进公开的日志。',
        en: 'Deduplicate the array by `username` before sending, keeping one object per user ID; if they are really different users, give one of them another `username`, then resend the batch. The message echoes the passwords, so keep it out of shared logs.',
      },
      sample: 'the same user user1 has a different password, the passwords are 123456, 654321',
      related: ['400-duplicate-unique-property-exists-application-entity-user-requires-named'],
    },
    {
      id: '400-illegal-argument-request-body-array-size-had',
      status: 400,
      type: 'illegal_argument',
      message: 'Request body array size[XXX] had almost reached or been greater than the upper range value[XXX]',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 294}],
      summary: {
        zh: '批量注册的用户数超过了单次 60 个的上限。',
        en: 'The batch registration holds more users than the per-request limit of 60.',
      },
      cause: {
        zh: '批量注册接口单次最多注册 60 个用户 ID，而请求体数组的长度达到或超过了服务器的上限。提示中第一个方括号是你提交的数量，第二个是上限值。',
        en: "The batch registration endpoint accepts at most 60 user IDs per request, and your array reached or exceeded the server's cap. The first bracket in the message is the size you sent, the second the upper limit.",
      },
      situations: [
        {
          zh: '迁移脚本按 100 个一批调用批量注册，沿用了批量查询的分页大小。',
          en: 'A migration script registers users 100 at a time, reusing the page size of your batch queries.',
        },
        {
          zh: '导入脚本没有分批，把整张用户表几千条记录一次发给了批量注册接口。',
          en: 'An import script sends the whole user table, thousands of rows, to the batch registration endpoint in one request.',
        },
        {
          zh: '分批代码差了一个，每批实际是 61 个用户。',
          en: 'An off-by-one in your chunking code makes every batch 61 users.',
        },
      ],
      fix: {
        zh: '把用户拆成多批，每批不超过 60 个，逐批调用批量注册接口。如果提示中的上限值小于 60，以提示中的值为准。',
        en: 'Split the users into batches of at most 60 and call the endpoint once per batch. If the limit shown in the message is lower than 60, go by that value.',
      },
      sample: 'Request body array size[61] had almost reached or been greater than the upper range value[60]',
      related: ['400-illegal-argument-request-body-exceeds-maximum-limit'],
    },
    {
      id: '400-management-user-id-null-does-not-exist',
      status: 400,
      type: 'management',
      message: 'User with id null does not exist in app XXX',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 626}],
      summary: {
        zh: '要删除的用户在该 App 中不存在。',
        en: "The user you are deleting doesn't exist in this app.",
      },
      cause: {
        zh: '路径中的 `{username}` 在该 App 下没有对应的用户：可能从未注册、已被删除，或者拼写有误。提示中的 `null` 通常表示服务器没有查到这个用户，而不是你传了 `null`。',
        en: 'No user matching `{username}` in the path exists in this app: it was never registered, has already been deleted, or is misspelled. The `null` in the message usually means the lookup found nothing, not that you sent `null`.',
      },
      situations: [
        {
          zh: '清理脚本跑了两遍，第二遍去删已经删掉的用户。',
          en: 'A cleanup script runs twice, and the second run deletes users that are already gone.',
        },
        {
          zh: '删除账号时把用户昵称当成用户 ID 放进了路径。',
          en: "You delete an account with the user's nickname in the path instead of the user ID.",
        },
        {
          zh: '在生产 App 里删除一个只在测试 App 里注册过的用户。',
          en: 'You delete, in the production app, a user who was only ever registered in the test app.',
        },
      ],
      fix: {
        zh: '核对 `{username}` 的拼写以及 `app_id` 是否指向正确的 App，可以先调用获取单个用户详情接口确认用户是否存在。如果是重复删除，可以把这个错误视为已经删除完成。',
        en: "Check the spelling of `{username}` and that `app_id` points to the right app; the get-user endpoint tells you whether the user exists. If this is a repeated delete, you can treat the error as 'already deleted'.",
      },
      sample: 'User with id null does not exist in app 1100241212162981#demo',
      related: ['404-entity-not-found-user-null', '404-service-resource-not-found'],
    },
    {
      id: '404-entity-not-found-user-null',
      status: 404,
      type: 'entity_not_found',
      message: 'User null not found',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 805}],
      summary: {
        zh: '要修改密码的用户不存在。',
        en: "The user whose password you are changing doesn't exist.",
      },
      cause: {
        zh: '修改密码时，路径中的 `{username}` 在该 App 下找不到对应用户，例如用户还没注册、已被删除，或者用户 ID 拼错了。',
        en: "The `{username}` in the password-change path doesn't match any user in this app: it isn't registered yet, has been deleted, or is misspelled.",
      },
      situations: [
        {
          zh: '用户在你的系统里改了密码，同步到 IM 时发现这个人从没注册过 IM 账号。',
          en: 'A user changes their password in your system, and the sync to IM runs for someone who was never registered in IM.',
        },
        {
          zh: '修改密码时路径里放的是业务库的自增 ID，而不是注册时用的 `username`。',
          en: "The password-change path carries your database's numeric ID rather than the `username` used at registration.",
        },
        {
          zh: '账号已经注销，找回密码流程还在给它重置 IM 密码。',
          en: 'A password reset flow still resets the IM password of an account that was already deleted.',
        },
      ],
      fix: {
        zh: '确认 `{username}` 与注册时使用的用户 ID 一致，必要时用获取单个用户详情接口核实。如果用户确实不存在，先注册该用户，注册时即可设置密码。',
        en: "Make sure `{username}` matches the registered user ID; the get-user endpoint can confirm it. If the user really doesn't exist, register it first, which sets its password.",
      },
      related: ['400-management-user-id-null-does-not-exist', '404-service-resource-not-found'],
    },
    {
      id: '400-illegal-argument-newpassword-required',
      status: 400,
      type: 'illegal_argument',
      message: 'newpassword is required',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 806}],
      summary: {
        zh: '修改密码的请求体中缺少 `newpassword`。',
        en: 'The password-change request body has no `newpassword`.',
      },
      cause: {
        zh: '服务器在请求体里没有找到 `newpassword`：字段缺失、名字写成了别的（例如 `password`），或者请求体不是以 `Content-Type: application/json` 发送的合法 JSON。',
        en: "The server found no `newpassword` in the body: the field is missing, named differently (for example `password`), or the body isn't valid JSON sent with `Content-Type: application/json`.",
      },
      situations: [
        {
          zh: '修改密码时请求体写成了 `{"password": "..."}`，照搬了注册接口的字段名。',
          en: 'The password change sends `{"password": "..."}`, reusing the field name from registration.',
        },
        {
          zh: '新密码用表单格式（`application/x-www-form-urlencoded`）提交，没有发 JSON。',
          en: 'You submit the new password as a form (`application/x-www-form-urlencoded`) instead of JSON.',
        },
        {
          zh: 'HTTP 客户端发出的 PUT 请求只有请求头，请求体没带上。',
          en: "Your HTTP client's PUT goes out with headers only and no body.",
        },
      ],
      fix: {
        zh: '以 JSON 对象发送请求体，例如 `{"newpassword": "<新密码>"}`，并设置 `Content-Type: application/json`。新密码最长 64 个字符，不需要提供旧密码。',
        en: 'Send a JSON object such as `{"newpassword": "<new password>"}` with `Content-Type: application/json`. The new password can be up to 64 characters; the old one is not needed.',
      },
    },
    {
      id: '400-illegal-argument-request-body-exceeds-maximum-limit',
      status: 400,
      type: 'illegal_argument',
      message: 'request body exceeds maximum limit, maximum limit is 100',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 1268}],
      summary: {
        zh: '批量查询在线状态时，`usernames` 中的用户超过 100 个。',
        en: 'The batch online-status query lists more than 100 user IDs in `usernames`.',
      },
      cause: {
        zh: '批量获取用户在线状态接口每次最多查询 100 个用户，而请求体 `usernames` 数组中的用户 ID 超过了这个数量。',
        en: 'The batch online-status endpoint checks at most 100 users per call, and the `usernames` array in your request body holds more than that.',
      },
      situations: [
        {
          zh: '运营后台调用批量获取用户在线状态接口，一次查整个大群几百个成员。',
          en: "Your admin console calls the batch online-status endpoint for all of a big group's several hundred members at once.",
        },
        {
          zh: '把用户的整个好友列表塞进 `usernames` 批量查在线状态，好友多的用户就失败。',
          en: "You put a user's whole contact list into `usernames`, and the batch status check fails for users with many contacts.",
        },
        {
          zh: '定时任务把所有活跃用户 ID 一次性发给 `/users/batch/status`。',
          en: 'A scheduled job sends every active user ID to `/users/batch/status` at once.',
        },
      ],
      fix: {
        zh: '把 `usernames` 拆成每组最多 100 个用户 ID，分多次请求，再合并结果。',
        en: 'Split `usernames` into chunks of at most 100 user IDs, send one request per chunk and merge the results.',
      },
      related: ['400-illegal-argument-request-body-array-size-had'],
    },
    {
      id: '400-required-property-not-found-entity-user-requires-named-username',
      status: 400,
      type: 'required_property_not_found',
      message: 'Entity user requires a property named username',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangUserGlobalMute, line: 137}],
      summary: {
        zh: '全局禁言请求中的用户 ID 缺失，或者该用户不存在。',
        en: "The user ID in the global mute request is missing or the user doesn't exist.",
      },
      cause: {
        zh: '服务器无法根据 `username` 找到要操作的用户：这个用户 ID 没有注册或者拼写有误；设置全局禁言时，也可能是请求体里根本没有 `username` 字段。',
        en: "The server can't find the user named by `username`: the ID isn't registered or is misspelled. When setting a global mute, the request body may also lack the `username` field entirely.",
      },
      situations: [
        {
          zh: '设置全局禁言时请求体只写了 `{"chat": 3600}`，漏了 `username`。',
          en: 'You set a global mute with a body of just `{"chat": 3600}`, leaving out `username`.',
        },
        {
          zh: '运营后台给一个已经注销的账号设置全局禁言。',
          en: 'Your moderation console globally mutes an account that was already deleted.',
        },
        {
          zh: '查询全局禁言时，`/mutes/{username}` 里填的是用户昵称。',
          en: "You look up a global mute with the user's nickname in `/mutes/{username}`.",
        },
        {
          zh: '设置全局禁言时照着查询结果里的 `data.userid` 把字段写成了 `userid`。',
          en: "When setting a global mute you name the field `userid`, copying the query response's `data.userid`.",
        },
      ],
      fix: {
        zh: '确认已传入 `username`，且它与注册的用户 ID 完全一致，可以用获取单个用户详情接口核实。如果用户还没注册，先注册，再设置或查询全局禁言。',
        en: "Make sure `username` is present and matches a registered user ID exactly; the get-user endpoint can confirm it. If the user isn't registered yet, register it before setting or querying its global mute.",
      },
      related: ['400-requiredpropertynotfoundexception-entity-user-requires-property-named'],
    },
    {
      id: '401-unauthorized-subject-does-not-have-permission-applications',
      status: 401,
      type: 'unauthorized',
      message: 'Subject does not have permission [applications:%s:%s:/users%s]',
      older: true,
      sources: [
        {kind: 'test-suite', ...DOCUMENTS.sxTestBaseresullt, line: 11},
        {kind: 'test-suite', ...DOCUMENTS.sxTestUsermanagementResult, line: 29},
        {kind: 'test-suite', ...DOCUMENTS.sxTest21, line: 89},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerUserSystem, line: 918},
      ],
      summary: {
        zh: '调用用户管理接口的身份没有 App 管理员权限。',
        en: 'The caller of a user-management endpoint lacks app admin rights.',
      },
      cause: {
        zh: '请求没有带 Token，或者带的 Token 不是 App Token（例如客户端登录用的用户 Token），因此不具备管理用户的权限。方括号里依次是请求方法、App 的内部 ID 和被操作用户的内部 ID。较早的响应在缺少 Token 时返回这条消息；较新的响应在同样情况下返回 `Unable to authenticate (OAuth)`。',
        en: "The request carried no token, or a token that is not an App Token (such as a user token a client logs in with), so it has no right to manage users. The brackets hold the request method, the app's internal ID and the internal ID of the target user. Older responses gave this message for a missing token; newer ones answer the same case with `Unable to authenticate (OAuth)`.",
      },
      situations: [
        {
          zh: '客户端拿登录得到的用户 Token 去调获取用户详情接口。',
          en: 'Your client app calls the get-user endpoint with the user token it logged in with.',
        },
        {
          zh: '在 Postman 里试删除用户接口，忘了填 `Authorization` 请求头（较早的响应）。',
          en: 'You try the delete-user endpoint in Postman and forget the `Authorization` header (older responses).',
        },
        {
          zh: '批量获取用户列表的脚本拿错了 Token，用的是某个测试用户的用户 Token。',
          en: "A script that lists users picked up a test user's token instead of the App Token.",
        },
      ],
      fix: {
        zh: '用户管理接口只能由你的服务器以 App Token 调用：在服务器上用 App ID 和 App Certificate 生成 App Token，放在 `Authorization: Bearer <token>` 请求头中。不要把用户 Token 用在这些接口上。',
        en: 'Call user-management endpoints only from your server with an App Token: generate it from the App ID and App Certificate and send it as `Authorization: Bearer <token>`. Do not use a user token on these endpoints.',
      },
      sample:
        'Subject does not have permission [applications:get:0c6def40-6b14-11e9-a989-2f26c9bbeefa:/users/0e4dd2d0-6b14-11e9-b7e6-7925d1ca8636]',
      related: ['401-unauthorized-unable-authenticate-oauth', '401-unauthorized-no-admin-user-access-authorized'],
    },
    {
      id: '401-unauthorized-no-admin-user-access-authorized',
      status: 401,
      type: 'unauthorized',
      message: 'No admin user access authorized',
      older: true,
      sources: [
        {kind: 'test-suite', ...DOCUMENTS.sxTestBaseresullt, line: 14},
        {kind: 'test-suite', ...DOCUMENTS.sxTest23, line: 37},
        {kind: 'test-suite', ...DOCUMENTS.sxTest24, line: 15},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerUserSystem, line: 3068},
      ],
      summary: {
        zh: '只允许 App 管理员调用的用户接口没有收到有效的 App Token。',
        en: 'An admin-only user endpoint did not receive a valid App Token.',
      },
      cause: {
        zh: '批量查询在线状态、查询离线消息数、账号封禁与解禁等接口只接受 App 管理员身份。请求没有带 Token，或者带的不是 App Token。这是较早响应中的写法；较新的响应在缺少 Token 时返回 `Unable to authenticate (OAuth)`。',
        en: 'Endpoints such as batch online status, offline message count, and deactivating or activating a user accept only app admin credentials. The request carried no token, or one that is not an App Token. This wording comes from older responses; newer ones answer a missing token with `Unable to authenticate (OAuth)`.',
      },
      situations: [
        {
          zh: '客户端自己调用批量获取用户在线状态接口，带的是用户 Token。',
          en: 'A client calls the batch online-status endpoint itself, with its own user token.',
        },
        {
          zh: '运营后台封禁用户时，请求没带 `Authorization` 请求头。',
          en: 'Your moderation console bans a user without sending an `Authorization` header.',
        },
        {
          zh: '查询离线消息数的定时任务启动时 Token 变量是空的。',
          en: 'A job that checks offline message counts starts with an empty token variable.',
        },
      ],
      fix: {
        zh: '在你的服务器上用 App ID 和 App Certificate 生成 App Token，以 `Authorization: Bearer <token>` 调用这些接口；不要从客户端或用用户 Token 调用。',
        en: 'Generate an App Token on your server from the App ID and App Certificate and call these endpoints with `Authorization: Bearer <token>`; do not call them from clients or with a user token.',
      },
      related: [
        '401-unauthorized-unable-authenticate-oauth',
        '401-unauthorized-subject-does-not-have-permission-applications',
      ],
    },
    {
      id: '401-unauthorized-no-organization-access-authorized',
      status: 401,
      type: 'unauthorized',
      message: 'No organization access authorized',
      older: true,
      sources: [
        {kind: 'test-suite', ...DOCUMENTS.sxTestBaseresullt, line: 2},
        {kind: 'test-suite', ...DOCUMENTS.sxTest21, line: 159},
      ],
      summary: {
        zh: '修改用户密码的请求没有带有效的 App Token。',
        en: 'A password change request carried no valid App Token.',
      },
      cause: {
        zh: '修改用户密码需要 App 管理员身份，请求却没有带 Token，或者带的 Token 无效。这是较早响应中的写法；较新的响应在同样情况下返回 `Unable to authenticate (OAuth)`。',
        en: 'Changing a password needs app admin credentials, but the request carried no token or an invalid one. This wording comes from older responses; newer ones answer the same case with `Unable to authenticate (OAuth)`.',
      },
      situations: [
        {
          zh: '修改用户密码的请求忘了加 `Authorization` 请求头。',
          en: 'Your password-change request leaves out the `Authorization` header.',
        },
        {
          zh: '网关转发修改密码请求时把 `Authorization` 请求头过滤掉了。',
          en: 'A gateway forwarding the password change strips the `Authorization` header.',
        },
        {
          zh: '配置文件里的 Token 多了一对引号，改密码的请求被拒。',
          en: 'The token in your config file carries stray quotes, so the password change is refused.',
        },
      ],
      fix: {
        zh: '在你的服务器上生成 App Token，以 `Authorization: Bearer <token>` 重新发送修改密码请求。',
        en: 'Generate an App Token on your server and resend the password change with `Authorization: Bearer <token>`.',
      },
      related: ['401-unauthorized-unable-authenticate-oauth', '400-illegal-argument-oldpassword-required'],
    },
    {
      id: '400-illegal-argument-oldpassword-required',
      status: 400,
      type: 'illegal_argument',
      message: 'oldPassword is required',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 50},
        {kind: 'sister-docs', ...DOCUMENTS.easemobErrorAa0017a, line: 49},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerErrorCodes, line: 136},
        {kind: 'test-suite', ...DOCUMENTS.sxTest21, line: 164},
      ],
      summary: {
        zh: '修改密码的请求被当作用户自己改密码处理，因此要求提供旧密码。',
        en: 'The password change was treated as a user changing their own password, so the old password is required.',
      },
      cause: {
        zh: '用 App Token 修改密码时只需要 `newpassword`。请求没有带有效的 App Token（例如 Token 为空，或用的是用户 Token）时，服务器把它当成用户本人改密码，于是要求旧密码。曾有调用在 Token 为空时收到这条 400，而不是 401。',
        en: 'With an App Token, a password change needs only `newpassword`. When the request has no valid App Token (an empty token, or a user token), the server treats it as users changing their own password and asks for the old one. Calls with an empty token have been seen getting this 400 instead of a 401.',
      },
      situations: [
        {
          zh: '客户端用用户自己的 Token 调用修改密码接口，只传了 `newpassword`。',
          en: "The client calls the password endpoint with the user's own token and sends only `newpassword`.",
        },
        {
          zh: '服务器上的 Token 变量为空，请求头成了 `Authorization: Bearer `，改密码返回了这个 400 而不是 401。',
          en: 'The token variable on your server is empty, the header becomes `Authorization: Bearer `, and the password change gets this 400 instead of a 401.',
        },
        {
          zh: '管理后台的重置密码功能误用了登录流程里缓存的用户 Token。',
          en: "Your admin console's password reset uses a user token cached from the login flow instead of an App Token.",
        },
      ],
      fix: {
        zh: '从你的服务器以 `Authorization: Bearer <App Token>` 调用修改密码接口，请求体只需 `{"newpassword": "<新密码>"}`。先确认 Token 不为空、确实是 App Token。',
        en: 'Call the password endpoint from your server with `Authorization: Bearer <App Token>` and a body of just `{"newpassword": "<new password>"}`. Check first that the token is not empty and really is an App Token.',
      },
      related: ['400-illegal-argument-newpassword-required', '401-unauthorized-no-organization-access-authorized'],
    },
    {
      id: '400-illegal-argument-entity-user-requires-property-named-username',
      status: 400,
      type: 'illegal_argument',
      message: 'Entity user requires a property named username',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 47},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerErrorCodes, line: 118},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '注册用户的请求体中没有 `username`。',
        en: 'The registration body has no `username`.',
      },
      cause: {
        zh: '注册单个或批量注册用户时，请求体里的某个用户对象缺少 `username` 字段：字段名拼错（例如写成 `userName` 或 `user_name`）、值为空，或者批量注册时数组里混进了空对象。',
        en: 'In a single or batch registration, a user object in the body lacks the `username` field: the name is misspelled (`userName` or `user_name`, say), the value is empty, or an empty object slipped into the batch array.',
      },
      situations: [
        {
          zh: '注册请求体里把用户 ID 字段写成了 `userName`。',
          en: 'Your registration body spells the user ID field `userName`.',
        },
        {
          zh: '批量注册数组末尾多了一个拼 JSON 时留下的空对象 `{}`。',
          en: 'A batch registration array ends with an empty `{}` left over from building the JSON.',
        },
        {
          zh: '用户 ID 变量没取到值，注册请求体成了 `{"username": ""}`。',
          en: 'The user ID variable is empty, so the registration body goes out as `{"username": ""}`.',
        },
      ],
      fix: {
        zh: '确保每个用户对象都带有非空的 `username`（字段名全小写），例如 `{"username": "alice", "password": "<密码>"}`；批量注册时逐项检查数组。修正后重试。',
        en: 'Give every user object a non-empty `username` (all lower case), such as `{"username": "alice", "password": "<password>"}`; check each item of a batch array. Retry after fixing.',
      },
      related: ['400-required-property-not-found-entity-user-requires-named-username'],
    },
    {
      id: '200-user-already-exists',
      status: 200,
      type: '',
      message: 'the XXX already exists',
      partial: true,
      sources: [{kind: 'docs-prose', ...DOCUMENTS.shengwangAccountSystem, line: 272}],
      summary: {
        zh: '批量注册部分失败：这个用户 ID 已被注册，其余用户照常注册。',
        en: 'A batch registration partly failed: this user ID is already registered; the others were registered as usual.',
      },
      cause: {
        zh: '批量注册时，已存在的用户不会让整个请求失败：响应仍是 200，这个用户出现在 `data` 数组中，失败原因写在它的 `registerUserFailReason` 字段里，消息中间就是重复的用户 ID。',
        en: 'In a batch registration an existing user does not fail the whole request: the response is still 200, and this user appears in the `data` array with the reason in its `registerUserFailReason` field; the duplicate user ID sits in the middle of the message.',
      },
      situations: [
        {
          zh: '批量注册返回了 200，但其中一个用户上周就注册过，出现在了 `data` 里。',
          en: 'A batch registration returns 200, but one user was registered last week and shows up in `data`.',
        },
        {
          zh: '导入任务中途崩溃后从头重跑，上次已注册的用户都带着 `registerUserFailReason` 返回。',
          en: 'An import job restarts from the top after a crash, and the users registered on the first run come back with `registerUserFailReason`.',
        },
        {
          zh: '代码只看状态码，以为整批都注册成功了，后来才发现有个用户 ID 早被占用。',
          en: 'Your code checks only the status code, assumes the whole batch succeeded, and later finds one user ID was already taken.',
        },
      ],
      fix: {
        zh: '不要只看状态码：遍历 `data`，找出带 `registerUserFailReason` 的项。用户已存在通常可以当作成功处理；若需要新用户，换一个用户 ID 单独注册。不需要重试整个批次。',
        en: 'Do not rely on the status code alone: walk `data` and pick out items with `registerUserFailReason`. An existing user can usually be treated as success; if you need a new user, register it separately under another user ID. There is no need to retry the whole batch.',
      },
      sample: 'the alice already exists',
      related: ['400-duplicate-unique-property-exists-application-entity-user-requires-named'],
    },
  ],
};
