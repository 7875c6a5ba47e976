/**
 * How to add an error to this module (general); CONTRIBUTING.md walks through it in full.
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
 * 5. Check: `npm run check-catalog -- --only general`, `npx tsc --noEmit`, `npm run test:unit`.
 */
import {DOCUMENTS} from '../documents';
import type {CatalogModule} from '../types';

/**
 * Errors that any endpoint can return: the meaning of each HTTP status,
 * malformed requests, rate limits and quotas, the token errors, the
 * missing-user error and the "service not activated" errors.
 */
export const generalModule: CatalogModule = {
  id: 'general',
  title: {
    zh: '通用错误',
    en: 'General errors',
  },
  summary: {
    zh: '任何 REST 接口都可能返回的错误：各 HTTP 状态码的含义、格式有误的请求、限流与配额、App Token 鉴权失败、路径中的用户 ID 不存在，以及调用了尚未开通的服务。',
    en: 'Errors any REST endpoint can return: what each HTTP status means, malformed requests, rate limits and quotas, App Token authentication failures, a user ID in the path that does not exist, and calls to a service that is not activated.',
  },
  sections: [
    {
      id: 'http-status',
      title: {
        zh: 'HTTP 状态码',
        en: 'HTTP status codes',
      },
      intro: {
        zh: '成功的请求返回 200。4xx 表示请求本身有问题，修改请求后再试；5xx 表示服务器处理失败，通常可以稍后重试。具体原因看响应体中的 `error` 和 `error_description` 字段。',
        en: 'A successful request returns 200. A 4xx status means the request itself needs to change before you retry; a 5xx status means the server failed to process it, and a later retry usually helps. The `error` and `error_description` fields of the response body say exactly what went wrong.',
      },
    },
    {
      id: 'request',
      title: {
        zh: '请求格式错误',
        en: 'Malformed requests',
      },
      intro: {
        zh: '请求的地址、方法、请求头或请求体不符合接口要求时，任何接口都可能返回这些错误。它们都需要先修改请求，原样重试不会成功。',
        en: 'Any endpoint can return these when the address, method, headers or body of a request are not what it expects. Each needs a change to the request; retrying it unchanged will not help.',
      },
    },
    {
      id: 'limits',
      title: {
        zh: '频率与配额',
        en: 'Rate limits and quotas',
      },
      intro: {
        zh: '调用过快或用完了套餐的配额时返回这些错误。请求本身没有问题：放慢调用或等配额恢复后即可成功。',
        en: 'These come back when calls are too fast or a quota of your plan is used up. The request itself is fine: slow down, or wait for the quota to recover, and it will succeed.',
      },
    },
    {
      id: 'token',
      title: {
        zh: 'Token 错误',
        en: 'Token errors',
      },
      intro: {
        zh: 'REST 接口以 App Token 鉴权，Token 放在 `Authorization: Bearer <token>` 请求头中。这个服务没有签发 Token 的接口：App Token 由你的服务器用 App ID 和 App Certificate 生成（例如用官方的 Token 生成库），有效期也由你在生成时设定。Token 缺失、过期、格式损坏，或不是用这个 App 的 App ID 和 App Certificate 生成时，返回 401。',
        en: "REST endpoints authenticate with an App Token sent as `Authorization: Bearer <token>`. This service has no endpoint that issues tokens: your own server generates the App Token from the App ID and App Certificate (with the vendor's token builder library, for example) and chooses its expiry when it does. A token that is missing, expired, corrupted, or not generated from this app's App ID and App Certificate gets a 401.",
      },
    },
    {
      id: 'user-not-found',
      title: {
        zh: '用户 ID 不存在',
        en: 'User ID does not exist',
      },
      intro: {
        zh: '路径中带有用户 ID 的接口（如获取用户详情、添加好友、移除好友）在该用户不存在时返回 404。',
        en: 'Endpoints with a user ID in the path (getting user details, adding or removing a contact, and others) return 404 when that user does not exist.',
      },
    },
    {
      id: 'service-not-activated',
      title: {
        zh: '服务未开通',
        en: 'Service not activated',
      },
      intro: {
        zh: '部分功能需要为 App 单独开通。未开通时调用相关接口会返回 400 或 403，修改请求没有用，需要先开通服务。App 或用户被停用时，服务同样会拒绝操作，要先恢复它们的状态。',
        en: 'Some features must be activated for your app before use. Until then their endpoints answer 400 or 403, and no change to the request will help: activate the service first. When the app or a user is disabled, the service refuses operations in the same way until its status is restored.',
      },
    },
  ],
  endpoints: [],
  entries: [
    {
      id: 'http-400',
      status: 400,
      type: '',
      message: '',
      section: 'http-status',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangCallbackPostsending, line: 276},
        {kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 20},
      ],
      summary: {
        zh: '错误请求：服务器无法理解或接受请求的内容。',
        en: 'Bad request: the server cannot understand or accept what was sent.',
      },
      cause: {
        zh: '请求的参数、请求体或格式不符合接口要求：缺少必填字段、字段类型错误、取值超出范围，或 JSON 无法解析。',
        en: 'The parameters, body or format of the request do not match what the endpoint expects: a required field is missing, a field has the wrong type, a value is out of range, or the JSON cannot be parsed.',
      },
      situations: [
        {
          zh: '补发回调存储信息时，`date` 传成了 `2021-08-27 22:30` 这样的时间，而不是查询接口返回的 date key。',
          en: 'You retry stored callbacks with `date` set to `2021-08-27 22:30` rather than a date key from the storage query, such as `202108272230`.',
        },
        {
          zh: '补发回调时把 `retry` 写成了字符串 `"0"`，接口要的是整数。',
          en: 'Retrying stored callbacks, you send `retry` as the string `"0"` where the endpoint takes an integer.',
        },
        {
          zh: '补发回调时 `targetUrl` 填了 `localhost:8000/test`，没有写协议头。',
          en: 'The `targetUrl` of a callback retry is `localhost:8000/test`, with no scheme in front.',
        },
        {
          zh: '迁移脚本从旧配置读参数，某个必填字段读到 `null` 后照样发了出去。',
          en: 'A migration script reads its parameters from an old config, gets `null` for a required field and sends the request anyway.',
        },
      ],
      fix: {
        zh: '先看响应体中的 `error_description`，它通常点名了出错的参数；对照接口文档修正后重试。原样重试不会成功。',
        en: 'Read `error_description` in the response body first: it usually names the offending parameter. Correct the request against the endpoint reference and send it again; retrying it unchanged will not succeed.',
      },
      related: [
        'http-415',
        '400-json-parse-unexpected-character-was-expecting',
        '400-illegal-argument-invalid-request',
      ],
    },
    {
      id: 'http-401',
      status: 401,
      type: '',
      message: '',
      section: 'http-status',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangCallbackPostsending, line: 277},
        {kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 21},
      ],
      summary: {
        zh: '未授权：请求没有通过身份验证。',
        en: 'Unauthorized: the request did not pass authentication.',
      },
      cause: {
        zh: '需要 App Token 的接口没有收到 Token，或收到的 Token 已过期、格式损坏，或不是用这个 App 的 App ID 和 App Certificate 生成的。',
        en: "An endpoint that needs an App Token received none, or received one that has expired, is malformed, or was not generated from this app's App ID and App Certificate.",
      },
      situations: [
        {
          zh: '补发回调存储信息时只加了 `Content-Type` 请求头，忘了带 `Authorization`。',
          en: 'You retry stored callbacks with only a `Content-Type` header and forget `Authorization`.',
        },
        {
          zh: '定时任务一直用一周前生成的 App Token，早过了当时设定的有效期。',
          en: 'A cron job still sends an App Token generated a week ago, long past the expiry it was given.',
        },
        {
          zh: '公司的 API 网关转发请求时把 `Authorization` 请求头剥掉了。',
          en: "Your company's API gateway strips the `Authorization` header when it forwards the request.",
        },
        {
          zh: '生成 Token 的机器时钟慢了好几个小时，Token 刚生成就已经过期。',
          en: 'The machine that generates tokens has a clock several hours behind, so every token is expired the moment it is made.',
        },
      ],
      fix: {
        zh: '检查 `Authorization: Bearer <token>` 请求头是否存在且完整。App Token 由你的服务器用 App ID 和 App Certificate 生成：在它到期前重新生成，收到 401 时重新生成一个再重试一次；仍然失败就核对 App ID、App Certificate、设定的有效期和服务器时钟。',
        en: 'Check that the `Authorization: Bearer <token>` header is present and complete. Your server generates the App Token from the App ID and App Certificate: regenerate it before it expires, and on a 401 generate a new one and retry once. If that still fails, check the App ID, the App Certificate, the expiry you set and the server clock.',
      },
      related: [
        '401-unauthorized-unable-authenticate-due-expired-access',
        '401-auth-bad-access-token-unable-authenticate-due-corrupt',
      ],
    },
    {
      id: 'http-403',
      status: 403,
      type: '',
      message: '',
      section: 'http-status',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangCallbackPostsending, line: 278},
        {kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 22},
      ],
      summary: {
        zh: '禁止：服务器理解请求，但拒绝执行。',
        en: 'Forbidden: the server understood the request but refuses to carry it out.',
      },
      cause: {
        zh: '操作不符合业务规则，例如把已在群组中的用户再次加入、移除聊天室中不存在的成员；或功能未开通；或发送频率超过上限——群组消息每秒最多 20 条，聊天室消息每秒最多 100 条。',
        en: 'The operation breaks a rule of the service, such as adding a user who is already in the chat group or removing a chat room member who is not there; or the feature is not activated; or messages are sent too fast: at most 20 chat group messages and 100 chat room messages per second.',
      },
      situations: [
        {
          zh: 'App 还没开通回调存储功能，就调用了补发回调存储信息的接口。',
          en: 'You call the callback storage retry on an app that does not have callback storage activated.',
        },
        {
          zh: '补发回调存储信息时用的是用户 Token，不是 App Token。',
          en: 'You retry stored callbacks with a user token instead of an App Token.',
        },
        {
          zh: '批量拉人进群，名单里有几个人本来就是群成员。',
          en: 'You add users to a chat group in bulk, and a few of them are already members.',
        },
        {
          zh: '移除聊天室成员时，对方其实早就离开了这个聊天室。',
          en: 'You remove a chat room member who had already left the room.',
        },
        {
          zh: '活动高峰时服务器往同一个群里每秒发几十条消息，超过了每秒 20 条。',
          en: 'At a campaign peak your server sends dozens of messages a second to one chat group, above the 20 per second allowed.',
        },
      ],
      fix: {
        zh: '根据 `error_description` 判断是哪一种：业务规则冲突时先查询当前状态再操作；功能未开通时到控制台开通或联系商务；超出发送频率时降低发送速度，排队发送。',
        en: 'Use `error_description` to tell which case it is. For a rule conflict, query the current state before acting; for an inactive feature, activate it in the console or contact sales; for a send-rate limit, slow down and queue your messages.',
      },
      related: ['http-429'],
    },
    {
      id: 'http-404',
      status: 404,
      type: '',
      message: '',
      section: 'http-status',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 23}],
      summary: {
        zh: '未找到：请求的接口或资源不存在。',
        en: 'Not found: the endpoint or the resource does not exist.',
      },
      cause: {
        zh: '请求 URL 写错（域名、App ID、路径拼写），或路径中引用的用户、群组、聊天室、消息等资源不存在或已被删除。',
        en: 'The request URL is wrong (host, App ID, a misspelled path), or the user, chat group, chat room or message referenced in the path does not exist or was deleted.',
      },
      situations: [
        {
          zh: '请求 URL 里的 App ID 抄成了另一个项目的。',
          en: 'The App ID in the request URL was copied from another project.',
        },
        {
          zh: '路径把 `chatgroups` 写成了 `chatgroup`，少了一个 s。',
          en: 'The path says `chatgroup` where it should say `chatgroups`.',
        },
        {
          zh: '查询一个已经解散的群组的详情。',
          en: 'You look up the details of a chat group that has already been dismissed.',
        },
      ],
      fix: {
        zh: '核对请求 URL 与接口文档是否一致；确认路径中的 ID 真实存在，例如先调用查询接口确认用户或群组仍然存在。',
        en: 'Compare the request URL with the endpoint reference. Make sure the IDs in the path exist, for instance by querying the user or chat group first.',
      },
      related: ['404-service-resource-not-found'],
    },
    {
      id: 'http-405',
      status: 405,
      type: '',
      message: '',
      section: 'http-status',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 24}],
      summary: {
        zh: '方法不允许：该路径不支持所用的 HTTP 方法。',
        en: 'Method not allowed: the path does not accept this HTTP method.',
      },
      cause: {
        zh: '请求使用了接口不支持的 HTTP 方法，例如对只接受 `POST` 的路径发送了 `GET`。',
        en: 'The request used an HTTP method the endpoint does not accept, such as `GET` on a path that only takes `POST`.',
      },
      situations: [
        {
          zh: '想获取用户详情，却对 `/users/{username}` 发了 `POST`。',
          en: "To read a user's details you send `POST` to `/users/{username}`.",
        },
        {
          zh: '修改聊天室信息时用了 `POST`，这个接口要的是 `PUT`。',
          en: "You update a chat room's information with `POST`, while that endpoint takes `PUT`.",
        },
        {
          zh: '直接在浏览器地址栏打开一个只接受 `POST` 的接口地址来测试。',
          en: 'You test a `POST`-only endpoint by opening its URL in the browser, which sends `GET`.',
        },
      ],
      fix: {
        zh: '按接口文档使用正确的方法（`GET`、`POST`、`PUT` 或 `DELETE`）。同一路径不同方法往往是不同的接口，注意区分。',
        en: 'Use the method the endpoint reference gives (`GET`, `POST`, `PUT` or `DELETE`). The same path with different methods is often a different endpoint altogether.',
      },
    },
    {
      id: 'http-408',
      status: 408,
      type: '',
      message: '',
      section: 'http-status',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 25}],
      summary: {
        zh: '请求超时：服务器等待请求的时间过长。',
        en: 'Request timeout: the server waited too long for the request.',
      },
      cause: {
        zh: '客户端没有在服务器限定的时间内发完请求，常见于网络拥塞或请求体很大。',
        en: 'The client did not finish sending the request in the time the server allows, typically because of a congested network or a large body.',
      },
      situations: [
        {
          zh: '网络很差时上传几兆的视频附件，请求体还没发完就超时了。',
          en: 'On a poor connection you upload a video attachment of several megabytes, and the body does not finish in time.',
        },
        {
          zh: '服务器出口带宽被日志同步占满，批量注册用户的请求发得很慢。',
          en: "Log shipping fills your server's outbound bandwidth, so a batch user registration request trickles out too slowly.",
        },
        {
          zh: '中间代理配置有问题，请求头转发出去了，请求体却迟迟跟不上。',
          en: 'A misconfigured proxy forwards the request headers but stalls on the body.',
        },
      ],
      fix: {
        zh: '检查网络后重试，重试之间加上递增的等待时间（指数退避）。对写操作，先确认上一次请求是否已经生效，避免重复执行。',
        en: 'Check the network and retry with a growing delay between attempts (exponential backoff). For write operations, first check whether the earlier attempt took effect, so the operation does not run twice.',
      },
      related: ['http-504'],
    },
    {
      id: 'http-409',
      status: 409,
      type: '',
      message: '',
      section: 'http-status',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 26}],
      summary: {
        zh: '冲突：同一资源上有并发操作。',
        en: 'Conflict: another operation on the same resource is in progress.',
      },
      cause: {
        zh: '多个请求同时修改同一个资源，例如并发调用修改消息接口修改同一条消息。',
        en: 'Several requests changed the same resource at the same time, for example two concurrent calls editing the same message.',
      },
      situations: [
        {
          zh: '两个运营后台同时修改同一条群消息的文字。',
          en: 'Two admin consoles edit the text of the same group message at the same moment.',
        },
        {
          zh: '修改消息的请求超时后立即重试，重试和第一次请求撞在了一起。',
          en: 'An edit request times out, and your immediate retry reaches the server while the first attempt is still running.',
        },
        {
          zh: '几个 worker 没加锁，同时处理同一条消息的修改任务。',
          en: 'Several workers pick up edit jobs for the same message at once, with no lock between them.',
        },
      ],
      fix: {
        zh: '对同一资源的修改串行执行；收到 409 后稍等片刻，重新读取最新状态再决定是否重试。',
        en: 'Serialize changes to the same resource. After a 409, wait briefly, read the latest state again and then decide whether to retry.',
      },
    },
    {
      id: 'http-413',
      status: 413,
      type: '',
      message: '',
      section: 'http-status',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 27}],
      summary: {
        zh: '请求体过大：上传的文件超过大小上限。',
        en: 'Payload too large: the uploaded file exceeds the size limit.',
      },
      cause: {
        zh: '调用上传文件接口时，消息附件超过了允许的最大大小。',
        en: 'A message attachment sent to the file upload endpoint is larger than the maximum allowed size.',
      },
      situations: [
        {
          zh: '用上传文件接口上传一段 30 MB 的录屏，超过了默认的 10 MB 上限。',
          en: 'You upload a 30 MB screen recording through the file upload endpoint, above the default 10 MB limit.',
        },
        {
          zh: '用户用手机拍的 4K 视频没压缩，直接作为消息附件上传。',
          en: 'A 4K video shot on a phone is uploaded as a message attachment without any compression.',
        },
        {
          zh: '把整个日志压缩包当作文件消息的附件上传。',
          en: 'You upload a whole log archive as the attachment of a file message.',
        },
      ],
      fix: {
        zh: '上传前在客户端检查文件大小；压缩图片和视频，或把大文件放在自己的存储中，只在消息里发送链接。',
        en: 'Check the file size before uploading. Compress images and videos, or keep large files in your own storage and send only a link in the message.',
      },
      related: ['413-request-entity-too-large', '413-file-exceeding-maximum-limit-size-exceeds'],
    },
    {
      id: 'http-415',
      status: 415,
      type: '',
      message: '',
      section: 'http-status',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 28}],
      summary: {
        zh: '不支持的媒体类型：请求体的类型不被接受。',
        en: 'Unsupported media type: the body type is not accepted.',
      },
      cause: {
        zh: '请求的 `Content-Type` 与接口要求不符，例如 JSON 接口没有设置 `Content-Type: application/json`，或上传文件没有使用 `multipart/form-data`。',
        en: 'The `Content-Type` of the request does not match what the endpoint expects: a JSON endpoint without `Content-Type: application/json`, or a file upload not sent as `multipart/form-data`.',
      },
      situations: [
        {
          zh: '设置用户属性时发了 JSON，而这个接口要的是 `application/x-www-form-urlencoded`。',
          en: 'You set user attributes with a JSON body, while that endpoint takes `application/x-www-form-urlencoded`.',
        },
        {
          zh: '上传文件时手动把 `Content-Type` 设成了 `application/json`，没用 `multipart/form-data`。',
          en: 'You upload a file with `Content-Type` set by hand to `application/json` instead of `multipart/form-data`.',
        },
        {
          zh: '发单聊消息的脚本用 `curl -d` 发 JSON 但没加请求头，curl 默认按表单类型发送。',
          en: 'A script sends a one-to-one message with `curl -d` and no header, so curl labels the JSON body as a form.',
        },
      ],
      fix: {
        zh: '按接口要求设置 `Content-Type` 请求头，并确认请求体确实是该格式。',
        en: 'Set the `Content-Type` header the endpoint requires and make sure the body really is in that format.',
      },
      related: ['http-400', '415-web-application-unsupported-media-type'],
    },
    {
      id: 'http-429',
      status: 429,
      type: '',
      message: '',
      section: 'http-status',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangCallbackPostsending, line: 279},
        {kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 29},
      ],
      summary: {
        zh: '请求过多：接口被限流，或超出了社区版的配额。',
        en: 'Too many requests: the endpoint is rate-limited, or a community edition quota is used up.',
      },
      cause: {
        zh: '单位时间内调用该接口的次数超过了 App 的限流阈值；或使用社区版时超出了该版本的配额。',
        en: "Calls to the endpoint exceeded your app's rate limit for the time window, or, on the community edition, a quota of that edition was exceeded.",
      },
      situations: [
        {
          zh: '迁移脚本不加任何间隔，循环逐个注册几万个用户。',
          en: 'A migration script registers tens of thousands of users one by one in a tight loop.',
        },
        {
          zh: '社区版 App 注册的用户数超出了这个版本的限制。',
          en: 'An app on the community edition registers more users than the edition allows.',
        },
        {
          zh: '对账任务把所有 date key 的回调存储一次性并发补发。',
          en: 'A reconciliation job retries the stored callbacks of every date key at once, in parallel.',
        },
        {
          zh: '客户端的 bug 让每次打开页面都触发服务器查一次群组详情，高峰期被限流。',
          en: 'A client bug makes every page view trigger a chat group details lookup on your server, and peak traffic hits the limit.',
        },
      ],
      fix: {
        zh: '降低调用频率：批量接口代替循环调用，加入队列和指数退避后重试。长期需要更高配额时联系商务调整限流或升级版本。',
        en: 'Call less often: use batch endpoints instead of loops, queue requests and retry with exponential backoff. If you need a higher limit for good, contact sales to raise it or upgrade your edition.',
      },
      related: ['http-403', '429-reach-limit-request-reached-api-limit'],
    },
    {
      id: 'http-500',
      status: 500,
      type: '',
      message: '',
      section: 'http-status',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangCallbackPostsending, line: 280},
        {kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 30},
      ],
      summary: {
        zh: '服务器内部错误：服务器处理请求时出错。',
        en: 'Internal server error: the server failed while processing the request.',
      },
      cause: {
        zh: '服务器遇到意外情况。也有少数 500 其实源于请求：对不支持全文索引的字段使用 `contains` 查询（`no_full_text_index`），使用了该 URL 不支持的请求方式（`unsupported_service_operation`），或请求 URL 错误（`web_application`）。',
        en: 'The server hit an unexpected condition. A few 500s are really caused by the request: a `contains` query on a field without a full-text index (`no_full_text_index`), a method the URL does not support (`unsupported_service_operation`), or a wrong request URL (`web_application`).',
      },
      situations: [
        {
          zh: '补发回调存储信息偶尔返回 500，过几秒原样重试就成功了。',
          en: 'Retrying stored callbacks now and then returns 500, and the same call succeeds a few seconds later.',
        },
        {
          zh: '在批量获取用户的请求里加了对 `username` 的 `contains` 条件，想做模糊搜索。',
          en: 'You add a `contains` condition on `username` to the list-users request to search users by a fragment of their ID.',
        },
        {
          zh: '请求 URL 多拼了一段路径，返回的 500 里 `error` 是 `web_application`。',
          en: 'An extra segment slips into the request URL, and the 500 comes back with `error` set to `web_application`.',
        },
        {
          zh: '批量注册用户连续几次都返回 500，只好记下请求时间和完整响应去找技术支持。',
          en: 'Batch user registration returns 500 on every retry, so you note the request time and full response and contact support.',
        },
      ],
      fix: {
        zh: '先看 `error` 字段：若是上面三种之一，修正请求；否则稍后用指数退避重试。多次重试仍失败时，记录请求 URL、时间和完整响应体并联系技术支持。',
        en: 'Look at the `error` field first: if it is one of the three above, fix the request. Otherwise retry later with exponential backoff. If it keeps failing, record the request URL, the time and the full response body, and contact support.',
      },
      related: ['500-no-full-text-index', '500-unsupported-service-operation', '500-web-application'],
    },
    {
      id: 'http-501',
      status: 501,
      type: '',
      message: '',
      section: 'http-status',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 31}],
      summary: {
        zh: '尚未实现：服务器不支持该请求所需的功能。',
        en: 'Not implemented: the server does not support what the request needs.',
      },
      cause: {
        zh: '服务器不具备完成该请求的能力，最常见的原因是无法识别请求使用的 HTTP 方法。',
        en: 'The server lacks the capability to fulfil the request; most often it does not recognise the HTTP method used.',
      },
      situations: [
        {
          zh: '修改群组信息时用了 `PATCH`，而文档给的是 `PUT`。',
          en: 'You update a chat group with `PATCH`, while the reference gives `PUT`.',
        },
        {
          zh: '自己封装的 HTTP 工具把方法名拼错，发出去的是 `DELET`。',
          en: 'A typo in your own HTTP wrapper sends the method as `DELET`.',
        },
      ],
      fix: {
        zh: '确认请求方法和路径与接口文档一致，不要使用文档中没有的方法（如 `PATCH`）。',
        en: 'Make sure the method and path match the endpoint reference, and do not use methods it does not list (such as `PATCH`).',
      },
      related: ['http-405'],
    },
    {
      id: 'http-502',
      status: 502,
      type: '',
      message: '',
      section: 'http-status',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 32}],
      summary: {
        zh: '网关错误：网关从上游服务收到了无效响应。',
        en: 'Bad gateway: a gateway got an invalid response from the service behind it.',
      },
      cause: {
        zh: '请求经过的网关或代理没有从后端服务拿到有效响应，通常是服务器短暂故障或正在发布。',
        en: 'A gateway or proxy on the request path did not get a valid response from the service behind it, usually during a brief outage or a deployment.',
      },
      situations: [
        {
          zh: '服务发布期间，群发消息的任务连续几次拿到 502。',
          en: 'During a service deployment your bulk messaging job gets 502 several times in a row.',
        },
        {
          zh: '公司出口代理连不上后端，自己返回了 502。',
          en: "Your company's egress proxy cannot reach the service and answers 502 itself.",
        },
        {
          zh: '凌晨跑批量导入消息时偶尔遇到一次 502，重试就好了。',
          en: 'An overnight message import hits a single 502 now and then, and a retry clears it.',
        },
      ],
      fix: {
        zh: '稍后用指数退避重试。持续出现时记录时间和请求信息，报警给运维并联系技术支持。',
        en: 'Retry later with exponential backoff. If it persists, record the time and request details, alert your operations team and contact support.',
      },
      related: ['http-503', 'http-504'],
    },
    {
      id: 'http-503',
      status: 503,
      type: '',
      message: '',
      section: 'http-status',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 33}],
      summary: {
        zh: '服务不可用：服务暂时无法处理请求。',
        en: 'Service unavailable: the service cannot handle requests right now.',
      },
      cause: {
        zh: '服务过载、维护或正在恢复，暂时无法处理请求。',
        en: 'The service is overloaded, under maintenance or recovering, and cannot process requests for the moment.',
      },
      situations: [
        {
          zh: '定时任务在官方公告的维护时段里还在调用接口。',
          en: 'A scheduled job keeps calling the API during an announced maintenance window.',
        },
        {
          zh: '大型直播活动时负载很高，发聊天室消息偶尔返回 503。',
          en: 'During a big live event, sending chat room messages occasionally returns 503 under heavy load.',
        },
        {
          zh: '响应里带了 `Retry-After`，重试代码却没等就立刻重发。',
          en: 'The response carries `Retry-After`, but your retry code resends right away.',
        },
      ],
      fix: {
        zh: '稍后用指数退避重试；如果响应带有 `Retry-After` 头，按它给出的时间等待。长时间不可用时联系技术支持。',
        en: 'Retry later with exponential backoff; if the response carries a `Retry-After` header, wait that long. If it lasts, contact support.',
      },
      related: ['http-502', 'http-504'],
    },
    {
      id: 'http-504',
      status: 504,
      type: '',
      message: '',
      section: 'http-status',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 34}],
      summary: {
        zh: '网关超时：网关没有及时收到上游服务的响应。',
        en: 'Gateway timeout: a gateway did not get a timely response from the service behind it.',
      },
      cause: {
        zh: '网关或代理等待后端服务响应超时。请求可能已经在服务器执行，也可能没有。',
        en: 'A gateway or proxy timed out waiting for the service behind it. The request may or may not have been carried out.',
      },
      situations: [
        {
          zh: '导入消息的请求拿到 504，后来查到这条消息其实已经导入了。',
          en: 'A message import call gets 504, and you later find the message was imported after all.',
        },
        {
          zh: '给大群发消息时收到 504，重试之后群里出现了两条一样的消息。',
          en: 'Sending to a large chat group returns 504, and your retry leaves the same message in the group twice.',
        },
        {
          zh: '自建转发网关的读超时设得太短，没等到接口返回就报了 504。',
          en: 'Your own forwarding gateway has a short read timeout and gives up with 504 before the API answers.',
        },
      ],
      fix: {
        zh: '重试前先确认操作是否已生效（例如查询消息或成员列表），避免重复发送或重复操作；再用指数退避重试。',
        en: 'Before retrying, check whether the operation took effect (query the message or member list, for example) so you do not repeat it; then retry with exponential backoff.',
      },
      related: ['http-408', 'http-502'],
    },
    {
      id: '500-no-full-text-index',
      status: 500,
      type: 'no_full_text_index',
      message:
        'Entity ‘user’ with property named ‘username’ is not full text indexed. You cannot use the ‘contains’ operand on this field',
      section: 'request',
      sources: [
        {kind: 'docs-prose', ...DOCUMENTS.shengwangError, line: 30},
        {kind: 'sister-docs', ...DOCUMENTS.easemobSiteErrorcodes, line: 53},
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 97},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerErrorCodes, line: 328},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '`username` 字段不支持 `contains` 模糊查询。',
        en: 'The `username` field does not support a `contains` query.',
      },
      cause: {
        zh: '查询用户时对 `username` 使用了 `contains` 运算符，而该字段没有全文索引，只能精确匹配。',
        en: 'A user query used the `contains` operator on `username`, which has no full-text index and only supports exact matches.',
      },
      situations: [
        {
          zh: '做后台用户搜索，在批量获取用户接口上加了 `username` 的 `contains` 条件。',
          en: 'For a user search in your admin console, you add a `contains` condition on `username` to the list-users call.',
        },
        {
          zh: '想找出所有带 `test_` 的测试账号，对 `username` 用了 `contains` 查询。',
          en: 'To find every test account containing `test_`, you query `username` with `contains`.',
        },
        {
          zh: '从旧项目搬来一段按用户 ID 模糊查询的代码，直接拿来用。',
          en: 'You reuse code from an old project that fuzzy-searched users by their ID.',
        },
      ],
      fix: {
        zh: '改用完整的用户 ID 精确查询；需要模糊搜索用户时，在自己的服务器维护用户索引。',
        en: 'Query by the exact user ID instead. If you need fuzzy user search, keep a user index on your own server.',
      },
      variants: [
        {
          message:
            "Entity 'user' with property named 'username' is not full text indexed.  You cannot use the 'contains' operand on this field",
        },
      ],
      note: {
        zh: '本服务的文档在 500 的说明中给出这条消息，用的是弯引号（‘user’）；同一服务另一品牌的较早文档用直引号，句号后有两个空格。本条目按本服务文档的写法记录，另一种写法列为变体。搜索时不区分引号样式和空格数量，两种写法粘贴进来都能找到本条目。',
        en: "This service's documentation gives this message in its description of 500, with curly quotes (‘user’); older documentation of the same service under another brand uses straight quotes and two spaces after the full stop. This entry keeps this service's spelling and lists the other as a variant. Search ignores the quote style and the number of spaces, so a paste of either spelling finds this entry.",
      },
      related: ['http-500'],
    },
    {
      id: '500-unsupported-service-operation',
      status: 500,
      type: 'unsupported_service_operation',
      message: 'Service operation not supported',
      section: 'request',
      sources: [
        {kind: 'docs-prose', ...DOCUMENTS.shengwangError, line: 30},
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 98},
        {kind: 'sister-docs', ...DOCUMENTS.easemobSiteErrorcodes, line: 54},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerErrorCodes, line: 334},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '该 URL 不支持这种请求方式。',
        en: 'The URL does not support this request method.',
      },
      cause: {
        zh: '请求 URL 存在，但不接受所用的 HTTP 方法，例如对只读资源发送了 `DELETE`。',
        en: 'The URL exists but does not accept the HTTP method used, for example a `DELETE` on a read-only resource.',
      },
      situations: [
        {
          zh: '想一次改多个用户，对 `/users` 发了 `PUT`。',
          en: 'Hoping to update several users at once, you send `PUT` to `/users`.',
        },
        {
          zh: '想清空群组公告，对公告地址发了 `DELETE`。',
          en: 'To clear a chat group announcement, you send `DELETE` to the announcement path.',
        },
        {
          zh: '对上传文件的地址 `/chatfiles` 发了 `PUT`。',
          en: 'You send `PUT` to the file upload path `/chatfiles`.',
        },
      ],
      fix: {
        zh: '对照接口文档检查方法与路径的组合，改用正确的方法。',
        en: 'Check the method and path combination against the endpoint reference and use the right method.',
      },
      related: ['http-405', 'http-500'],
    },
    {
      id: '500-web-application',
      status: 500,
      type: 'web_application',
      message: 'javax.ws.rs.WebApplicationException',
      section: 'request',
      sources: [
        {kind: 'docs-prose', ...DOCUMENTS.shengwangError, line: 30},
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 99},
        {kind: 'sister-docs', ...DOCUMENTS.easemobSiteErrorcodes, line: 55},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerErrorCodes, line: 340},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '请求 URL 有误，服务无法路由。',
        en: 'The request URL is wrong and cannot be routed.',
      },
      cause: {
        zh: '请求 URL 的拼写、层级或参数不正确，服务找不到对应的处理逻辑。常见于路径多了或少了一段、App ID 写错。',
        en: 'The spelling, structure or parameters of the URL are wrong, so the service finds nothing to handle it. Typical causes are a missing or extra path segment or a wrong App ID.',
      },
      situations: [
        {
          zh: '获取 App 中的子区时，把 `/thread` 写成了 `/threads`。',
          en: "Listing the app's threads, you request `/threads` instead of `/thread`.",
        },
        {
          zh: '拼 URL 时漏了 `/app-id/{app_id}` 这一段，直接请求了 `/users`。',
          en: 'Building the URL, you drop the `/app-id/{app_id}` part and request `/users` directly.',
        },
        {
          zh: '配置的基础地址末尾带了 `/`，拼出来的路径成了 `//chatgroups`。',
          en: 'Your base URL ends with `/`, so the path comes out as `//chatgroups`.',
        },
      ],
      fix: {
        zh: '把请求 URL 与接口文档逐段比对，确认域名、App ID 和路径参数都正确。',
        en: 'Compare the request URL with the endpoint reference segment by segment, and check the host, the App ID and every path parameter.',
      },
      related: ['http-404', 'http-500'],
    },
    {
      id: '401-unauthorized-unable-authenticate-oauth',
      status: 401,
      type: 'unauthorized',
      message: 'Unable to authenticate (OAuth)',
      // Every endpoint that takes an App Token returns it: the catalog adds it to each one.
      everyAppTokenEndpoint: true,
      section: 'token',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 143},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomAttribute, line: 127},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomLabelMute, line: 135},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 141},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAddDelete, line: 125},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAdmin, line: 122},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAllowlist, line: 116},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberBlocklist, line: 134},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberMutelist, line: 125},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberObtain, line: 129},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomSuperadmin, line: 136},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupFile, line: 113},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupManage, line: 146},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAddDelete, line: 123},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAdmin, line: 128},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAllowlist, line: 119},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAttribute, line: 129},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberBlocklist, line: 114},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberMutelist, line: 119},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberObtain, line: 142},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 130},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageAttachmentStorage, line: 119},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageOffline, line: 116},
        {kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 114},
        {kind: 'docs-table', ...DOCUMENTS.shengwangPushResultStatistics, line: 139},
        {kind: 'docs-table', ...DOCUMENTS.shengwangPush, line: 374},
        {kind: 'docs-table', ...DOCUMENTS.shengwangUserGlobalMute, line: 138},
        {kind: 'docs-table', ...DOCUMENTS.shengwangUserRelationship, line: 137},
      ],
      summary: {
        zh: 'App Token 缺失、无效或已过期，请求未通过鉴权。',
        en: 'The App Token is missing, invalid or expired, so the request was not authenticated.',
      },
      cause: {
        zh: '服务器无法用请求头 `Authorization` 中的 App Token 确认你的身份。常见情况：没有带这个请求头、格式不是 `Bearer <token>`、Token 已过了生成时设定的有效期，或者 Token 是用另一个 App 的 App ID 和 App Certificate 生成的。',
        en: "The server could not verify the App Token in the `Authorization` header. Typical reasons: the header is missing, it is not in the form `Bearer <token>`, the token is past the expiry set when it was generated, or it was generated from another app's App ID and App Certificate.",
      },
      situations: [
        {
          zh: '设置离线推送时请求头写成了 `Authorization: <token>`，漏了 `Bearer`。',
          en: 'When setting offline push, the header reads `Authorization: <token>` with no `Bearer` in front.',
        },
        {
          zh: '维护聊天室白名单的脚本用的是昨天生成的 App Token，当时有效期只设了一小时。',
          en: "A script that manages a chat room allowlist reuses yesterday's App Token, which was generated with a one-hour expiry.",
        },
        {
          zh: '用测试项目的 App ID 和 App Certificate 生成 Token，去调生产 App 的在线状态接口。',
          en: "You generate the token from the test project's App ID and App Certificate and call presence on the production app.",
        },
        {
          zh: '设置消息附件的存储方式时，传的是一个已经过期的用户 Token。',
          en: 'You set how a message attachment is stored with a user token that has already expired.',
        },
        {
          zh: '查询离线推送结果统计时，配置还没加载就读了 Token 变量，请求里没有 `Authorization` 头。',
          en: 'Querying offline push statistics, your code reads the token variable before the config loads, so no `Authorization` header goes out.',
        },
      ],
      fix: {
        zh: '在你的服务器上用 App ID 和 App Certificate 重新生成 App Token，并以 `Authorization: Bearer <token>` 的形式放入请求头（`Bearer` 后面有一个空格）。确认生成时用的 App ID 就是路径中的 `app_id`，有效期设置合理，服务器时钟准确；在到期前主动重新生成。用同一个 Token 原样重试不会成功。',
        en: 'Generate a new App Token on your server from the App ID and App Certificate and send it as `Authorization: Bearer <token>` (one space after `Bearer`). Check that the App ID you generate it with is the `app_id` in the path, that the expiry is sensible and that the server clock is right; regenerate the token before it expires. Retrying with the same token will not help.',
      },
      related: [
        '401-unauthorized-unable-authenticate-due-expired-access',
        '401-auth-bad-access-token-unable-authenticate',
        '401-auth-bad-access-token-unable-authenticate-due-corrupt',
        'http-401',
      ],
    },
    {
      id: '401-unauthorized-registration-not-open-contact-app',
      status: 401,
      type: 'unauthorized',
      message: 'registration is not open, please contact the app admin',
      section: 'token',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 58}],
      summary: {
        zh: '注册用户时没有提供有效的 App Token。',
        en: 'A user was registered without a valid App Token.',
      },
      cause: {
        zh: '调用注册单个用户或批量注册用户接口时，没有带 App Token，或带的 Token 已过期、格式不对。App 未开放注册，所以注册必须以管理员身份进行。',
        en: 'The single or batch user registration endpoint was called without an App Token, or with one that has expired or is malformed. Open registration is off for the app, so registration requires admin credentials.',
      },
      situations: [
        {
          zh: '手机客户端自己调用注册接口给新用户开户，请求里没有 App Token。',
          en: 'Your mobile app calls the registration endpoint itself to sign users up, without any App Token.',
        },
        {
          zh: '批量注册用户的导入脚本沿用了一个已经过期的 App Token。',
          en: 'A batch registration import script keeps using an App Token that has already expired.',
        },
        {
          zh: '注册用户时 Token 两边多带了一对引号，格式不对。',
          en: 'The registration request sends the token wrapped in a pair of quotes, so its format is wrong.',
        },
      ],
      fix: {
        zh: '在你的服务器上用 App ID 和 App Certificate 重新生成 App Token，放在 `Authorization: Bearer <token>` 请求头中重新注册。不要让客户端直接调用注册接口，应由你的服务器代为注册。',
        en: 'Generate a new App Token on your server from the App ID and App Certificate and send it as `Authorization: Bearer <token>` when registering. Do not let clients call the registration endpoint directly; register users from your own server.',
      },
      related: ['401-unauthorized-unable-authenticate-due-expired-access'],
    },
    {
      id: '401-unauthorized-unable-authenticate-due-expired-access',
      status: 401,
      type: 'unauthorized',
      message: 'Unable to authenticate due to expired access token',
      section: 'token',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 59}],
      summary: {
        zh: 'App Token 已过期或没有提供。',
        en: 'The App Token has expired or was not sent.',
      },
      cause: {
        zh: '请求使用的 App Token 超过了生成时设定的有效期，或请求中根本没有 Token。生成 Token 的服务器时钟偏慢或偏快，也会让 Token 提前过期。注册单个用户接口除外，它在这种情况下返回另一条错误。',
        en: 'The App Token in the request is past the expiry set when it was generated, or the request carried no token at all. A clock that is off on the server that generates tokens can also make them expire early. The single-user registration endpoint is the exception: it returns a different error in this case.',
      },
      situations: [
        {
          zh: '服务重启后从缓存里读出几天前生成的 App Token 继续用。',
          en: 'After a restart your service loads an App Token generated days ago from its cache and keeps using it.',
        },
        {
          zh: '生成 Token 时有效期只设了 60 秒，长任务跑到一半开始报错。',
          en: 'You give the token a 60-second expiry, and a long job starts failing halfway through.',
        },
        {
          zh: '容器里的系统时钟没有同步，生成的 Token 到服务器时已经过期。',
          en: 'The clock inside your container is not synchronised, so the tokens it generates arrive already expired.',
        },
        {
          zh: '发单聊消息时存 Token 的环境变量是空的，请求里根本没带 Token。',
          en: 'Sending a one-to-one message, the environment variable that should hold the token is empty, so no token is sent.',
        },
      ],
      fix: {
        zh: '在你的服务器上用 App ID 和 App Certificate 重新生成 App Token 后重试。缓存 Token，并在到期前主动重新生成，而不是等到收到 401；确认服务器时钟已同步（例如启用 NTP），有效期不要设得过短。',
        en: 'Generate a new App Token on your server from the App ID and App Certificate and retry. Cache the token and regenerate it before it expires rather than waiting for a 401; make sure the server clock is synchronized (with NTP, for example) and the expiry is not set too short.',
      },
      related: [
        '401-auth-bad-access-token-unable-authenticate-due-corrupt',
        '401-auth-bad-access-token-unable-authenticate',
      ],
    },
    {
      id: '401-auth-bad-access-token-unable-authenticate-due-corrupt',
      status: 401,
      type: 'auth_bad_access_token',
      message: 'Unable to authenticate due to corrupt access token',
      section: 'token',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 60}],
      summary: {
        zh: 'App Token 格式损坏，无法解析。',
        en: 'The App Token is malformed and cannot be parsed.',
      },
      cause: {
        zh: 'Token 字符串不完整或被改动过：复制时截断、多了空格或引号、`Bearer` 前缀写错，或在 URL 编码时被破坏。注册单个用户接口除外。',
        en: 'The token string is incomplete or altered: truncated when copied, wrapped in extra spaces or quotes, a misspelled `Bearer` prefix, or damaged by URL encoding. The single-user registration endpoint is the exception.',
      },
      situations: [
        {
          zh: '从日志里复制 Token 做测试，日志早把这串长字符截断了。',
          en: 'You copy a token from a log for a test, but the log had already cut the long string short.',
        },
        {
          zh: '配置文件里的 Token 被折成两行，请求头里混进了换行符。',
          en: 'The token in a config file was wrapped onto two lines, putting a line break into the header.',
        },
        {
          zh: 'Token 先被 URL 编码再放进请求头，`=` 变成了 `%3D`。',
          en: 'The token is URL-encoded before going into the header, so `=` turns into `%3D`.',
        },
        {
          zh: '请求头写成了 `Authorization: Bearer: <token>`，前缀多了个冒号。',
          en: 'The header is written `Authorization: Bearer: <token>`, with a stray colon after the prefix.',
        },
      ],
      fix: {
        zh: '确认请求头正好是 `Authorization: Bearer <token>`，Token 是你的服务器生成后原样传过来的字符串，中间没有被截断、换行或加引号；拿不准时用 App ID 和 App Certificate 重新生成一个。',
        en: 'Make sure the header is exactly `Authorization: Bearer <token>` and the token is the string your server generated, passed on unchanged: not truncated, wrapped or quoted. When in doubt, generate a new one from the App ID and App Certificate.',
      },
      related: [
        '401-auth-bad-access-token-unable-authenticate',
        '401-unauthorized-unable-authenticate-due-expired-access',
      ],
    },
    {
      id: '401-auth-bad-access-token-unable-authenticate',
      status: 401,
      type: 'auth_bad_access_token',
      message: 'Unable to authenticate',
      section: 'token',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 61}],
      summary: {
        zh: 'App Token 格式正确，但服务器不认识它。',
        en: 'The App Token is well-formed but the server does not recognise it.',
      },
      cause: {
        zh: 'Token 能解析，但与这次请求的 App 对不上：例如它是用另一个 App（或测试项目）的 App ID 和 App Certificate 生成的，或者 App ID 和 App Certificate 分别取自不同的项目。注册单个用户和批量注册用户接口除外。',
        en: "The token can be parsed but does not match the app of this request: it was generated from another app's (or a test project's) App ID and App Certificate, for example, or from an App ID and an App Certificate taken from different projects. The single and batch user registration endpoints are the exception.",
      },
      situations: [
        {
          zh: '配置里混着几个项目的凭证，A 项目的 App ID 配上了 B 项目的 App Certificate。',
          en: "With several projects in one config file, you pair project A's App ID with project B's App Certificate.",
        },
        {
          zh: '预发环境换了 App，只改了路径里的 `app_id`，生成 Token 还用旧 App 的凭证。',
          en: "Switching the staging app, you change `app_id` in the path but still generate tokens with the old app's credentials.",
        },
        {
          zh: '公共库里写死了另一个 App 的 App ID，新项目直接用它生成 Token。',
          en: "A shared library hard-codes another app's App ID, and a new project generates its tokens with it.",
        },
      ],
      fix: {
        zh: '确认生成 Token 时用的 App ID 与请求路径中的 `app_id` 相同，App Certificate 是控制台中同一个项目的证书，然后用它们重新生成 Token。原样重试不会成功。',
        en: 'Check that the App ID used to generate the token is the `app_id` in the request path and that the App Certificate is the one of that same project in the console, then generate a new token from them. Retrying unchanged will not help.',
      },
      related: ['401-auth-bad-access-token-unable-authenticate-due-corrupt'],
    },
    {
      id: '404-service-resource-not-found',
      status: 404,
      type: 'service_resource_not_found',
      message: 'Service resource not found',
      section: 'user-not-found',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangAccountSystem, line: 388},
        {kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 69},
        {kind: 'docs-table', ...DOCUMENTS.shengwangUserRelationship, line: 139},
      ],
      summary: {
        zh: '路径中指定的用户不存在。',
        en: 'The user named in the path does not exist.',
      },
      cause: {
        zh: '请求路径中的用户 ID（`{username}`、`{owner_username}` 等）没有注册，或已被删除。用户 ID 区分大小写以外的写法差异也会导致找不到，例如多了空格。',
        en: 'The user ID in the request path (`{username}`, `{owner_username}` and the like) was never registered or has been deleted. Stray characters such as a trailing space also make the lookup fail.',
      },
      situations: [
        {
          zh: '添加好友时，`{friend_username}` 是一个还没注册的账号。',
          en: 'You add a contact whose `{friend_username}` has not been registered yet.',
        },
        {
          zh: '封禁一个已经被删除的用户账号。',
          en: 'You deactivate a user account that has already been deleted.',
        },
        {
          zh: '获取黑名单列表时，路径里的用户 ID 末尾多了一个空格。',
          en: "Fetching a user's blocklist, the user ID in the path has a trailing space.",
        },
        {
          zh: '导入好友列表时，路径里的 `{username}` 是迁移时漏注册的用户。',
          en: 'You import contacts for a `{username}` that your migration forgot to register.',
        },
        {
          zh: '设置好友备注时，用的是只在测试 App 里注册过的用户 ID。',
          en: 'You set a contact remark with a user ID that exists only in the test app.',
        },
      ],
      fix: {
        zh: '先调用获取单个用户详情接口确认用户存在；不存在时先注册该用户。检查用户 ID 是否经过 URL 编码、是否混入空格。',
        en: 'Confirm the user exists with the get-user-details endpoint; if not, register the user first. Check that the user ID is URL-encoded and free of stray spaces.',
      },
      related: ['http-404'],
    },
    {
      id: '403-group-error-thread-not-open',
      status: 403,
      type: 'group_error',
      message: 'thread not open.',
      section: 'service-not-activated',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 77},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 131},
      ],
      summary: {
        zh: 'App 没有开通子区功能。',
        en: 'Threads are not activated for the app.',
      },
      cause: {
        zh: '调用了子区相关接口（创建、修改、删除、查询子区或子区成员），但这个 App 还没有开通子区服务。',
        en: 'A thread endpoint (creating, editing, deleting or listing threads or their members) was called, but the thread service is not activated for this app.',
      },
      situations: [
        {
          zh: '新 App 上线后直接调用创建子区接口，忘了在控制台开通子区。',
          en: 'On a freshly launched app you create a thread without having activated threads in the console.',
        },
        {
          zh: '测试 App 开通了子区，生产 App 没开，同一段代码到生产就失败。',
          en: 'Threads are on for the test app but not for production, so the same code fails there.',
        },
        {
          zh: '统计任务去拉 App 中的子区列表，而这个 App 从没开通过子区。',
          en: "A reporting job lists the app's threads, but the app never had threads activated.",
        },
      ],
      fix: {
        zh: '在控制台的功能配置中开通子区服务，开通后无需修改请求即可重试。',
        en: 'Activate the thread service in the feature settings of the console; once it is on, retry the same request unchanged.',
      },
    },
    {
      id: '403-forbidden-op-message-broadcast-service-unopened',
      status: 403,
      type: 'forbidden_op',
      message: 'message broadcast service is unopened',
      section: 'service-not-activated',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 78},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageBroadcast, line: 307},
      ],
      summary: {
        zh: 'App 没有开通广播消息功能。',
        en: 'Broadcast messages are not activated for the app.',
      },
      cause: {
        zh: '调用了发送广播消息的接口（向 App 全部在线用户或全部聊天室广播），但这个 App 没有开通该功能。',
        en: 'A broadcast endpoint (to all online users of the app or to all chat rooms) was called, but broadcasting is not activated for this app.',
      },
      situations: [
        {
          zh: '发版前想给全部在线用户推一条维护通知，调广播接口时功能还没开通。',
          en: 'Before a release you broadcast a maintenance notice to every online user, but broadcasting was never activated.',
        },
        {
          zh: '运营后台向所有聊天室发全局广播，这个 App 没开通广播。',
          en: 'Your operations console sends a global broadcast to all chat rooms on an app without broadcasting.',
        },
        {
          zh: '商务只给正式 App 开通了广播，你在测试 App 上调同一个接口。',
          en: 'Broadcasting was activated for the production app only, and you try the same call on the test app.',
        },
      ],
      fix: {
        zh: '广播功能需要联系商务开通。开通前可以改用发送聊天室消息接口，逐个聊天室发送。',
        en: 'Contact sales to activate broadcasting. Until then you can send to chat rooms one by one with the chat room message endpoint.',
      },
    },
    {
      id: '400-service-open-exception-appkey-not-message-roaming',
      status: 400,
      type: 'service open exception',
      message: 'this appKey not open message roaming',
      section: 'service-not-activated',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 79},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageDelete, line: 116},
      ],
      summary: {
        zh: 'App 没有开通消息漫游服务，不能删除漫游消息。',
        en: 'Message roaming is not activated for the app, so roaming messages cannot be deleted.',
      },
      cause: {
        zh: '调用了单向删除漫游消息的接口（按消息 ID 删除单聊或群聊漫游消息、清空指定用户的漫游消息、清空单聊或群组会话某个时间点之前的漫游消息），但这个 App 没有开通消息漫游服务。撤回消息不返回这个错误，它有自己的“未开通”错误。',
        en: 'One of the endpoints that delete roaming messages one-way was called (deleting one-to-one or group roaming messages by ID, clearing a user\'s roaming messages, or clearing a one-to-one or group conversation up to a point in time), but message roaming is not activated for this app. Recalling a message does not return this error; it has its own "not activated" error.',
      },
      situations: [
        {
          zh: '用户在客户端删除聊天记录，服务器按消息 ID 单向删除单聊漫游消息，App 却没开漫游。',
          en: 'When a user deletes chat history, your server deletes one-to-one roaming messages by ID on an app without message roaming.',
        },
        {
          zh: '注销账号的流程里调用了清空指定用户漫游消息的接口。',
          en: "Your account-closing flow clears the user's roaming messages on an app where roaming is not activated.",
        },
        {
          zh: '按 `delTime` 清空某个群聊会话之前的漫游消息，这个 App 没开通漫游。',
          en: "You clear a group conversation's roaming messages up to `delTime` on an app without message roaming.",
        },
      ],
      fix: {
        zh: '联系商务为 App 开通消息漫游服务，开通后再重试原请求；在此之前修改请求没有用。',
        en: 'Contact sales to activate message roaming for the app, then retry the same request; until then no change to the request will help.',
      },
      related: ['403-forbidden-op-message-recall-service-unopened'],
    },
    {
      id: '400-service-open-exception-app-not-presence',
      status: 400,
      type: 'service open exception',
      message: 'the app not open presence',
      section: 'service-not-activated',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 80},
        {kind: 'docs-table', ...DOCUMENTS.shengwangPresence, line: 113},
      ],
      summary: {
        zh: 'App 没有开通在线状态订阅服务。',
        en: 'Presence is not activated for the app.',
      },
      cause: {
        zh: '调用了在线状态相关接口（设置、订阅、取消订阅、查询在线状态），但这个 App 没有开通在线状态服务。',
        en: 'A presence endpoint (setting, subscribing to, unsubscribing from or querying presence) was called, but presence is not activated for this app.',
      },
      situations: [
        {
          zh: '服务器替用户批量订阅好友的在线状态，App 从没开通在线状态服务。',
          en: "Your server subscribes a user to their contacts' presence in bulk, but presence was never activated for the app.",
        },
        {
          zh: '给用户设置“会议中”这类自定义在线状态时，App 还没开通在线状态。',
          en: 'You set a custom presence status such as "in a meeting" for a user before presence is activated.',
        },
        {
          zh: '查询某个用户的在线状态订阅列表，而这个 App 没开通在线状态。',
          en: "You query a user's presence subscription list on an app where presence is not activated.",
        },
      ],
      fix: {
        zh: '联系商务开通在线状态服务，开通后原请求即可成功。',
        en: 'Contact sales to activate presence; the same request then succeeds.',
      },
    },
    {
      id: '403-message-rewrite-error-feature-not-open',
      status: 403,
      type: 'message_rewrite_error',
      message: 'The rewrite message feature is not open.',
      section: 'service-not-activated',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 81},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageModifyTextCustom, line: 152},
      ],
      summary: {
        zh: 'App 没有开通消息修改功能。',
        en: 'Message editing is not activated for the app.',
      },
      cause: {
        zh: '调用了修改文本或自定义消息的接口，但这个 App 没有开通消息修改功能。',
        en: 'The endpoint for editing a text or custom message was called, but message editing is not activated for this app.',
      },
      situations: [
        {
          zh: '运营想改掉一条已发出文本消息里的错别字，调用修改接口时功能还没开通。',
          en: 'Operations tries to fix a typo in a sent text message through the edit endpoint before editing is activated.',
        },
        {
          zh: '订单状态变了，想直接修改之前发出的自定义消息，App 没开通消息修改。',
          en: "When an order's status changes you try to edit the custom message sent earlier, on an app without message editing.",
        },
        {
          zh: '旧 App 开通过消息修改，迁到新 App 后没人再去申请开通。',
          en: 'Message editing was activated on your old app, and after moving to a new app nobody asked for it again.',
        },
      ],
      fix: {
        zh: '消息修改功能要由商务为 App 开通。在开通之前想更正内容，可以先撤回原消息，再发送一条新的。',
        en: 'Contact sales to activate message editing. Until then, to correct a message, recall it and send it again.',
      },
    },
    {
      id: '403-forbidden-user-metadata-service-not-allow',
      status: 403,
      type: 'FORBIDDEN',
      message: '{appkey} user metadata service not allow',
      sample: '1100241212162981#demo user metadata service not allow',
      section: 'service-not-activated',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangError, line: 82},
        {kind: 'docs-table', ...DOCUMENTS.shengwangUserprofile, line: 151},
      ],
      summary: {
        zh: 'App 未开通用户属性服务。',
        en: 'User attributes are not activated for the app.',
      },
      cause: {
        zh: '调用了设置、获取或删除用户属性的接口，但消息中点名的这个 App Key 没有开通用户属性功能。',
        en: 'An endpoint that sets, reads or deletes user attributes was called, but the App Key named in the message does not have user attributes activated.',
      },
      situations: [
        {
          zh: '注册用户后马上设置昵称、头像等用户属性，App 还没开通用户属性。',
          en: 'Right after registering a user you set nickname and avatar attributes on an app without user attributes.',
        },
        {
          zh: '配置误指向了没开通用户属性的测试 App，报错里的 App Key 不是你以为的那个。',
          en: 'Your config points at the test app, which lacks user attributes, so the App Key in the error is not the one you expected.',
        },
        {
          zh: '运维脚本查询 App 下用户属性总大小时，这个 App 没开通用户属性。',
          en: "An ops script asks for the app's total user attribute size, but the app lacks user attributes.",
        },
        {
          zh: '渲染好友列表时批量获取几个用户的属性，功能却未开通。',
          en: "To render a contact list you batch-fetch several users' attributes on an app where the feature is off.",
        },
      ],
      fix: {
        zh: '核对消息中的 App Key 是否就是你想用的 App；确认无误后联系商务开通用户属性功能。',
        en: 'Check that the App Key in the message is the app you meant to use; if it is, contact sales to activate user attributes.',
      },
    },
    {
      id: '415-web-application-unsupported-media-type',
      status: 415,
      type: 'web_application',
      message: 'Unsupported Media Type',
      section: 'request',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 94},
        {kind: 'sister-docs', ...DOCUMENTS.easemobErrorAa0017a, line: 86},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerErrorCodes, line: 310},
        {kind: 'test-suite', ...DOCUMENTS.sxTest21, line: 62},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '请求体的类型不被接受：缺少或写错了 `Content-Type` 请求头。',
        en: 'The body type is not accepted: the `Content-Type` header is missing or wrong.',
      },
      cause: {
        zh: 'JSON 接口收到的请求没有 `Content-Type: application/json`，或者声明的类型与请求体不符（例如以表单格式发送了 JSON）。一些 HTTP 客户端在不显式设置时会默认使用 `text/plain` 或 `application/x-www-form-urlencoded`。',
        en: 'A JSON endpoint received a request without `Content-Type: application/json`, or with a type that does not match the body (JSON sent as a form, for example). Some HTTP clients default to `text/plain` or `application/x-www-form-urlencoded` unless told otherwise.',
      },
      situations: [
        {
          zh: '用 Java 的 `HttpURLConnection` 注册用户，没有设置 `Content-Type`。',
          en: "You register a user with Java's `HttpURLConnection` and never set `Content-Type`.",
        },
        {
          zh: '批量注册时把用户数组放进表单字段提交。',
          en: 'You batch-register users by posting the user array as a form field.',
        },
        {
          zh: 'Python `requests` 用 `data=` 传了 JSON 字符串而不是用 `json=`，请求头里没有 JSON 类型。',
          en: 'With Python `requests` you pass the JSON string through `data=` instead of `json=`, so no JSON content type is sent.',
        },
      ],
      fix: {
        zh: '在请求中显式加上 `Content-Type: application/json`（上传文件的接口用 `multipart/form-data`），并确认请求体确实是该格式。修改请求头后重试即可；原样重试不会成功。',
        en: 'Set `Content-Type: application/json` explicitly (`multipart/form-data` for file uploads) and make sure the body really is in that format. Retry after fixing the header; retrying unchanged will not help.',
      },
      related: ['http-415', '400-json-parse-unexpected-character-was-expecting'],
    },
    {
      id: '400-json-parse-unexpected-character-was-expecting',
      status: 400,
      type: 'json_parse',
      message: 'Unexpected character (XXX): was expecting XXX\n at [Source: XXX; line: XXX, column: XXX]',
      section: 'request',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobSiteErrorcodes, line: 43},
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 46},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerErrorCodes, line: 112},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerSendMessage, line: 147},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '请求体不是合法的 JSON，解析在消息所指的位置失败。',
        en: 'The request body is not valid JSON; parsing failed at the position the message gives.',
      },
      cause: {
        zh: '服务器的 JSON 解析器在请求体中遇到了不该出现的字符。消息给出了这个字符、解析器期望的内容，以及出错的行号和列号。常见原因：用 `=` 代替了 `:`、多了末尾逗号、键名没有加双引号、用了单引号，或者字符串拼接出来的 JSON 不完整。',
        en: "The server's JSON parser met a character it did not expect. The message gives that character, what the parser expected instead, and the line and column. Typical causes: `=` instead of `:`, a trailing comma, an unquoted key, single quotes, or JSON assembled by string concatenation that came out incomplete.",
      },
      situations: [
        {
          zh: '手写发消息的请求体，把 `"to":` 写成了 `"to"=`。',
          en: 'Writing the body of a send-message call by hand, you type `"to"=` instead of `"to":`.',
        },
        {
          zh: '模板拼接请求体时，最后一个字段后面多了一个逗号。',
          en: 'A template builds the request body and leaves a comma after the last field.',
        },
        {
          zh: '把 Python 字典直接 `str()` 后当请求体，键名都成了单引号。',
          en: 'You send `str()` of a Python dict as the body, so every key comes out in single quotes.',
        },
        {
          zh: '消息文本里有没转义的双引号，把 JSON 字符串提前截断了。',
          en: 'An unescaped double quote in the message text ends the JSON string too early.',
        },
      ],
      fix: {
        zh: '按消息中的 `line` 和 `column` 找到出错位置并修正。最好用 JSON 库序列化请求体，而不是手工拼接字符串；发送前可以先用任意 JSON 校验工具检查一遍。修正前重试不会成功。',
        en: 'Go to the `line` and `column` the message gives and fix the JSON there. Serialize the body with a JSON library instead of building the string by hand, and check it with any JSON validator before sending. Retrying before the fix will not help.',
      },
      sample:
        "Unexpected character ('=' (code 61)): was expecting a colon to separate field name and value\n at [Source: java.io.BufferedInputStream@170e3f35; line: 1, column: 23]",
      related: ['http-400', '415-web-application-unsupported-media-type', '400-illegal-argument-invalid-request'],
    },
    {
      id: '413-request-entity-too-large',
      status: 413,
      type: 'Request Entity Too Large',
      message: 'Request Entity Too Large',
      section: 'request',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 93},
        {kind: 'sister-docs', ...DOCUMENTS.easemobErrorAa0017a, line: 85},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerErrorCodes, line: 304},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '请求体或上传的文件超过了网关允许的大小。',
        en: 'The request body or the uploaded file is larger than the gateway accepts.',
      },
      cause: {
        zh: '请求在到达接口之前就被网关拒绝了，因为请求体太大。文档中的情形是上传文件接口上传了过大的文件；普通 JSON 请求体过大（例如一次批量请求塞进了太多数据）也可能遇到。',
        en: 'A gateway turned the request away before it reached the endpoint because the body is too large. The documented case is a file upload that is too big; an oversized JSON body, such as a batch request carrying too much data, may get it too.',
      },
      situations: [
        {
          zh: '把用户录的高清视频原文件直接发给上传文件接口，被网关挡了回来。',
          en: "You send a user's original HD video straight to the file upload endpoint, and the gateway turns it away.",
        },
        {
          zh: '移动端上传前不检查大小，用户选了一个几百兆的文件。',
          en: 'The mobile client skips the size check before uploading, and a user picks a file of several hundred megabytes.',
        },
        {
          zh: '一次批量请求塞进了太多数据，请求体比平时大出好几倍。',
          en: 'One batch request carries so much data that its body is several times its usual size.',
        },
      ],
      fix: {
        zh: '上传前在客户端检查文件大小，压缩图片和视频，或者把大文件放在自己的存储中、只在消息里发送链接。批量请求则拆成更小的批次。原样重试不会成功。',
        en: 'Check the file size before uploading, compress images and videos, or keep large files in your own storage and send only a link. Split batch requests into smaller ones. Retrying unchanged will not help.',
      },
      related: ['http-413', '413-file-exceeding-maximum-limit-size-exceeds'],
    },
    {
      id: '400-illegal-argument-invalid-request',
      status: 400,
      type: 'illegal_argument',
      message: 'this is an invalid request.',
      section: 'request',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 51},
        {kind: 'sister-docs', ...DOCUMENTS.easemobErrorAa0017a, line: 51},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerErrorCodes, line: 148},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '请求的 URL、请求头或请求体与接口的要求不符，被整体拒绝。',
        en: 'The URL, headers or body do not match what the endpoint expects, so the request is rejected as a whole.',
      },
      cause: {
        zh: '这是一个笼统的拒绝，不指明具体字段。通常是请求的结构不对：路径少了或多了一段、用错了 HTTP 方法、缺少必需的请求头，或者请求体的整体结构（例如数组与对象）不是接口要的样子。',
        en: 'This is a catch-all rejection that names no field. Usually the shape of the request is wrong: a missing or extra path segment, the wrong HTTP method, a required header left out, or a body whose overall structure (an array instead of an object, say) is not what the endpoint takes.',
      },
      situations: [
        {
          zh: '接口要一个 JSON 对象，你把几个对象包进数组一起发了。',
          en: 'The endpoint takes one JSON object, and you send several objects wrapped in an array.',
        },
        {
          zh: '变量为空导致路径里少了一段，拼出了 `/users//contacts/users/bob`。',
          en: 'An empty variable drops a path segment, producing `/users//contacts/users/bob`.',
        },
        {
          zh: '从别的接口复制来的调用代码没改 HTTP 方法，这个路径不接受。',
          en: 'Code copied from another call keeps its HTTP method, which this path does not accept.',
        },
      ],
      fix: {
        zh: '把请求与接口文档逐项对照：方法、完整路径、`Authorization` 和 `Content-Type` 请求头、请求体的结构。可以先用文档中的示例请求确认能调通，再逐步改成你的参数。修正前重试不会成功。',
        en: 'Compare the request with the endpoint reference item by item: method, full path, the `Authorization` and `Content-Type` headers, and the structure of the body. Get the reference example working first, then change it step by step to your values. Retrying before a fix will not help.',
      },
      related: ['http-400', '400-json-parse-unexpected-character-was-expecting', '500-web-application'],
    },
    {
      id: '429-reach-limit-request-reached-api-limit',
      status: 429,
      type: 'reach_limit',
      message: 'This request has reached api limit',
      section: 'limits',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 96},
        {kind: 'sister-docs', ...DOCUMENTS.easemobErrorAa0017a, line: 88},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerErrorCodes, line: 322},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
        {kind: 'sister-docs', ...DOCUMENTS.easemobBroadcastToOnlineUsers},
        {kind: 'sister-docs', ...DOCUMENTS.easemobBroadcastToChatrooms},
      ],
      summary: {
        zh: '调用频率超过了接口的限流阈值。',
        en: "Calls came faster than the endpoint's rate limit.",
      },
      cause: {
        zh: '单位时间内对该接口的调用次数超过了 App 的限流阈值。多数接口按每秒调用次数计算；广播类接口另有更短窗口的限制，例如向在线用户广播每分钟只能调用 1 次。阈值按 App 计算，同一个 App 的所有服务器共用。',
        en: "Calls to the endpoint exceeded the app's limit for the time window. Most endpoints count calls per second; the broadcast endpoints have their own short-window limits, such as one call per minute for broadcasting to online users. The limit is per app, shared by all of your servers that use it.",
      },
      situations: [
        {
          zh: '同一分钟内第二次向 App 在线用户发送广播消息。',
          en: "You broadcast to the app's online users a second time within the same minute.",
        },
        {
          zh: '一秒内连发了两次聊天室全局广播。',
          en: 'Two global chat room broadcasts go out within the same second.',
        },
        {
          zh: '多线程迁移脚本逐个查询用户详情，压过了每秒的阈值。',
          en: 'A multi-threaded migration looks up user details one at a time and goes over the per-second limit.',
        },
        {
          zh: '几台服务器共用一个 App，各自都按自认为安全的速度调用，加起来超了。',
          en: 'Several servers share one app, each calling at what it thinks is a safe rate, and together they exceed the limit.',
        },
      ],
      fix: {
        zh: '降低调用频率：能用批量接口的就不要循环调用单个接口，在服务器上用队列匀速发送。收到 429 后等待一段时间再重试，并逐次加长等待（指数退避）。正常业务量确实需要更高的阈值时，联系商务调整。',
        en: 'Call less often: use batch endpoints instead of loops and send through a queue on your server at a steady rate. After a 429, wait before retrying and lengthen the wait each time (exponential backoff). If your normal traffic needs a higher limit, contact sales.',
      },
      note: {
        zh: '这条错误来自同一服务另一品牌的文档，本服务的文档只笼统地说明了 429。较新的表格在消息末尾加了句号，两个广播接口的表格没有写错误类型；匹配时不区分末尾的标点。',
        en: "This error comes from the documentation of the same service under another brand; this service's documentation describes 429 only in general terms. Newer tables end the message with a full stop, and the tables of the two broadcast endpoints give no error type; matching ignores trailing punctuation.",
      },
      related: ['http-429', '403-message-send-error-reach-limit'],
    },
    {
      id: '403-forbidden-service-operation-service-operation-not-allowed',
      status: 403,
      type: 'forbidden_service_operation',
      message: 'Service operation not allowed',
      section: 'service-not-activated',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobUserFriendRemoveAll},
        {kind: 'issue', repo: 'easemob/webim-vue-demo', path: 'issues/93'},
      ],
      summary: {
        zh: '服务拒绝了这次操作：App 或用户被禁用。',
        en: 'The service refuses the operation: the app or the user is disabled.',
      },
      cause: {
        zh: 'App 被停用或封禁，或者执行操作的用户账号已被封禁，服务因此拒绝执行请求。请求本身的格式没有问题。',
        en: 'The app has been disabled or suspended, or the user account performing the operation has been deactivated, so the service refuses to carry out the request. The request itself is well-formed.',
      },
      situations: [
        {
          zh: 'App 在控制台被停用后，注册用户的请求开始被拒绝。',
          en: 'After the app is disabled in the console, user registration requests start being refused.',
        },
        {
          zh: '替一个已被封禁的用户处理好友关系。',
          en: 'You manage contacts on behalf of a user whose account has been deactivated.',
        },
        {
          zh: '旧测试脚本还在往一个早已停用的测试 App 里注册用户。',
          en: 'An old test script keeps registering users in a test app that was disabled long ago.',
        },
      ],
      fix: {
        zh: '在控制台检查 App 的状态；如果涉及的用户被封禁，先调用账号解禁接口。App 被停用且原因不明时，联系技术支持。状态恢复之前重试不会成功。',
        en: "Check the app's status in the console; if a user involved has been deactivated, reactivate it with the activate-user endpoint. If the app was disabled for a reason you do not know, contact support. Retrying will not help until the status is restored.",
      },
      related: ['http-403'],
    },
    {
      id: '401-group-authorization-token-blank',
      status: 401,
      type: 'group_authorization',
      message: 'token is blank!',
      section: 'token',
      sources: [
        {kind: 'test-suite', ...DOCUMENTS.sxTestBaseresullt, line: 18},
        {kind: 'test-suite', ...DOCUMENTS.sxTestGroupResult, line: 8},
        {kind: 'test-suite', ...DOCUMENTS.sxTest61, line: 18},
        {kind: 'test-suite', ...DOCUMENTS.sxTest51, line: 18},
      ],
      summary: {
        zh: '群组或聊天室接口的请求没有带 App Token。',
        en: 'A chat group or chat room request carried no App Token.',
      },
      cause: {
        zh: '群组和聊天室接口用自己的错误类型 `group_authorization` 报告鉴权失败。这条消息表示 `Authorization` 请求头缺失，或者 `Bearer` 后面是空的，例如生成 Token 的代码返回了空字符串，或变量没有赋值。',
        en: 'Chat group and chat room endpoints report authentication failures with their own error type, `group_authorization`. This message means the `Authorization` header is missing or has nothing after `Bearer`: for example the code that generates the token returned an empty string, or a variable was never set.',
      },
      situations: [
        {
          zh: '创建聊天室时生成 Token 的函数返回了空字符串，请求头只剩 `Bearer `。',
          en: 'Creating a chat room, the token function returns an empty string and the header is left with just `Bearer `.',
        },
        {
          zh: '解散聊天室的脚本没读到环境变量里的 Token。',
          en: 'A script that destroys a chat room never picks up the token from its environment variable.',
        },
        {
          zh: '创建群组时 HTTP 拦截器没生效，请求根本没带 `Authorization`。',
          en: 'Creating a chat group, your HTTP interceptor is not applied, so no `Authorization` header is sent at all.',
        },
      ],
      fix: {
        zh: '在你的服务器上用 App ID 和 App Certificate 生成 App Token，以 `Authorization: Bearer <token>` 的形式放进请求头（`Bearer` 后有一个空格），发送前确认 Token 不为空。带上 Token 后重试即可。',
        en: 'Generate an App Token on your server from the App ID and App Certificate and send it as `Authorization: Bearer <token>` (one space after `Bearer`); check that the token is not empty before sending. Retry once the token is there.',
      },
      related: [
        '401-group-authorization-token-bad-has-expired',
        '401-unauthorized-unable-authenticate-oauth',
        'http-401',
      ],
    },
    {
      id: '401-group-authorization-token-bad-has-expired',
      status: 401,
      type: 'group_authorization',
      message: 'this token is bad, or has expired!',
      section: 'token',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerChatroomManagement, line: 226},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerGroupManagement, line: 276},
      ],
      summary: {
        zh: '群组或聊天室接口收到的 App Token 无效或已过期。',
        en: 'A chat group or chat room endpoint received an App Token that is invalid or expired.',
      },
      cause: {
        zh: '请求带了 Token，但服务器无法验证它：Token 已过了生成时设定的有效期，复制时被截断或改动，用错了 App ID 或 App Certificate 生成，或者生成 Token 的服务器时钟不准，使 Token 一生成就已过期。',
        en: 'The request carried a token the server cannot verify: it is past the expiry set when it was generated, it was truncated or altered when copied, it was generated with the wrong App ID or App Certificate, or the clock of the server that generated it is off, so the token was already expired when made.',
      },
      situations: [
        {
          zh: '获取群组详情时用的是几天前生成、早已过期的 Token。',
          en: 'You fetch chat group details with a token generated days ago that has long expired.',
        },
        {
          zh: '分页获取 App 中的聊天室时，用的 Token 是从日志里复制的，已被截断。',
          en: "You list the app's chat rooms with a token copied from a log, which had cut it short.",
        },
        {
          zh: '创建群组时用的 Token 是拿另一个 App 的 App Certificate 生成的。',
          en: "You create a chat group with a token generated from another app's App Certificate.",
        },
      ],
      fix: {
        zh: '在你的服务器上重新生成 App Token：核对所用的 App ID 和 App Certificate 属于请求路径中的这个 App，设定合适的有效期，并确认服务器时钟已同步（例如启用 NTP）。在 Token 到期前主动重新生成。用同一个 Token 原样重试不会成功。',
        en: 'Generate a new App Token on your server: check that the App ID and App Certificate belong to the app in the request path, set a suitable expiry, and make sure the server clock is synchronized (with NTP, for example). Regenerate the token before it expires. Retrying with the same token will not help.',
      },
      related: [
        '401-group-authorization-token-blank',
        '401-unauthorized-unable-authenticate-due-expired-access',
        'http-401',
      ],
    },
  ],
};
