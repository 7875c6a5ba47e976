/**
 * How to add an error to this module (push); CONTRIBUTING.md walks through it in full.
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
 * 5. Check: `npm run check-catalog -- --only push`, `npx tsc --noEmit`, `npm run test:unit`.
 */
import {DOCUMENTS} from '../documents';
import type {CatalogModule} from '../types';

export const pushModule: CatalogModule = {
  id: 'push',
  title: {
    zh: '离线推送',
    en: 'Offline push',
  },
  summary: {
    zh: '离线推送接口返回的错误：设置推送昵称和通知展示方式，设置和查询离线推送与免打扰，设置推送通知的首选语言，管理离线推送模板，以及查询离线推送结果统计。',
    en: 'Errors returned by the offline push endpoints: push nicknames and notification display style, offline push and do-not-disturb settings, the preferred language of notifications, offline push templates, and offline push result statistics.',
  },
  sections: [
    {
      id: 'push-settings',
      title: {
        zh: '离线推送设置',
        en: 'Offline push settings',
      },
      intro: {
        zh: '上游文档为推送设置和查询类接口给出了一组共同的错误：`Entity user requires a property named username`（用户不存在）、`parameters is invalid : XXX`（参数取值不合法）和 `url is invalid`（请求路径错误），它们也可能出现在本节各个接口上。',
        en: "The upstream documentation gives one shared set of errors for the push settings endpoints: `Entity user requires a property named username` (the user doesn't exist), `parameters is invalid : XXX` (a parameter value is out of range) and `url is invalid` (wrong request path). Any endpoint in this section can return them.",
      },
    },
    {
      id: 'push-templates',
      title: {
        zh: '离线推送模板',
        en: 'Offline push templates',
      },
      intro: {
        zh: '推送模板类接口的共同错误是 `XXX template is not exist`（模板不存在）和 `url is invalid`（请求路径错误）。推送模板也可以在控制台中创建和查看。',
        en: 'The template endpoints share two errors: `XXX template is not exist` (no such template) and `url is invalid` (wrong request path). You can also create and review push templates in the console.',
      },
    },
    {
      id: 'push-result-statistics',
      title: {
        zh: '查询离线推送结果统计数据',
        en: 'Offline push result statistics',
      },
      intro: {
        zh: '接口 `GET /app-id/{app_id}/push/data/offline-push/begin/{startTime}/end/{endTime}` 按天、按推送平台返回推送成功、失败和送达的数量，日期格式为 `yyyy-MM-dd`，调用频率上限为每个 App ID 每 10 秒 10 次。它需要联系商务单独开通；除下表的错误外，Token 无效时同样返回 401 `Unable to authenticate (OAuth)`。',
        en: 'The endpoint `GET /app-id/{app_id}/push/data/offline-push/begin/{startTime}/end/{endTime}` returns daily success, failure and delivery counts per push platform; dates use `yyyy-MM-dd`, and the rate limit is 10 calls per 10 seconds per App ID. It has to be activated by contacting sales. Besides the error below, an invalid token gets the 401 `Unable to authenticate (OAuth)`.',
      },
    },
  ],
  endpoints: [
    {
      id: 'push.get-result-statistics',
      method: 'GET',
      path: '/app-id/{app_id}/push/data/offline-push/begin/{startTime}/end/{endTime}',
      title: {
        zh: '查询离线推送结果统计数据',
        en: 'Get offline push result statistics',
      },
      section: 'push-result-statistics',
      errors: [{error: '403-forbidden-op'}, {error: '401-unauthorized-unable-authenticate-oauth'}],
    },
    {
      id: 'push.set-nickname',
      method: 'PUT',
      path: '/app-id/{app_id}/users/{userId}',
      title: {
        zh: '设置离线推送时显示的昵称',
        en: "Set a user's push nickname",
      },
      section: 'push-settings',
      errors: [
        {
          error: '401-unauthorized-unable-authenticate-oauth',
          note: {
            zh: '上游文档没有为这个接口列出具体错误，通用错误同样适用；鉴权失败是任何 REST 调用都可能遇到的，所以列在这里。',
            en: 'The upstream documentation lists no specific errors for this endpoint, so the general errors apply; authentication can fail on any REST call, which is why it is listed here.',
          },
        },
      ],
    },
    {
      id: 'push.set-nickname-batch',
      method: 'PUT',
      path: '/app-id/{app_id}/push/nickname',
      title: {
        zh: '批量设置离线推送时显示的昵称',
        en: 'Set push nicknames in batch',
      },
      section: 'push-settings',
      errors: [
        {error: '400-illegal-argument-put-user-push-nicknames-empty'},
        {error: '400-illegal-argument-put-user-push-nicknames-exceeds'},
        {error: '400-illegal-argument-push-nickname-length-exceeds-limit'},
      ],
    },
    {
      id: 'push.set-display-style',
      method: 'PUT',
      path: '/app-id/{app_id}/users/{userId}',
      title: {
        zh: '设置离线推送通知的展示方式',
        en: 'Set the notification display style',
      },
      section: 'push-settings',
      errors: [
        {
          error: '401-unauthorized-unable-authenticate-oauth',
          note: {
            zh: '上游文档没有为这个接口列出具体错误，通用错误同样适用；鉴权失败是任何 REST 调用都可能遇到的，所以列在这里。',
            en: 'The upstream documentation lists no specific errors for this endpoint, so the general errors apply; authentication can fail on any REST call, which is why it is listed here.',
          },
        },
      ],
    },
    {
      id: 'push.set-notification',
      method: 'PUT',
      path: '/app-id/{app_id}/users/{userId}/notification/{chattype}/{key}',
      title: {
        zh: '设置离线推送',
        en: 'Set offline push options',
      },
      section: 'push-settings',
      errors: [
        {
          error: '401-unauthorized-unable-authenticate-oauth',
          note: {
            zh: '上游文档没有为这个接口列出具体错误，通用错误同样适用；鉴权失败是任何 REST 调用都可能遇到的，所以列在这里。',
            en: 'The upstream documentation lists no specific errors for this endpoint, so the general errors apply; authentication can fail on any REST call, which is why it is listed here.',
          },
        },
      ],
    },
    {
      id: 'push.get-notification',
      method: 'GET',
      path: '/app-id/{app_id}/users/{userId}/notification/{chattype}/{key}',
      title: {
        zh: '查询离线推送设置',
        en: 'Get offline push options',
      },
      section: 'push-settings',
      errors: [
        {
          error: '401-unauthorized-unable-authenticate-oauth',
          note: {
            zh: '上游文档没有为这个接口列出具体错误，通用错误同样适用；鉴权失败是任何 REST 调用都可能遇到的，所以列在这里。',
            en: 'The upstream documentation lists no specific errors for this endpoint, so the general errors apply; authentication can fail on any REST call, which is why it is listed here.',
          },
        },
      ],
    },
    {
      id: 'push.set-language',
      method: 'PUT',
      path: '/app-id/{app_id}/users/{userId}/notification/language',
      title: {
        zh: '设置推送通知的首选语言',
        en: 'Set the preferred notification language',
      },
      section: 'push-settings',
      errors: [
        {
          error: '401-unauthorized-unable-authenticate-oauth',
          note: {
            zh: '上游文档没有为这个接口列出具体错误，通用错误同样适用；鉴权失败是任何 REST 调用都可能遇到的，所以列在这里。',
            en: 'The upstream documentation lists no specific errors for this endpoint, so the general errors apply; authentication can fail on any REST call, which is why it is listed here.',
          },
        },
      ],
    },
    {
      id: 'push.get-language',
      method: 'GET',
      path: '/app-id/{app_id}/users/{userId}/notification/language',
      title: {
        zh: '获取推送通知的首选语言',
        en: 'Get the preferred notification language',
      },
      section: 'push-settings',
      errors: [
        {
          error: '401-unauthorized-unable-authenticate-oauth',
          note: {
            zh: '上游文档没有为这个接口列出具体错误，通用错误同样适用；鉴权失败是任何 REST 调用都可能遇到的，所以列在这里。',
            en: 'The upstream documentation lists no specific errors for this endpoint, so the general errors apply; authentication can fail on any REST call, which is why it is listed here.',
          },
        },
      ],
    },
    {
      id: 'push.create-template',
      method: 'POST',
      path: '/app-id/{app_id}/notification/template',
      title: {
        zh: '创建离线推送模板',
        en: 'Create a push template',
      },
      section: 'push-templates',
      errors: [
        {
          error: '401-unauthorized-unable-authenticate-oauth',
          note: {
            zh: '上游文档没有为这个接口列出具体错误，通用错误同样适用；鉴权失败是任何 REST 调用都可能遇到的，所以列在这里。',
            en: 'The upstream documentation lists no specific errors for this endpoint, so the general errors apply; authentication can fail on any REST call, which is why it is listed here.',
          },
        },
      ],
    },
    {
      id: 'push.get-template',
      method: 'GET',
      path: '/app-id/{app_id}/notification/template/{name}',
      title: {
        zh: '查询离线推送模板',
        en: 'Get a push template',
      },
      section: 'push-templates',
      errors: [
        {
          error: '401-unauthorized-unable-authenticate-oauth',
          note: {
            zh: '上游文档没有为这个接口列出具体错误，通用错误同样适用；鉴权失败是任何 REST 调用都可能遇到的，所以列在这里。',
            en: 'The upstream documentation lists no specific errors for this endpoint, so the general errors apply; authentication can fail on any REST call, which is why it is listed here.',
          },
        },
      ],
    },
    {
      id: 'push.delete-template',
      // The docs' error table of this endpoint lists no App Token error.
      appTokenErrors: false,
      method: 'DELETE',
      path: '/app-id/{app_id}/notification/template/{name}',
      title: {
        zh: '删除离线推送模板',
        en: 'Delete a push template',
      },
      section: 'push-templates',
      errors: [
        {
          error: '400-requiredpropertynotfoundexception-entity-user-requires-property-named',
          note: {
            zh: '上游文档把这个错误列在推送设置类接口（设置昵称、展示方式、免打扰、首选语言等）的常见错误表中，而不是推送模板接口的表中；它被归到本接口很可能是误挂，删除模板的请求并不涉及用户 ID。',
            en: 'The upstream documentation lists this error in the common-error table of the push settings endpoints (nickname, display style, do-not-disturb, preferred language and so on), not in the template table; attaching it to this endpoint is most likely a mistake, as deleting a template involves no user ID.',
          },
        },
        {
          error: '400-illegalargumentexception-parameters-invalid',
          note: {
            zh: '上游文档把这个错误列在推送设置类接口的常见错误表中，而不是推送模板接口的表中；它被归到本接口很可能是误挂。',
            en: 'The upstream documentation lists this error in the common-error table of the push settings endpoints, not in the template table; attaching it to this endpoint is most likely a mistake.',
          },
        },
        {error: '404-url-invalid'},
        {error: '400-entitynotfoundexception-template-not-exist'},
      ],
    },
  ],
  entries: [
    {
      id: '403-forbidden-op',
      status: 403,
      type: 'forbidden_op',
      message: '',
      section: 'push-result-statistics',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageAttachmentStorage, line: 116},
        {kind: 'docs-table', ...DOCUMENTS.shengwangPushResultStatistics, line: 138},
      ],
      summary: {
        zh: '接口所属的功能需要单独开通，而 App 还没有开通。',
        en: "The feature behind this endpoint must be activated separately, and the app doesn't have it.",
      },
      cause: {
        zh: '只带 `forbidden_op`、没有错误描述的 403 表示 App 没有开通这个接口所属的功能。上游文档在两处给出它：查询离线推送结果统计数据，以及设置消息附件的存储方式，这两项功能都需要单独开通。',
        en: "A 403 with `forbidden_op` and no description means the app doesn't have the feature this endpoint belongs to. The upstream documentation gives it for two endpoints, querying offline push result statistics and setting how message attachments are stored; both features have to be activated separately.",
      },
      situations: [
        {
          zh: '运营想每天看前一天的离线推送成功率，直接调了统计接口，但从没找商务开通过这项功能。',
          en: "Ops wants yesterday's offline push success rate and calls the statistics endpoint, though the feature was never activated through sales.",
        },
        {
          zh: '想把合并消息里的图片附件设成 `forever` 永久保存，调 `/users/{username}/chatfiles/lifetime` 时被拒。',
          en: 'You try to keep the images of a combined message `forever` through `/users/{username}/chatfiles/lifetime` on an app without that feature.',
        },
        {
          zh: '推送统计只给正式 App 开通了，监控脚本里配的却是测试 App 的 App ID。',
          en: "Push statistics were activated for the production app, but the monitoring script is configured with the test app's App ID.",
        },
      ],
      fix: {
        zh: '确认请求发往正确的 App 后，联系商务开通对应的功能（离线推送结果统计或消息附件存储设置）。开通前重试不会成功；推送结果也可以先在控制台的消息投递查询中查看，或通过发送后回调的离线推送事件接收。',
        en: "Make sure you are calling the right app, then contact sales to activate the feature (offline push result statistics or attachment storage settings). Retrying before that won't help. Meanwhile you can check push results in the console's message delivery lookup, or receive them through offline push events in post-send callbacks.",
      },
      related: ['http-403'],
    },
    {
      id: '400-illegal-argument-put-user-push-nicknames-empty',
      status: 400,
      type: 'illegal_argument',
      message: 'put user push nicknames illegal empty request body',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPush, line: 371}],
      summary: {
        zh: '批量设置推送昵称时，请求体为空。',
        en: 'The request body for setting push nicknames in batch is empty.',
      },
      cause: {
        zh: '批量设置推送昵称接口期望请求体是一个 JSON 数组，每个元素带 `username` 和 `push_nickname`。请求没有发送请求体，或者发送的是空数组，服务器就没有可设置的昵称。',
        en: 'The batch nickname endpoint expects a JSON array in the body, each element with `username` and `push_nickname`. The request sent no body or an empty array, so there is no nickname to set.',
      },
      situations: [
        {
          zh: '同步任务这一轮没有用户改过昵称，却照样发出了一个 `[]`。',
          en: 'Your sync job finds no users whose nickname changed this round but still sends `[]`.',
        },
        {
          zh: '用 curl 调批量设置推送昵称时漏了 `-d`，请求根本没带请求体。',
          en: 'Calling the batch push nickname endpoint with curl, you leave out `-d` and send no body at all.',
        },
        {
          zh: 'HTTP 库把昵称数组拼进了查询参数，实际发出的请求体是空的。',
          en: 'Your HTTP library puts the nickname array into the query string, so the body that goes out is empty.',
        },
      ],
      fix: {
        zh: '发送类似 `[{"username": "user1", "push_nickname": "Alice"}]` 的请求体，并带上 `Content-Type: application/json`。列表由程序生成时，先判断它是否为空，为空就不要发起请求。',
        en: 'Send a body such as `[{"username": "user1", "push_nickname": "Alice"}]` with `Content-Type: application/json`. If your code builds the list, skip the call when it is empty.',
      },
      related: ['400-illegal-argument-put-user-push-nicknames-exceeds'],
    },
    {
      id: '400-illegal-argument-put-user-push-nicknames-exceeds',
      status: 400,
      type: 'illegal_argument',
      message: 'put user push nicknames exceeds the limit',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPush, line: 372}],
      summary: {
        zh: '一次批量设置推送昵称的用户超过 50 个。',
        en: 'More than 50 users in one batch push nickname request.',
      },
      cause: {
        zh: '批量设置推送昵称时，请求体数组中的用户超过了每次 50 个的上限。',
        en: 'The body array of the batch nickname request holds more than the 50 users allowed per call.',
      },
      situations: [
        {
          zh: '迁移用户资料时，把几百个用户的推送昵称塞进了一次批量请求。',
          en: "During a profile migration you put hundreds of users' push nicknames into a single batch request.",
        },
        {
          zh: '分批脚本的批大小写成了 100，每一批都被拒绝。',
          en: 'The batching script has its batch size set to 100, and every batch is rejected.',
        },
        {
          zh: '运营后台全选所有员工账号后统一改推送昵称，选中的远不止 50 个。',
          en: 'An admin page selects every staff account and renames their push nicknames at once, far more than 50.',
        },
      ],
      fix: {
        zh: '把用户拆成每批最多 50 个，分多次请求。注意这个接口的调用频率上限是每个 App ID 每秒 100 次，批次很多时要控制发送速度。',
        en: 'Split the users into batches of at most 50 and send one request per batch. The endpoint is limited to 100 calls per second per App ID, so pace the batches if there are many.',
      },
      related: [
        '400-illegal-argument-put-user-push-nicknames-empty',
        '400-illegal-argument-push-nickname-length-exceeds-limit',
      ],
    },
    {
      id: '400-illegal-argument-push-nickname-length-exceeds-limit',
      status: 400,
      type: 'illegal_argument',
      message: 'XXX push nickname length exceeds the limit',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPush, line: 373}],
      summary: {
        zh: '某个用户的推送昵称超过了 100 个字符。',
        en: "A user's push nickname is longer than 100 characters.",
      },
      cause: {
        zh: '批量设置推送昵称时，数组中至少有一个 `push_nickname` 超过了 100 个字符的上限，消息开头的值指出了出问题的那一项。',
        en: 'In the batch nickname request, at least one `push_nickname` is longer than the 100-character limit; the value at the start of the message points to the offending item.',
      },
      situations: [
        {
          zh: '字段映射写错，把用户的个性签名当成 `push_nickname` 传了上去。',
          en: "A wrong field mapping sends the user's profile bio as `push_nickname`.",
        },
        {
          zh: '推送昵称拼成“门店名 + 部门 + 姓名 + 工号”，个别人的超过了 100 个字符。',
          en: 'You build push nicknames from store, department, name and staff number, and a few run past 100 characters.',
        },
        {
          zh: '从旧系统导入的昵称没做截断，其中一个超长昵称让整批设置失败。',
          en: 'Nicknames imported from the old system were never trimmed, and one overlong name fails the whole batch.',
        },
      ],
      fix: {
        zh: '把每个 `push_nickname` 截短到 100 个字符以内后重新提交整批请求。推送昵称可以和用户属性中的 `nickname` 不同，但建议两者保持一致，修改一处时同步更新另一处。',
        en: 'Trim every `push_nickname` to 100 characters or fewer and resend the batch. The push nickname may differ from the `nickname` user attribute, but keeping them in sync is recommended, so update both together.',
      },
      sample: 'user1 push nickname length exceeds the limit',
      related: ['400-illegal-argument-nickname-too-long', '400-illegal-argument-put-user-push-nicknames-exceeds'],
    },
    {
      id: '400-requiredpropertynotfoundexception-entity-user-requires-property-named',
      status: 400,
      type: 'RequiredPropertyNotFoundException',
      message: 'Entity user requires a property named username',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPush, line: 1302}],
      summary: {
        zh: '路径中的用户 ID 对应的用户不存在。',
        en: 'No user exists for the user ID in the path.',
      },
      cause: {
        zh: '推送设置和查询类接口按路径中的 `{userId}` 查找用户，但这个用户 ID 没有注册、拼写有误或已被删除，服务器找不到要设置的用户。',
        en: "The push settings endpoints look up the user by the `{userId}` in the path, but that ID isn't registered, is misspelled or has been deleted, so there is no user to apply the setting to.",
      },
      situations: [
        {
          zh: '设置免打扰时，路径里的 `{userId}` 填的是业务系统里的手机号，而不是 IM 用户 ID。',
          en: "Setting do-not-disturb, you put the user's phone number from your own system in `{userId}` instead of their chat user ID.",
        },
        {
          zh: '用户已经被删除，后台任务还在给他设置推送通知的首选语言。',
          en: 'A background job still sets the preferred notification language of a user who has been deleted.',
        },
        {
          zh: '在测试 App 注册的用户，拿到生产 App 里去查离线推送设置。',
          en: 'You query offline push settings in the production app for a user who was only registered in the test app.',
        },
      ],
      fix: {
        zh: '核对 `{userId}` 是否就是注册时的 `username`，必要时先用获取用户详情的接口确认用户存在；用户确实不存在时先注册再设置。原样重试不会成功。',
        en: "Check that `{userId}` is exactly the `username` used at registration, and confirm the user exists with the get-user endpoint if needed; register the user first if they don't. Retrying unchanged won't help.",
      },
      related: ['400-required-property-not-found-entity-user-requires-named-username'],
    },
    {
      id: '400-illegalargumentexception-parameters-invalid',
      status: 400,
      type: 'IllegalArgumentException',
      message: 'parameters is invalid : XXX',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPush, line: 1303}],
      summary: {
        zh: '某个推送设置参数的取值不合法，消息末尾给出了参数名。',
        en: 'A push setting parameter has an invalid value; the message ends with its name.',
      },
      cause: {
        zh: '推送设置请求中有参数超出了允许的取值，冒号后面的部分指出是哪一个。常见情况：`type` 不是 `DEFAULT`、`ALL`、`AT`、`NONE` 之一，`ignoreInterval` 不符合 `HH:MM-HH:MM` 格式，`ignoreDuration` 不在 0 到 604800000 毫秒之间，`chattype` 不是 `user` 或 `chatgroup`，或 `notification_display_style` 不是 `0` 或 `1`。',
        en: "A value in the push settings request is outside what is allowed; the part after the colon names it. Typical cases: `type` is not one of `DEFAULT`, `ALL`, `AT`, `NONE`; `ignoreInterval` doesn't follow `HH:MM-HH:MM`; `ignoreDuration` is not between 0 and 604800000 milliseconds; `chattype` is not `user` or `chatgroup`; or `notification_display_style` is not `0` or `1`.",
      },
      situations: [
        {
          zh: '免打扰时段 `ignoreInterval` 写成了 `22:00至08:00`，没有按 `HH:MM-HH:MM` 来。',
          en: 'You send the quiet hours in `ignoreInterval` as `22:00 to 08:00` rather than `HH:MM-HH:MM`.',
        },
        {
          zh: '想让用户免打扰一个月，`ignoreDuration` 直接传了 30 天的毫秒数。',
          en: 'To silence a user for a month, you pass 30 days in milliseconds as `ignoreDuration`.',
        },
        {
          zh: '给群聊设置推送方式时，`chattype` 填了 `group` 而不是 `chatgroup`。',
          en: 'Setting push options for a group conversation, you put `group` in `chattype` instead of `chatgroup`.',
        },
        {
          zh: '只想收 @ 消息的推送，`type` 传了自己编的 `MENTION_ONLY`，而不是 `AT`。',
          en: 'To be notified only of @-mentions, you send `type` as a made-up `MENTION_ONLY` instead of `AT`.',
        },
      ],
      fix: {
        zh: '根据消息中点名的参数，把取值改到允许的范围内再重新请求，例如免打扰时段写成 `08:30-10:00`，免打扰时长不超过 7 天（604800000 毫秒）。原样重试不会成功。',
        en: "Fix the parameter named in the message so its value is within range, then send again; for example write the quiet period as `08:30-10:00` and keep the do-not-disturb duration at 7 days (604800000 ms) or less. Retrying unchanged won't help.",
      },
      sample: 'parameters is invalid : ignoreDuration',
    },
    {
      id: '404-url-invalid',
      status: 404,
      type: '请求路径不存在',
      message: 'url is invalid',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPush, line: 1304}],
      summary: {
        zh: '请求的 URL 路径不存在。',
        en: "The request URL path doesn't exist.",
      },
      cause: {
        zh: '服务器没有与这个路径和请求方法对应的离线推送接口。常见原因：路径拼写错误或少了一段（例如 `notification`、`template`），路径变量没有替换成实际值，或者请求方法用错了。',
        en: 'The server has no offline push endpoint for this path and method. Common reasons: a typo or a missing segment in the path (such as `notification` or `template`), a path variable left unreplaced, or the wrong HTTP method.',
      },
      situations: [
        {
          zh: '查推送首选语言时把路径写成了 `/notification/lang`，少了后半截。',
          en: 'You fetch the preferred language at `/notification/lang` instead of `/notification/language`.',
        },
        {
          zh: '查询推送模板时漏了 `notification` 这一段，请求发到了 `/app-id/{app_id}/template/welcome`。',
          en: 'Getting a push template, you drop the `notification` segment and call `/app-id/{app_id}/template/welcome`.',
        },
        {
          zh: '修改推送模板时用了 POST 去请求 `/notification/template/{name}`，该地址要用 PUT。',
          en: 'You update a push template with POST on `/notification/template/{name}`, which expects PUT.',
        },
        {
          zh: '设置会话免打扰时漏掉了 `{chattype}`，路径成了 `/users/alice/notification/bob`。',
          en: "Setting a conversation's push options, you skip `{chattype}` and call `/users/alice/notification/bob`.",
        },
      ],
      fix: {
        zh: '把请求的方法和完整 URL 与本页列出的接口逐段对照，确认 `{app_id}`、`{userId}`、`{name}` 等都已替换成实际值、特殊字符已做 URL 编码。改正路径后重新请求。',
        en: 'Compare the method and full URL segment by segment with the endpoints listed on this page, and make sure `{app_id}`, `{userId}`, `{name}` and the like are replaced with real values and special characters are URL-encoded. Send again once the path is right.',
      },
      related: ['http-404'],
    },
    {
      id: '400-entitynotfoundexception-template-not-exist',
      status: 400,
      type: 'EntityNotFoundException',
      message: 'XXX template is not exist',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangPush, line: 1322}],
      summary: {
        zh: '指定名称的离线推送模板不存在。',
        en: 'No push template exists with the given name.',
      },
      cause: {
        zh: '消息开头是请求中使用的模板名称，这个 App 下没有叫这个名字的模板：名称拼写有误，模板已被删除，或者模板是在另一个 App 中创建的。',
        en: 'The message starts with the template name from the request, and this app has no template by that name: it is misspelled, the template was deleted, or it was created in another app.',
      },
      situations: [
        {
          zh: '查询模板时名字少打了一个字母，把 `welcome` 写成了 `welcom`。',
          en: 'You query a template with a typo in its name, `welcom` instead of `welcome`.',
        },
        {
          zh: '模板是在测试 App 的控制台里创建的，到了生产 App 里查不到。',
          en: "The template was created in the staging app's console, so the production app doesn't have it.",
        },
        {
          zh: '清理脚本删除模板后因超时又重试了一次，第二次时模板已经没了。',
          en: 'A cleanup script retries a template deletion after a timeout, and on the second call the template is already gone.',
        },
      ],
      fix: {
        zh: '用查询离线推送模板的接口或控制台的推送模板页确认模板名称，名称只能包含字母和数字、最多 64 个字符；模板不存在时先用创建接口创建。删除模板时遇到这个错误，说明它本来就不存在，可以当作已删除处理。',
        en: "Confirm the template name with the get-template endpoint or the console's push template page; names contain only letters and digits, up to 64 characters. If the template doesn't exist, create it first. If you see this while deleting, the template is already gone and you can treat it as deleted.",
      },
      sample: 'welcome template is not exist',
    },
  ],
};
