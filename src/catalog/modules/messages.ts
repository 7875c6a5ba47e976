/**
 * How to add an error to this module (messages); CONTRIBUTING.md walks through it in full.
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
 * 5. Check: `npm run check-catalog -- --only messages`, `npx tsc --noEmit`, `npm run test:unit`.
 */
import {DOCUMENTS} from '../documents';
import type {CatalogModule} from '../types';

export const messagesModule: CatalogModule = {
  id: 'messages',
  title: {
    zh: '消息',
    en: 'Messages',
  },
  summary: {
    zh: '发送单聊、群聊、聊天室和广播消息，上传和下载附件，撤回、修改、导入和单向删除消息，以及获取历史消息文件和设置附件存储方式时可能返回的错误。',
    en: 'Errors returned when sending one-to-one, chat group, chat room and broadcast messages, uploading and downloading attachments, recalling, editing, importing and deleting messages, fetching chat history files, and setting attachment storage.',
  },
  // The docs' error tables of this module list no App Token error; the reference follows them.
  appTokenErrors: false,
  sections: [
    {
      id: 'message-single',
      title: {
        zh: '发送单聊消息',
        en: 'Send one-to-one messages',
      },
      intro: {
        zh: '所有类型的单聊消息都调用同一个接口，只是 `type` 和 `body` 不同。限制：`to` 每次最多 600 个用户；`body` 与 `ext` 合计不超过 5 KB；每分钟最多 6000 条消息（超出返回 403）；每秒最多调用 100 次（超出返回 429）。',
        en: 'Every one-to-one message type uses the same endpoint; only `type` and `body` differ. Limits: up to 600 users in `to` per request; `body` plus `ext` at most 5 KB; 6000 messages per minute (403 beyond that); 100 calls per second (429 beyond that).',
      },
    },
    {
      id: 'message-group',
      title: {
        zh: '发送群聊消息',
        en: 'Send chat group messages',
      },
      intro: {
        zh: '`to` 每次最多 3 个群组；每秒最多 20 条消息（超出返回 403），每秒最多调用 20 次（超出返回 429）。定向消息只发给 `users` 中列出的最多 20 个群成员，且 `to` 只能填 1 个群组。',
        en: 'Up to 3 chat groups in `to` per request; 20 messages per second (403 beyond that) and 20 calls per second (429 beyond that). A targeted message reaches only the up to 20 members listed in `users`, and `to` takes a single chat group.',
      },
    },
    {
      id: 'message-chatroom',
      title: {
        zh: '发送聊天室消息',
        en: 'Send chat room messages',
      },
      intro: {
        zh: '`to` 每次最多 10 个聊天室；每秒最多 100 条消息（超出返回 403），每秒最多调用 20 次（超出返回 429）。定向消息只发给 `users` 中列出的最多 20 个成员，且 `to` 只能填 1 个聊天室。',
        en: 'Up to 10 chat rooms in `to` per request; 100 messages per second (403 beyond that) and 20 calls per second (429 beyond that). A targeted message reaches only the up to 20 members listed in `users`, and `to` takes a single chat room.',
      },
    },
    {
      id: 'message-broadcast',
      title: {
        zh: '发送全局广播消息',
        en: 'Send broadcast messages',
      },
      intro: {
        zh: '两个广播接口默认关闭，需联系商务开通。向 App 在线用户广播：每分钟 1 次、每天 50 次；聊天室全局广播：每分钟 10 次、每天 100 次。',
        en: 'Both broadcast endpoints are off by default; contact sales to enable them. Broadcasting to online users: once per minute and 50 times per day. Broadcasting to all chat rooms: 10 times per minute and 100 times per day.',
      },
    },
    {
      id: 'message-download',
      title: {
        zh: '上传和下载文件',
        en: 'Upload and download files',
      },
      intro: {
        zh: '附件默认不能超过 10 MB，上传后默认保存 7 天。下载时用上传响应中的 `uuid` 作为 `file_uuid`。',
        en: 'Attachments are limited to 10 MB and kept for 7 days by default. To download, pass the `uuid` from the upload response as `file_uuid`.',
      },
    },
    {
      id: 'message-recall',
      title: {
        zh: '撤回消息',
        en: 'Recall messages',
      },
      intro: {
        zh: '默认可撤回发送后 2 分钟内的消息，可联系商务延长，最长 7 天。批量撤回每次最多 30 条消息，其错误与撤回单条消息相同。',
        en: 'By default a message can be recalled within 2 minutes of sending; contact sales to extend this to at most 7 days. Batch recall takes up to 30 messages per request and returns the same errors as recalling a single message.',
      },
    },
    {
      id: 'conversation-delete',
      title: {
        zh: '单向删除会话',
        en: 'Delete a conversation for one user',
      },
      intro: {
        zh: '只从指定用户的会话列表中删除会话，其他参与者不受影响；`delete_roam` 决定是否同时删除该会话在服务器的漫游消息。',
        en: "Removes the conversation from one user's conversation list only; other participants are unaffected. `delete_roam` decides whether the conversation's roaming messages on the server are deleted as well.",
      },
    },
    {
      id: 'message-delete',
      title: {
        zh: '单向删除漫游消息',
        en: 'Delete roaming messages for one user',
      },
      intro: {
        zh: '这些接口都要求 App 已开通消息漫游。按消息 ID 删除时，`msgIdList` 每次最多 50 个 ID。',
        en: 'All of these endpoints require message roaming to be enabled for the app. When deleting by message ID, `msgIdList` takes at most 50 IDs per request.',
      },
    },
    {
      id: 'message-modify-text-custom',
      title: {
        zh: '修改文本或自定义消息',
        en: 'Edit text or custom messages',
      },
      intro: {
        zh: '该功能需联系商务开通，只支持文本消息和自定义消息，每条消息最多修改 10 次。',
        en: 'This feature must be enabled by sales. Only text and custom messages can be edited, at most 10 times per message.',
      },
    },
    {
      id: 'message-import',
      title: {
        zh: '导入消息',
        en: 'Import messages',
      },
      intro: {
        zh: '用于数据迁移，每次调用导入一条单聊或群聊消息。',
        en: 'Meant for data migration: each call imports one one-to-one or chat group message.',
      },
    },
    {
      id: 'message-historical',
      title: {
        zh: '获取历史消息文件',
        en: 'Get chat history files',
      },
      intro: {
        zh: '每次获取从 `time` 开始一小时内的历史消息文件下载地址，默认只能获取最近 3 天的记录。',
        en: 'Each call returns the download URL of the chat history file for the hour starting at `time`; by default only the last 3 days are available.',
      },
    },
    {
      id: 'message-attachment-storage',
      title: {
        zh: '设置消息附件的存储方式',
        en: 'Set the storage lifetime of attachments',
      },
      intro: {
        zh: '该功能需联系商务开通；`chatfile_ids` 每次最多 100 个附件 ID。',
        en: 'This feature must be enabled by sales; `chatfile_ids` takes at most 100 attachment IDs per request.',
      },
    },
  ],
  endpoints: [
    {
      id: 'messages.single-send-text',
      method: 'POST',
      path: '/app-id/{app_id}/messages/users',
      title: {
        zh: '发送文本消息',
        en: 'Send a text message',
      },
      section: 'message-single',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-600'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '单聊页面的错误表把每分钟 6000 条（按接收方计数）的限制对应到这条消息，同一页面的说明文字却说超过这个限制时返回 `Forbidden for url: [XXXX/XXXX/messages/users]`（见相关错误）。两种响应都按超限处理。每秒调用超过 100 次则返回 429。',
            en: "The error table of the one-to-one page ties the 6000-per-minute limit (counted per recipient) to this message, while the same page's text says exceeding that limit returns `Forbidden for url: [XXXX/XXXX/messages/users]` (see the related errors). Treat either response as the limit being hit. More than 100 calls per second returns 429.",
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-users'},
      ],
    },
    {
      id: 'messages.single-send-image',
      method: 'POST',
      path: '/app-id/{app_id}/messages/users',
      title: {
        zh: '发送图片消息',
        en: 'Send an image message',
      },
      section: 'message-single',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-600'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '单聊页面的错误表把每分钟 6000 条（按接收方计数）的限制对应到这条消息，同一页面的说明文字却说超过这个限制时返回 `Forbidden for url: [XXXX/XXXX/messages/users]`（见相关错误）。两种响应都按超限处理。每秒调用超过 100 次则返回 429。',
            en: "The error table of the one-to-one page ties the 6000-per-minute limit (counted per recipient) to this message, while the same page's text says exceeding that limit returns `Forbidden for url: [XXXX/XXXX/messages/users]` (see the related errors). Treat either response as the limit being hit. More than 100 calls per second returns 429.",
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-users'},
      ],
    },
    {
      id: 'messages.single-send-voice',
      method: 'POST',
      path: '/app-id/{app_id}/messages/users',
      title: {
        zh: '发送语音消息',
        en: 'Send a voice message',
      },
      section: 'message-single',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-600'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '单聊页面的错误表把每分钟 6000 条（按接收方计数）的限制对应到这条消息，同一页面的说明文字却说超过这个限制时返回 `Forbidden for url: [XXXX/XXXX/messages/users]`（见相关错误）。两种响应都按超限处理。每秒调用超过 100 次则返回 429。',
            en: "The error table of the one-to-one page ties the 6000-per-minute limit (counted per recipient) to this message, while the same page's text says exceeding that limit returns `Forbidden for url: [XXXX/XXXX/messages/users]` (see the related errors). Treat either response as the limit being hit. More than 100 calls per second returns 429.",
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-users'},
      ],
    },
    {
      id: 'messages.single-send-video',
      method: 'POST',
      path: '/app-id/{app_id}/messages/users',
      title: {
        zh: '发送视频消息',
        en: 'Send a video message',
      },
      section: 'message-single',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-600'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '单聊页面的错误表把每分钟 6000 条（按接收方计数）的限制对应到这条消息，同一页面的说明文字却说超过这个限制时返回 `Forbidden for url: [XXXX/XXXX/messages/users]`（见相关错误）。两种响应都按超限处理。每秒调用超过 100 次则返回 429。',
            en: "The error table of the one-to-one page ties the 6000-per-minute limit (counted per recipient) to this message, while the same page's text says exceeding that limit returns `Forbidden for url: [XXXX/XXXX/messages/users]` (see the related errors). Treat either response as the limit being hit. More than 100 calls per second returns 429.",
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-users'},
      ],
    },
    {
      id: 'messages.single-send-file',
      method: 'POST',
      path: '/app-id/{app_id}/messages/users',
      title: {
        zh: '发送文件消息',
        en: 'Send a file message',
      },
      section: 'message-single',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-600'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '单聊页面的错误表把每分钟 6000 条（按接收方计数）的限制对应到这条消息，同一页面的说明文字却说超过这个限制时返回 `Forbidden for url: [XXXX/XXXX/messages/users]`（见相关错误）。两种响应都按超限处理。每秒调用超过 100 次则返回 429。',
            en: "The error table of the one-to-one page ties the 6000-per-minute limit (counted per recipient) to this message, while the same page's text says exceeding that limit returns `Forbidden for url: [XXXX/XXXX/messages/users]` (see the related errors). Treat either response as the limit being hit. More than 100 calls per second returns 429.",
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-users'},
      ],
    },
    {
      id: 'messages.single-send-location',
      method: 'POST',
      path: '/app-id/{app_id}/messages/users',
      title: {
        zh: '发送位置消息',
        en: 'Send a location message',
      },
      section: 'message-single',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-600'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '单聊页面的错误表把每分钟 6000 条（按接收方计数）的限制对应到这条消息，同一页面的说明文字却说超过这个限制时返回 `Forbidden for url: [XXXX/XXXX/messages/users]`（见相关错误）。两种响应都按超限处理。每秒调用超过 100 次则返回 429。',
            en: "The error table of the one-to-one page ties the 6000-per-minute limit (counted per recipient) to this message, while the same page's text says exceeding that limit returns `Forbidden for url: [XXXX/XXXX/messages/users]` (see the related errors). Treat either response as the limit being hit. More than 100 calls per second returns 429.",
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-users'},
      ],
    },
    {
      id: 'messages.single-send-command',
      method: 'POST',
      path: '/app-id/{app_id}/messages/users',
      title: {
        zh: '发送透传消息',
        en: 'Send a command message',
      },
      section: 'message-single',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-600'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '单聊页面的错误表把每分钟 6000 条（按接收方计数）的限制对应到这条消息，同一页面的说明文字却说超过这个限制时返回 `Forbidden for url: [XXXX/XXXX/messages/users]`（见相关错误）。两种响应都按超限处理。每秒调用超过 100 次则返回 429。',
            en: "The error table of the one-to-one page ties the 6000-per-minute limit (counted per recipient) to this message, while the same page's text says exceeding that limit returns `Forbidden for url: [XXXX/XXXX/messages/users]` (see the related errors). Treat either response as the limit being hit. More than 100 calls per second returns 429.",
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-users'},
      ],
    },
    {
      id: 'messages.single-send-custom',
      method: 'POST',
      path: '/app-id/{app_id}/messages/users',
      title: {
        zh: '发送自定义消息',
        en: 'Send a custom message',
      },
      section: 'message-single',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-600'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '单聊页面的错误表把每分钟 6000 条（按接收方计数）的限制对应到这条消息，同一页面的说明文字却说超过这个限制时返回 `Forbidden for url: [XXXX/XXXX/messages/users]`（见相关错误）。两种响应都按超限处理。每秒调用超过 100 次则返回 429。',
            en: "The error table of the one-to-one page ties the 6000-per-minute limit (counted per recipient) to this message, while the same page's text says exceeding that limit returns `Forbidden for url: [XXXX/XXXX/messages/users]` (see the related errors). Treat either response as the limit being hit. More than 100 calls per second returns 429.",
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-users'},
      ],
    },
    {
      id: 'messages.group-send-text',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatgroups',
      title: {
        zh: '发送文本消息',
        en: 'Send a text message',
      },
      section: 'message-group',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-3'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '群聊消息每秒最多 20 条，每个群组计一条：一次发往 3 个群组即计 3 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat group messages are capped at 20 per second, one per group: a request to 3 groups counts as 3. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatgroups'},
      ],
    },
    {
      id: 'messages.group-send-image',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatgroups',
      title: {
        zh: '发送图片消息',
        en: 'Send an image message',
      },
      section: 'message-group',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-3'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '群聊消息每秒最多 20 条，每个群组计一条：一次发往 3 个群组即计 3 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat group messages are capped at 20 per second, one per group: a request to 3 groups counts as 3. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatgroups'},
      ],
    },
    {
      id: 'messages.group-send-voice',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatgroups',
      title: {
        zh: '发送语音消息',
        en: 'Send a voice message',
      },
      section: 'message-group',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-3'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '群聊消息每秒最多 20 条，每个群组计一条：一次发往 3 个群组即计 3 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat group messages are capped at 20 per second, one per group: a request to 3 groups counts as 3. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatgroups'},
      ],
    },
    {
      id: 'messages.group-send-video',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatgroups',
      title: {
        zh: '发送视频消息',
        en: 'Send a video message',
      },
      section: 'message-group',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-3'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '群聊消息每秒最多 20 条，每个群组计一条：一次发往 3 个群组即计 3 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat group messages are capped at 20 per second, one per group: a request to 3 groups counts as 3. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatgroups'},
      ],
    },
    {
      id: 'messages.group-send-file',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatgroups',
      title: {
        zh: '发送文件消息',
        en: 'Send a file message',
      },
      section: 'message-group',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-3'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '群聊消息每秒最多 20 条，每个群组计一条：一次发往 3 个群组即计 3 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat group messages are capped at 20 per second, one per group: a request to 3 groups counts as 3. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatgroups'},
      ],
    },
    {
      id: 'messages.group-send-location',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatgroups',
      title: {
        zh: '发送位置消息',
        en: 'Send a location message',
      },
      section: 'message-group',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-3'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '群聊消息每秒最多 20 条，每个群组计一条：一次发往 3 个群组即计 3 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat group messages are capped at 20 per second, one per group: a request to 3 groups counts as 3. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatgroups'},
      ],
    },
    {
      id: 'messages.group-send-command',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatgroups',
      title: {
        zh: '发送透传消息',
        en: 'Send a command message',
      },
      section: 'message-group',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-3'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '群聊消息每秒最多 20 条，每个群组计一条：一次发往 3 个群组即计 3 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat group messages are capped at 20 per second, one per group: a request to 3 groups counts as 3. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatgroups'},
      ],
    },
    {
      id: 'messages.group-send-custom',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatgroups',
      title: {
        zh: '发送自定义消息',
        en: 'Send a custom message',
      },
      section: 'message-group',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed-limit-3'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '群聊消息每秒最多 20 条，每个群组计一条：一次发往 3 个群组即计 3 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat group messages are capped at 20 per second, one per group: a request to 3 groups counts as 3. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatgroups'},
      ],
    },
    {
      id: 'messages.group-send-targeted',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatgroups/users',
      title: {
        zh: '发送定向消息',
        en: 'Send a targeted message',
      },
      section: 'message-group',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {
          error: '400-message-send-error-param-cant-empty',
          note: {
            zh: '定向消息的 `to` 必须包含且只包含 1 个群组 ID，例如 `["184524748161025"]`。',
            en: 'For a targeted message, `to` must hold exactly one chat group ID, e.g. `["184524748161025"]`.',
          },
        },
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {
          error: '400-message-send-error-params-tos-size-cant-exceed-limit-3',
          note: {
            zh: '虽然提示中的上限是 3，但定向消息每次只能发往 1 个群组，`to` 中只传一个群组 ID。',
            en: 'Although the message mentions a limit of 3, a targeted message can go to only one chat group, so pass a single group ID in `to`.',
          },
        },
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '群组定向消息每秒最多 100 条（每个 App）。',
            en: 'Targeted chat group messages are capped at 100 per second per app.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '`users` 中的用户应是 `to` 所指群组的成员，每次最多 20 个。',
            en: 'The users in `users` should be members of the chat group in `to`, at most 20 per request.',
          },
        },
        {
          error: '403-forbidden-op-forbidden-for-url-messages-chatgroups',
          note: {
            zh: '文档中的这条消息以群聊消息的路径为例；定向消息的路径不同，方括号里的内容以实际请求为准。',
            en: 'The documented message uses the chat group message path; targeted messages have a different path, so expect the path of your actual request in the brackets.',
          },
        },
      ],
    },
    {
      id: 'messages.chatroom-send-text',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatrooms',
      title: {
        zh: '发送文本消息',
        en: 'Send a text message',
      },
      section: 'message-chatroom',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '聊天室消息每秒最多 100 条，每个聊天室计一条：一次发往 10 个聊天室即计 10 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat room messages are capped at 100 per second, one per chat room: a request to 10 chat rooms counts as 10. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatrooms'},
      ],
    },
    {
      id: 'messages.chatroom-send-image',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatrooms',
      title: {
        zh: '发送图片消息',
        en: 'Send an image message',
      },
      section: 'message-chatroom',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '聊天室消息每秒最多 100 条，每个聊天室计一条：一次发往 10 个聊天室即计 10 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat room messages are capped at 100 per second, one per chat room: a request to 10 chat rooms counts as 10. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatrooms'},
      ],
    },
    {
      id: 'messages.chatroom-send-voice',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatrooms',
      title: {
        zh: '发送语音消息',
        en: 'Send a voice message',
      },
      section: 'message-chatroom',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '聊天室消息每秒最多 100 条，每个聊天室计一条：一次发往 10 个聊天室即计 10 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat room messages are capped at 100 per second, one per chat room: a request to 10 chat rooms counts as 10. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatrooms'},
      ],
    },
    {
      id: 'messages.chatroom-send-video',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatrooms',
      title: {
        zh: '发送视频消息',
        en: 'Send a video message',
      },
      section: 'message-chatroom',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '聊天室消息每秒最多 100 条，每个聊天室计一条：一次发往 10 个聊天室即计 10 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat room messages are capped at 100 per second, one per chat room: a request to 10 chat rooms counts as 10. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatrooms'},
      ],
    },
    {
      id: 'messages.chatroom-send-file',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatrooms',
      title: {
        zh: '发送文件消息',
        en: 'Send a file message',
      },
      section: 'message-chatroom',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '聊天室消息每秒最多 100 条，每个聊天室计一条：一次发往 10 个聊天室即计 10 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat room messages are capped at 100 per second, one per chat room: a request to 10 chat rooms counts as 10. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatrooms'},
      ],
    },
    {
      id: 'messages.chatroom-send-location',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatrooms',
      title: {
        zh: '发送位置消息',
        en: 'Send a location message',
      },
      section: 'message-chatroom',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '聊天室消息每秒最多 100 条，每个聊天室计一条：一次发往 10 个聊天室即计 10 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat room messages are capped at 100 per second, one per chat room: a request to 10 chat rooms counts as 10. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatrooms'},
      ],
    },
    {
      id: 'messages.chatroom-send-command',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatrooms',
      title: {
        zh: '发送透传消息',
        en: 'Send a command message',
      },
      section: 'message-chatroom',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '聊天室消息每秒最多 100 条，每个聊天室计一条：一次发往 10 个聊天室即计 10 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat room messages are capped at 100 per second, one per chat room: a request to 10 chat rooms counts as 10. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatrooms'},
      ],
    },
    {
      id: 'messages.chatroom-send-custom',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatrooms',
      title: {
        zh: '发送自定义消息',
        en: 'Send a custom message',
      },
      section: 'message-chatroom',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {error: '400-message-send-error-param-cant-empty'},
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {error: '400-message-send-error-params-tos-size-cant-exceed'},
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '聊天室消息每秒最多 100 条，每个聊天室计一条：一次发往 10 个聊天室即计 10 条。若是每秒调用超过 20 次，返回的是 429 而不是此错误。',
            en: 'Chat room messages are capped at 100 per second, one per chat room: a request to 10 chat rooms counts as 10. Exceeding 20 calls per second returns 429 rather than this error.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '此错误来自定向消息的错误码表，只适用于发送定向消息的接口。本接口没有 `users` 参数，正常情况下不会返回该错误。',
            en: 'This error comes from the targeted-message error table and applies only to the targeted message endpoint. This endpoint has no `users` parameter and is not expected to return it.',
          },
        },
        {error: '403-forbidden-op-forbidden-for-url-messages-chatrooms'},
      ],
    },
    {
      id: 'messages.chatroom-send-targeted',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatrooms/users',
      title: {
        zh: '发送定向消息',
        en: 'Send a targeted message',
      },
      section: 'message-chatroom',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-message-send-error-param-from-cant-empty'},
        {
          error: '400-message-send-error-param-cant-empty',
          note: {
            zh: '定向消息的 `to` 必须包含且只包含 1 个聊天室 ID，例如 `["185145305923585"]`。',
            en: 'For a targeted message, `to` must hold exactly one chat room ID, e.g. `["185145305923585"]`.',
          },
        },
        {error: '400-message-send-error-param-type-cant-empty'},
        {error: '400-message-send-error-param-body-cant-empty'},
        {error: '400-message-send-error-param-ext-must-jsonobject'},
        {
          error: '400-message-send-error-params-tos-size-cant-exceed',
          note: {
            zh: '虽然提示中的上限是 10，但定向消息每次只能发往 1 个聊天室，`to` 中只传一个聊天室 ID。',
            en: 'Although the message mentions a limit of 10, a targeted message can go to only one chat room, so pass a single chat room ID in `to`.',
          },
        },
        {error: '400-message-send-error-too-large'},
        {
          error: '403-message-send-error-reach-limit',
          note: {
            zh: '聊天室定向消息每秒最多 100 条（每个 App）。',
            en: 'Targeted chat room messages are capped at 100 per second per app.',
          },
        },
        {
          error: '400-message-send-error-param-users-cant-empty',
          note: {
            zh: '`users` 中的用户应是 `to` 所指聊天室的成员，每次最多 20 个。',
            en: 'The users in `users` should be members of the chat room in `to`, at most 20 per request.',
          },
        },
        {
          error: '403-forbidden-op-forbidden-for-url-messages-chatrooms',
          note: {
            zh: '文档中的这条消息以聊天室消息的路径为例；定向消息的路径不同，方括号里的内容以实际请求为准。',
            en: 'The documented message uses the chat room message path; targeted messages have a different path, so expect the path of your actual request in the brackets.',
          },
        },
      ],
    },
    {
      id: 'messages.broadcast-online-users',
      method: 'POST',
      path: '/app-id/{app_id}/messages/users/broadcast',
      title: {
        zh: '向 app 在线用户发送广播消息',
        en: "Broadcast a message to the app's online users",
      },
      section: 'message-broadcast',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-illegal-argument-from-cant-empty'},
        {error: '400-illegal-argument-ext-must-jsonobject'},
        {error: '403-forbidden-op-message-broadcast-service-unopened'},
        {
          error: '429-reach-limit-request-reached-api-limit',
          note: {
            zh: '该接口每分钟只能调用 1 次；同一分钟内的第二次调用就会收到这个错误。',
            en: 'This endpoint takes one call per minute; a second call within the same minute gets this error.',
          },
        },
        {error: '403-forbidden-op-online-user-broadcast-limit-exceeded'},
      ],
    },
    {
      id: 'messages.broadcast-chatrooms',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatrooms/broadcast',
      title: {
        zh: '发送聊天室全局广播消息',
        en: 'Broadcast a message to all chat rooms',
      },
      section: 'message-broadcast',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-illegal-argument-from-cant-empty'},
        {error: '400-illegal-argument-ext-must-jsonobject'},
        {error: '403-forbidden-op-message-broadcast-service-unopened'},
        {
          error: '429-reach-limit-request-reached-api-limit',
          note: {
            zh: '该接口每分钟最多调用 10 次、每秒最多 1 次，超过就会收到这个错误。',
            en: 'This endpoint takes at most 10 calls per minute and 1 per second; going over gets this error.',
          },
        },
        {error: '403-forbidden-op-chatroom-broadcast-limit-exceeded'},
      ],
    },
    {
      id: 'messages.upload-file',
      method: 'POST',
      path: '/app-id/{app_id}/chatfiles',
      title: {
        zh: '上传文件',
        en: 'Upload a file',
      },
      section: 'message-download',
      errors: [
        {error: '400-illegal-argument-file-must-provided'},
        {error: '413-file-exceeding-maximum-limit-size-exceeds'},
        {
          error: '404-entity-not-found-file-may-not-exist',
          note: {
            zh: '上传文件接口不接收 `file_uuid`：这一行来自下载文件的错误码表，被一并归到了上传接口下。上传文件时通常不会返回此错误。',
            en: 'The upload endpoint takes no `file_uuid`: this row belongs to the download error table and was grouped under upload as well. It is not expected when uploading a file.',
          },
        },
        {
          error: '404-file-expired',
          note: {
            zh: '上传文件接口不接收 `file_uuid`：这一行来自下载文件的错误码表，被一并归到了上传接口下。上传文件时通常不会返回此错误。',
            en: 'The upload endpoint takes no `file_uuid`: this row belongs to the download error table and was grouped under upload as well. It is not expected when uploading a file.',
          },
        },
        {
          error: '413-request-entity-too-large',
          note: {
            zh: '文件大于网关允许的上限时返回这个响应体；超过文件大小上限的另一种响应见相关错误。',
            en: 'A file larger than the gateway allows gets this body; see the related errors for the other response to an oversized file.',
          },
        },
      ],
    },
    {
      id: 'messages.download-file',
      method: 'GET',
      path: '/app-id/{app_id}/chatfiles/{file_uuid}',
      title: {
        zh: '下载文件',
        en: 'Download a file',
      },
      section: 'message-download',
      errors: [{error: '404-entity-not-found-file-may-not-exist'}, {error: '404-file-expired'}],
    },
    {
      id: 'messages.download-thumbnail',
      method: 'GET',
      path: '/app-id/{app_id}/chatfiles/{file_uuid}',
      title: {
        zh: '下载缩略图',
        en: 'Download a thumbnail',
      },
      section: 'message-download',
      errors: [{error: '404-entity-not-found-file-may-not-exist'}, {error: '404-file-expired'}],
    },
    {
      id: 'messages.recall-single',
      method: 'POST',
      path: '/app-id/{app_id}/messages/msg_recall',
      title: {
        zh: '撤回单条消息',
        en: 'Recall a message',
      },
      section: 'message-recall',
      errors: [
        {error: '400-message-recall-error-param-msg-id-cant-empty'},
        {error: '400-message-recall-error-param-cant-empty'},
        {error: '400-message-recall-error-param-chat-type-cant-empty'},
        {error: '400-message-recall-error-param-force-cant-empty'},
        {error: '400-message-recall-error-cant-find-msg'},
        {error: '403-message-recall-error-exceed-time-limit'},
        {error: '403-message-recall-error-not-found-msg'},
        {error: '403-forbidden-op-message-recall-service-unopened'},
        {error: '500-internal-error'},
      ],
    },
    {
      id: 'messages.recall-batch',
      method: 'POST',
      path: '/app-id/{app_id}/messages/batch_recall',
      title: {
        zh: '批量撤回消息',
        en: 'Recall messages in batch',
      },
      section: 'message-recall',
      errors: [],
    },
    {
      id: 'messages.delete-conversation',
      method: 'DELETE',
      path: '/app-id/{app_id}/users/{username}/user_channel',
      title: {
        zh: '单向删除会话',
        en: 'Delete a conversation for one user',
      },
      section: 'conversation-delete',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-illegal-argument-field-channel-cannot-null-empty'},
        {error: '400-illegal-argument-field-type-cannot-null-empty'},
        {error: '400-illegal-argument-field-delete-roam-cannot-null'},
      ],
    },
    {
      id: 'messages.delete-roaming-chat-by-id',
      method: 'DELETE',
      path: '/app-id/{app_id}/rest/message/roaming/chat/user/{userId}?userId={userId}&msgIdList={msgIdList}&isNotify={isNotify}',
      title: {
        zh: '根据消息 ID 单向删除单聊漫游消息',
        en: 'Delete one-to-one roaming messages by message ID',
      },
      section: 'message-delete',
      errors: [
        {error: '400-service-open-exception-appkey-not-message-roaming'},
        {error: '400-param-exception-delete-msg-list-limit-can-not-greater-50'},
        {error: '400-bad-request'},
      ],
    },
    {
      id: 'messages.delete-roaming-group-by-id',
      method: 'DELETE',
      path: '/app-id/{app_id}/rest/message/roaming/group/user/{userId}?groupId={groupId}&msgIdList={msgIdList}&isNotify={isNotify}',
      title: {
        zh: '根据消息 ID 单向删除群聊漫游消息',
        en: 'Delete chat group roaming messages by message ID',
      },
      section: 'message-delete',
      errors: [
        {error: '400-service-open-exception-appkey-not-message-roaming'},
        {error: '400-param-exception-delete-msg-list-limit-can-not-greater-50'},
      ],
    },
    {
      id: 'messages.clear-roaming-user',
      method: 'POST',
      path: '/app-id/{app_id}/rest/message/roaming/user/{userId}/delete/all',
      title: {
        zh: '单向清空指定用户的漫游消息',
        en: 'Clear all roaming messages of a user',
      },
      section: 'message-delete',
      errors: [{error: '400-service-open-exception-appkey-not-message-roaming'}],
    },
    {
      id: 'messages.clear-roaming-chat-before',
      method: 'DELETE',
      path: '/app-id/{app_id}/rest/message/roaming/chat/user/{userId}/time?userId={userId}&delTime={delTime}&isNotify={isNotify}',
      title: {
        zh: '单向清空单聊会话某个时间点及之前的漫游消息',
        en: "Clear a one-to-one conversation's roaming messages up to a time",
      },
      section: 'message-delete',
      errors: [{error: '400-service-open-exception-appkey-not-message-roaming'}],
    },
    {
      id: 'messages.clear-roaming-group-before',
      method: 'DELETE',
      path: '/app-id/{app_id}/rest/message/roaming/group/user/{userId}/time?groupId={groupId}&delTime={delTime}&isNotify={isNotify}',
      title: {
        zh: '单向清空群组或聊天室会话某个时间点及之前的漫游消息',
        en: "Clear a chat group or chat room conversation's roaming messages up to a time",
      },
      section: 'message-delete',
      errors: [{error: '400-service-open-exception-appkey-not-message-roaming'}],
    },
    {
      id: 'messages.edit-message',
      method: 'PUT',
      path: '/app-id/{app_id}/messages/rewrite/{msg_id}',
      title: {
        zh: '修改文本或自定义消息',
        en: 'Edit a text or custom message',
      },
      section: 'message-modify-text-custom',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-illegal-argument-new-msg-required'},
        {error: '400-message-rewrite-error-type-currently-not-supported-modification'},
        {error: '400-invalidmessageidexception-provided-message-id-not-valid'},
        {error: '404-message-rewrite-error-unavailable-expired'},
        {error: '401-message-rewrite-error-you-not-authorized-edit'},
        {error: '403-message-rewrite-error-reached-its-edit-limit-cannot'},
        {error: '403-message-rewrite-error-feature-not-open'},
        {error: '404-messageunavailableexception-message-unavailable-expired'},
        {error: '409-concurrent-operation-error-message-been-edited-by-another'},
        {error: '500-rewritemessageinternalerrorexception-unknown-error-occurred-while-processing'},
      ],
    },
    {
      id: 'messages.import-single',
      method: 'POST',
      path: '/app-id/{app_id}/messages/users/import',
      title: {
        zh: '导入单聊消息',
        en: 'Import a one-to-one message',
      },
      section: 'message-import',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-illegal-argument-message-body-not-allow-empty'},
        {error: '400-illegal-argument-type-not-allow-empty'},
      ],
    },
    {
      id: 'messages.import-group',
      method: 'POST',
      path: '/app-id/{app_id}/messages/chatgroups/import',
      title: {
        zh: '导入群聊消息',
        en: 'Import a chat group message',
      },
      section: 'message-import',
      errors: [
        {error: '400-invalid-request-body-check-correct'},
        {error: '400-illegal-argument-message-body-not-allow-empty'},
        {error: '400-illegal-argument-type-not-allow-empty'},
      ],
    },
    {
      id: 'messages.get-history-file',
      method: 'GET',
      path: '/app-id/{app_id}/chatmessages/{time}',
      title: {
        zh: '获取历史消息记录',
        en: 'Get a chat history file',
      },
      section: 'message-historical',
      errors: [
        {error: '400-illegal-argument-arguments-appkey-time'},
        {error: '400-illegal-argument-arguments-appkey-time-maybe-chat'},
        {error: '404-storage-object-not-found-failed-find-chat-message-history'},
        {error: '400-illegal-argument-chatmessage-request-not-supported'},
      ],
    },
    {
      id: 'messages.set-attachment-lifetime',
      method: 'POST',
      path: '/app-id/{app_id}/users/{username}/chatfiles/lifetime',
      title: {
        zh: '设置指定消息附件的存储方式',
        en: 'Set the storage lifetime of message attachments',
      },
      section: 'message-attachment-storage',
      errors: [
        {
          error: '403-forbidden-op',
          note: {
            zh: '在本接口中，该错误表示 App 尚未开通设置消息附件存储方式的功能，需联系商务开通。',
            en: 'For this endpoint, the error means the attachment storage feature is not enabled for your app; contact sales to enable it.',
          },
        },
        {error: '400-illegal-argument-chatfile-ids-size-too-large'},
        {error: '400-illegal-argument-lifetime-must-either-forever-default'},
        {
          error: '401-unauthorized-unable-authenticate-oauth',
          note: {
            zh: '本接口也可以用用户 Token 调用；Token 过期或不正确时返回此错误。换一个有效的 Token 后重试：App Token 在你的服务器上用 App ID 和 App Certificate 重新生成。',
            en: 'This endpoint also accepts a user token; an expired or wrong token returns this error. Retry with a valid token: generate a new App Token on your server from the App ID and App Certificate.',
          },
        },
      ],
    },
  ],
  entries: [
    {
      id: '400-invalid-request-body-check-correct',
      status: 400,
      type: 'invalid_request_body',
      message: 'Request body is invalid. Please check body is correct.',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangConversationDelete, line: 107},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageBroadcast, line: 304},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageChatroom, line: 855},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageGroup, line: 894},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageImport, line: 165},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageModifyTextCustom, line: 145},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageSingle, line: 821},
      ],
      summary: {
        zh: '请求体不是合法的 JSON，或某个字段的类型与接口定义不符。',
        en: 'The request body is not valid JSON, or a field has the wrong type.',
      },
      cause: {
        zh: '服务器无法把请求体解析成该接口需要的 JSON 结构。常见原因：JSON 语法错误（多余的逗号、未转义的引号）、缺少 `Content-Type: application/json` 请求头，或字段类型不对，例如把应为数组的 `to` 写成字符串、把布尔值写成字符串 `"true"`。',
        en: 'The server could not parse the body into the JSON structure this endpoint expects. Typical causes: a JSON syntax error (trailing comma, unescaped quote), a missing `Content-Type: application/json` header, or a field of the wrong type, such as `to` sent as a string instead of an array, or a boolean sent as the string `"true"`.',
      },
      situations: [
        {
          zh: '发单聊消息时把 `to` 写成了字符串 `"user2"`，没有用数组 `["user2"]`。',
          en: 'You send a one-to-one message with `to` as the string `"user2"` instead of the array `["user2"]`.',
        },
        {
          zh: '单向删除会话时把 `delete_roam` 传成了字符串 `"true"`。',
          en: 'You delete a conversation for a user and pass `delete_roam` as the string `"true"` instead of a boolean.',
        },
        {
          zh: '请求体是手工拼接的字符串，消息文本里的双引号没转义，JSON 被截断了。',
          en: 'Your code builds the body by string concatenation, and an unescaped double quote in the text breaks the JSON.',
        },
        {
          zh: '导入消息的请求经过网关转发后，`Content-Type: application/json` 请求头丢了。',
          en: 'A gateway forwarding your message import request drops the `Content-Type: application/json` header.',
        },
        {
          zh: '从配置文件复制来的广播请求体里，最后一个字段后面多了个逗号。',
          en: 'The broadcast body you copied from a config file has a trailing comma after its last field.',
        },
      ],
      fix: {
        zh: '先用 JSON 校验工具检查请求体，再对照接口参数表逐个核对字段类型：数组、对象、布尔值和数字都不要加引号。确认请求头包含 `Content-Type: application/json`。原样重试不会成功，修正请求体后再发送。',
        en: "Run the body through a JSON validator, then check each field's type against the endpoint's parameter table: arrays, objects, booleans and numbers must not be quoted. Make sure the request sends `Content-Type: application/json`. Retrying the same body fails again, so fix it first.",
      },
    },
    {
      id: '400-illegal-argument-field-channel-cannot-null-empty',
      status: 400,
      type: 'illegal_argument',
      message: 'field channel cannot be null or empty',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangConversationDelete, line: 108}],
      summary: {
        zh: '请求体中缺少要删除的会话 ID `channel`，或其值为空。',
        en: 'The conversation ID `channel` is missing or empty in the request body.',
      },
      cause: {
        zh: '单向删除会话时，请求体中的 `channel` 没有传、为 `null` 或为空字符串，服务器不知道要删除哪个会话。',
        en: 'When deleting a conversation for a user, `channel` was omitted, `null` or an empty string, so the server cannot tell which conversation to delete.',
      },
      situations: [
        {
          zh: '管理后台没选中任何会话就点了删除，`channel` 以空字符串提交。',
          en: 'Someone clicks delete in your admin console with no conversation selected, so `channel` is sent as an empty string.',
        },
        {
          zh: '删除群聊会话时把群组 ID 拼进了 URL，请求体里没带 `channel`。',
          en: 'You delete a group conversation with the group ID in the URL and no `channel` in the body.',
        },
        {
          zh: '清理脚本从已解散群组的记录里取会话 ID，取到 `null` 后直接写进了 `channel`。',
          en: 'A cleanup script reads a conversation ID from a disbanded group record, gets `null` and writes it into `channel`.',
        },
      ],
      fix: {
        zh: '在 `channel` 中传入会话 ID：`type` 为 `chat` 时填对端的用户 ID，`type` 为 `groupchat` 时填群组 ID。',
        en: "Set `channel` to the conversation ID: the peer's user ID when `type` is `chat`, or the chat group ID when `type` is `groupchat`.",
      },
      related: [
        '400-illegal-argument-field-type-cannot-null-empty',
        '400-illegal-argument-field-delete-roam-cannot-null',
      ],
    },
    {
      id: '400-illegal-argument-field-type-cannot-null-empty',
      status: 400,
      type: 'illegal_argument',
      message: 'field type cannot be null or empty',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangConversationDelete, line: 109}],
      summary: {
        zh: '请求体中缺少会话类型 `type`，或其值为空。',
        en: 'The conversation type `type` is missing or empty in the request body.',
      },
      cause: {
        zh: '单向删除会话时没有传 `type`，或传了 `null`、空字符串，服务器无法判断 `channel` 是用户 ID 还是群组 ID。',
        en: '`type` was omitted, `null` or an empty string, so the server cannot tell whether `channel` is a user ID or a chat group ID.',
      },
      situations: [
        {
          zh: '删除会话时只传了 `channel` 和 `delete_roam`，以为服务器能自己判断单聊还是群聊。',
          en: 'You delete a conversation with only `channel` and `delete_roam`, expecting the server to tell one-to-one from group.',
        },
        {
          zh: '会话类型由数据库字段映射而来，映射表漏了群聊，`type` 变成了空字符串。',
          en: 'Your mapping from a database column to the conversation kind lacks group chats, so `type` becomes an empty string.',
        },
        {
          zh: '客户端上报的 `type` 是 `null`，服务器没做校验就原样转发给了删除会话接口。',
          en: 'Your server forwards the `type` sent by the mobile client, which is `null`, to the delete conversation endpoint unchecked.',
        },
      ],
      fix: {
        zh: '将 `type` 设为 `chat`（单聊会话）或 `groupchat`（群聊会话），并与 `channel` 中的 ID 类型保持一致。',
        en: 'Set `type` to `chat` for a one-to-one conversation or `groupchat` for a chat group conversation, matching the kind of ID in `channel`.',
      },
      related: ['400-illegal-argument-field-channel-cannot-null-empty'],
    },
    {
      id: '400-illegal-argument-field-delete-roam-cannot-null',
      status: 400,
      type: 'illegal_argument',
      message: 'field delete_roam cannot be null',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangConversationDelete, line: 110}],
      summary: {
        zh: '请求体中缺少必填的布尔参数 `delete_roam`。',
        en: 'The required boolean `delete_roam` is missing from the request body.',
      },
      cause: {
        zh: '`delete_roam` 决定删除会话时是否一并删除该会话在服务器的漫游消息，是必填参数；请求中没有传，或者传了 `null`。',
        en: "`delete_roam` decides whether the conversation's roaming messages on the server are deleted too, and it is required; the request left it out or sent `null`.",
      },
      situations: [
        {
          zh: '删除会话时只传了 `channel` 和 `type`，以为 `delete_roam` 可以不填。',
          en: 'You delete a conversation with just `channel` and `type`, assuming `delete_roam` is optional.',
        },
        {
          zh: '后台“同时清除聊天记录”开关没有默认值，没人操作时 `delete_roam` 被序列化成 `null`。',
          en: 'The "also clear history" toggle in your console has no default, so `delete_roam` is serialized as `null` when untouched.',
        },
        {
          zh: 'Java 里用包装类型 `Boolean` 存 `delete_roam`，没赋值就发出去了。',
          en: 'You hold `delete_roam` in a nullable Java `Boolean` and send the request without ever setting it.',
        },
      ],
      fix: {
        zh: '显式传入布尔值：`true` 表示同时删除服务器的漫游消息，之后该用户无法再拉取；`false` 表示只删除会话，漫游消息仍可拉取。不要写成字符串 `"true"`。',
        en: 'Send an explicit boolean: `true` also deletes the roaming messages on the server, so the user can no longer fetch them; `false` removes only the conversation and keeps the roaming messages. Do not send the string `"true"`.',
      },
      related: ['400-illegal-argument-field-channel-cannot-null-empty'],
    },
    {
      id: '400-illegal-argument-chatfile-ids-size-too-large',
      status: 400,
      type: 'illegal_argument',
      message: 'chatfile_ids size is too large',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageAttachmentStorage, line: 117}],
      summary: {
        zh: '`chatfile_ids` 中的附件 ID 超过了 100 个。',
        en: 'More than 100 attachment IDs were passed in `chatfile_ids`.',
      },
      cause: {
        zh: '设置附件存储方式时，每次请求最多处理 100 个文件 UUID，本次请求的 `chatfile_ids` 数组超出了该数量。',
        en: 'Setting the attachment storage lifetime handles at most 100 file UUIDs per request, and the `chatfile_ids` array in this request is longer than that.',
      },
      situations: [
        {
          zh: '想把某个用户的全部附件设为永久保存，把所有 UUID 一次放进了 `chatfile_ids`。',
          en: "To keep all of one user's attachments `forever`, you put every file UUID into a single `chatfile_ids` array.",
        },
        {
          zh: '迁移脚本按 500 个一批给附件续期，没有按接口上限拆分。',
          en: "A migration script renews attachments in batches of 500 without splitting them to the endpoint's limit.",
        },
        {
          zh: '重试逻辑把几批失败的附件 ID 合并成一个大数组重新提交。',
          en: 'Your retry logic merges several failed batches of attachment IDs into one big array and resubmits it.',
        },
      ],
      fix: {
        zh: '把附件 ID 按每批不超过 100 个拆分，分多次调用；注意该接口每秒最多调用 100 次。',
        en: 'Split the IDs into batches of 100 or fewer and call the endpoint once per batch, staying under its limit of 100 calls per second.',
      },
      related: ['400-illegal-argument-lifetime-must-either-forever-default'],
    },
    {
      id: '400-illegal-argument-lifetime-must-either-forever-default',
      status: 400,
      type: 'illegal_argument',
      message: "lifetime must be either 'forever' or 'default' or 'refresh'。",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageAttachmentStorage, line: 118}],
      summary: {
        zh: '`lifetime` 的值不是 `forever`、`default` 或 `refresh`。',
        en: '`lifetime` has a value other than `forever`, `default` or `refresh`.',
      },
      cause: {
        zh: '附件存储方式 `lifetime` 只接受三个固定值，请求中传了其他内容，例如拼写错误、大小写不同、天数或空值。',
        en: 'The storage mode `lifetime` accepts only three fixed values; the request sent something else, such as a misspelling, different letter case, a number of days or an empty value.',
      },
      situations: [
        {
          zh: '想让附件保存 30 天，把 `lifetime` 填成了 `30`。',
          en: 'You want attachments kept for 30 days and set `lifetime` to `30`.',
        },
        {
          zh: '设置永久保存的脚本把 `lifetime` 写成了全大写的 `FOREVER`。',
          en: 'Your script for keeping files permanently sends `lifetime` in capitals, as `FOREVER`.',
        },
        {
          zh: '配置文件里的 `lifetime` 项没填，请求中带的是空字符串。',
          en: 'The `lifetime` setting in your config file is blank, so the request carries an empty string.',
        },
      ],
      fix: {
        zh: '按需求选一个值：`default` 使用 App 配置的默认有效期；`refresh` 从现在起重新计算有效期，相当于续期；`forever` 永久保存。不能直接传入天数。',
        en: "Pick one value: `default` applies the app's configured default retention, `refresh` restarts the retention period from now (a renewal), and `forever` keeps the files permanently. A number of days cannot be passed.",
      },
      related: ['400-illegal-argument-chatfile-ids-size-too-large', '404-file-expired'],
    },
    {
      id: '400-illegal-argument-from-cant-empty',
      status: 400,
      type: 'illegal_argument',
      message: "from can't be empty",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageBroadcast, line: 305}],
      summary: {
        zh: '广播消息的发送方 `from` 传了空字符串。',
        en: 'The broadcast request set the sender `from` to an empty string.',
      },
      cause: {
        zh: '广播接口中的 `from` 是可选参数，但只要出现在请求体中就不能是空字符串 `""`。通常是发送方变量尚未赋值就被写进了请求。',
        en: 'In the broadcast endpoints `from` is optional, but when present it must not be the empty string `""`. Usually a sender variable was written into the request before it had a value.',
      },
      situations: [
        {
          zh: '运营后台发在线用户广播时没选发送账号，`from` 以空字符串提交。',
          en: 'Your ops console broadcasts to online users with no sender account chosen, so `from` is submitted as an empty string.',
        },
        {
          zh: '聊天室全局广播脚本从环境变量读发送方，生产环境没配这个变量，得到了 `""`。',
          en: 'Your chat room broadcast script reads the sender from an environment variable missing in production, which yields `""`.',
        },
        {
          zh: '广播请求模板里写死了 `"from": ""`，本意是让服务器默认用 `admin`。',
          en: 'Your broadcast template hard-codes `"from": ""`, meaning to let the server fall back to `admin`.',
        },
      ],
      fix: {
        zh: '把 `from` 设为发送方的用户 ID；如果以管理员身份广播，直接删掉该字段，服务器会使用 `admin`。',
        en: "Set `from` to the sender's user ID, or remove the field to broadcast as `admin`, the server's default sender.",
      },
      related: ['400-message-send-error-param-from-cant-empty'],
    },
    {
      id: '400-illegal-argument-ext-must-jsonobject',
      status: 400,
      type: 'illegal_argument',
      message: 'ext must be JSONObject',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageBroadcast, line: 306}],
      summary: {
        zh: '广播消息的扩展字段 `ext` 不是 JSON 对象。',
        en: "The broadcast message's extension field `ext` is not a JSON object.",
      },
      cause: {
        zh: '广播接口要求 `ext` 是 JSON 对象（`{...}`），请求中却是字符串、数组、数字或 `null`。常见情况是先把对象序列化成字符串，再放进请求体。',
        en: 'The broadcast endpoints require `ext` to be a JSON object (`{...}`), but the request sent a string, array, number or `null`. A common slip is serializing the object to a string before adding it to the body.',
      },
      situations: [
        {
          zh: '发在线用户广播前先用 `JSON.stringify` 处理了 `ext`，传上去的是字符串。',
          en: 'You run `ext` through `JSON.stringify` before broadcasting to online users, so it arrives as a string.',
        },
        {
          zh: '聊天室全局广播没有扩展信息，代码里仍然写了 `"ext": null`。',
          en: 'Your chat room broadcast has no extension data, but the code still sends `"ext": null`.',
        },
        {
          zh: '把广播的扩展键值对写成了数组 `[{"key1": "value1"}]`。',
          en: 'You pass the broadcast\'s extension pairs as an array, `[{"key1": "value1"}]`.',
        },
      ],
      fix: {
        zh: '以对象形式传入 `ext`，例如 `"ext": {"key1": "value1"}`；没有扩展信息时省略该字段，不要传 `null`。',
        en: 'Pass `ext` as an object, e.g. `"ext": {"key1": "value1"}`. With no extension data, leave the field out instead of sending `null`.',
      },
      related: ['400-message-send-error-param-ext-must-jsonobject'],
    },
    {
      id: '400-message-send-error-param-from-cant-empty',
      status: 400,
      type: 'message_send_error',
      message: "param from can't be empty",
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageChatroom, line: 856},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageGroup, line: 895},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageSingle, line: 822},
      ],
      summary: {
        zh: '发送消息时，发送方 `from` 传了空字符串。',
        en: 'The send request set the sender `from` to an empty string.',
      },
      cause: {
        zh: '`from` 可以不传，但只要出现在请求体中，就必须是非空的用户 ID。本次请求中是 `"from": ""`，通常是发送方变量为空时仍被序列化进了请求。',
        en: '`from` may be omitted, but when present it must be a non-empty user ID. The body contained `"from": ""`, usually because an empty sender variable was still serialized into the request.',
      },
      situations: [
        {
          zh: '系统通知以管理员身份发单聊消息，代码把 `from` 设成空字符串而没有删掉这个字段。',
          en: 'Your system notices go out as one-to-one messages from the admin, and the code sets `from` to `""` instead of dropping it.',
        },
        {
          zh: '发群消息时发送方取自登录态，定时任务里没有登录用户，`from` 成了空字符串。',
          en: 'Your chat group messages take the sender from the login session, which is empty inside a scheduled job.',
        },
        {
          zh: '运营在表单里没填发送方就提交了聊天室定向消息。',
          en: 'An operator submits a targeted chat room message from your form with the sender field left blank.',
        },
      ],
      fix: {
        zh: '填入发送方的用户 ID，或删除 `from` 字段，让服务器以 `admin` 作为发送方。服务器不会校验该用户 ID 是否存在，请自行确认拼写正确。',
        en: "Set the sender's user ID, or drop `from` so that the server sends as `admin`. The server does not check that the user ID exists, so verify the spelling yourself.",
      },
      related: ['400-illegal-argument-from-cant-empty'],
    },
    {
      id: '400-message-send-error-param-cant-empty',
      status: 400,
      type: 'message_send_error',
      message: "param to can't be empty",
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageChatroom, line: 857},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageGroup, line: 896},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageSingle, line: 823},
      ],
      summary: {
        zh: '接收方数组 `to` 为空或未传。',
        en: 'The recipient array `to` is empty or missing.',
      },
      cause: {
        zh: '`to` 是必填数组，至少要包含一个接收方 ID：单聊填用户 ID，群聊填群组 ID，聊天室消息填聊天室 ID。本次请求中的 `to` 为 `[]` 或缺失。',
        en: '`to` is a required array with at least one recipient ID: user IDs for one-to-one messages, chat group IDs for group messages, chat room IDs for chat room messages. The request sent `[]` or no `to` at all.',
      },
      situations: [
        {
          zh: '按标签筛选接收人结果为空，仍然调用了发单聊消息接口，`to` 是 `[]`。',
          en: 'Your tag filter finds no recipients and you still call the one-to-one send endpoint with `to` as `[]`.',
        },
        {
          zh: '套用导入消息的请求体发群消息，群组 ID 写在 `target` 里，没有 `to`。',
          en: 'You reuse a message import payload to send a chat group message, so the group ID sits in `target` and `to` is missing.',
        },
        {
          zh: '发聊天室定向消息时只填了 `users`，忘了在 `to` 里放聊天室 ID。',
          en: 'You send a targeted chat room message with members in `users` but forget the chat room ID in `to`.',
        },
      ],
      fix: {
        zh: '在 `to` 中放入接收方 ID，并遵守单次上限：单聊 600 个用户，群聊 3 个群组，聊天室 10 个聊天室，定向消息只能填 1 个群组或聊天室。即使只有一个接收方也要写成数组，例如 `["user2"]`。',
        en: 'Put the recipient IDs in `to`, within the per-request limits: 600 users, 3 chat groups or 10 chat rooms; targeted messages take exactly one chat group or chat room. Use an array even for a single recipient, e.g. `["user2"]`.',
      },
      related: [
        '400-message-send-error-params-tos-size-cant-exceed-limit-600',
        '400-message-send-error-params-tos-size-cant-exceed-limit-3',
        '400-message-send-error-params-tos-size-cant-exceed',
      ],
    },
    {
      id: '400-message-send-error-param-type-cant-empty',
      status: 400,
      type: 'message_send_error',
      message: "param type can't be empty",
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageChatroom, line: 858},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageGroup, line: 897},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageSingle, line: 824},
      ],
      summary: {
        zh: '消息类型 `type` 为空或未传。',
        en: 'The message type `type` is missing or empty.',
      },
      cause: {
        zh: '服务器依据 `type` 来解析 `body` 的结构，请求中没有提供 `type`，或其值为空字符串。',
        en: 'The server relies on `type` to interpret `body`, and the request omitted it or sent an empty string.',
      },
      situations: [
        {
          zh: '发单聊文本消息时只在 `body` 里写了 `msg`，请求体没带 `type`。',
          en: 'You send a one-to-one text message with `msg` in `body` but no `type` in the request.',
        },
        {
          zh: '把消息类型放进了 `body.type`，顶层的 `type` 留空了。',
          en: 'You put the message type inside `body` as `body.type` and leave the top-level `type` empty.',
        },
        {
          zh: '群消息的类型由枚举转换而来，没映射到的值被转成了空字符串。',
          en: 'Your code converts a message-kind enum into `type` for a chat group message, and an unmapped value becomes `""`.',
        },
      ],
      fix: {
        zh: '把 `type` 设为与 `body` 内容相符的类型：`txt`、`img`、`audio`、`video`、`file`、`loc`、`cmd` 或 `custom`。',
        en: 'Set `type` to the kind that matches your `body`: `txt`, `img`, `audio`, `video`, `file`, `loc`, `cmd` or `custom`.',
      },
      related: ['400-message-send-error-param-body-cant-empty'],
    },
    {
      id: '400-message-send-error-param-body-cant-empty',
      status: 400,
      type: 'message_send_error',
      message: "param body can't be empty",
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageChatroom, line: 859},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageGroup, line: 898},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageSingle, line: 825},
      ],
      summary: {
        zh: '消息内容 `body` 是空对象或未传。',
        en: 'The message content `body` is missing or an empty object.',
      },
      cause: {
        zh: '`body` 是必填的 JSON 对象，请求中传了 `{}` 或根本没有传。不同消息类型在 `body` 中需要的字段各不相同。',
        en: '`body` is a required JSON object, and the request sent `{}` or nothing at all. Each message type needs different fields inside it.',
      },
      situations: [
        {
          zh: '发单聊文本消息时把内容写在顶层的 `msg` 字段里，没有 `body`。',
          en: 'You send a one-to-one text message with the text in a top-level `msg` field and no `body`.',
        },
        {
          zh: '图片上传失败了，代码仍然带着 `"body": {}` 发出图片消息。',
          en: 'The image upload fails, but your code still sends the image message with `"body": {}`.',
        },
        {
          zh: '给聊天室发透传消息时以为 `cmd` 不需要内容，省略了 `body`。',
          en: 'You send a command message to a chat room thinking `cmd` needs no content, and leave out `body`.',
        },
      ],
      fix: {
        zh: '按 `type` 填写 `body`：`txt` 需要 `msg`；`img`、`audio`、`video`、`file` 需要上传文件后得到的 `url`（上传时限制了访问则还需 `secret`）；`loc` 需要 `lat`、`lng` 和 `addr`；`cmd` 需要 `action`；`custom` 通常带 `customEvent` 和 `customExts`。',
        en: 'Fill `body` according to `type`: `txt` needs `msg`; `img`, `audio`, `video` and `file` need the `url` of the uploaded file (plus `secret` if access is restricted); `loc` needs `lat`, `lng` and `addr`; `cmd` needs `action`; `custom` usually carries `customEvent` and `customExts`.',
      },
      related: ['400-message-send-error-param-type-cant-empty'],
    },
    {
      id: '400-message-send-error-param-ext-must-jsonobject',
      status: 400,
      type: 'message_send_error',
      message: 'param ext must be JSONObject',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageChatroom, line: 860},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageGroup, line: 899},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageSingle, line: 826},
      ],
      summary: {
        zh: '消息扩展字段 `ext` 不是 JSON 对象。',
        en: 'The message extension field `ext` is not a JSON object.',
      },
      cause: {
        zh: '`ext` 只接受 JSON 对象。请求中的 `ext` 是字符串（常见于先把对象序列化成了 JSON 文本）、数组、数字或 `null`。',
        en: '`ext` only accepts a JSON object. The request sent a string (often an object already serialized to JSON text), an array, a number or `null`.',
      },
      situations: [
        {
          zh: '发单聊消息时先把 `ext` 序列化成 JSON 字符串，再放进请求体。',
          en: 'You send a one-to-one message with `ext` already serialized into a JSON string.',
        },
        {
          zh: '群消息没有扩展信息，但封装的发送方法总会带上 `"ext": null`。',
          en: 'Your send wrapper always adds `"ext": null` to chat group messages, even with no extension data.',
        },
        {
          zh: '把被 @ 的成员列表直接作为 `ext` 的值传成了数组，没有放在某个键下面。',
          en: 'You set `ext` to the array of mentioned members instead of putting that array under a key of an object.',
        },
      ],
      fix: {
        zh: '把 `ext` 作为对象直接嵌入请求体，例如 `"ext": {"em_ignore_notification": true}`；不需要扩展信息时省略该字段，不要传 `null`。注意 `body` 与 `ext` 合计不能超过 5 KB。',
        en: 'Embed `ext` as an object, e.g. `"ext": {"em_ignore_notification": true}`, and leave the field out rather than sending `null` when you have nothing to add. Keep `body` plus `ext` within 5 KB.',
      },
      related: ['400-illegal-argument-ext-must-jsonobject', '400-message-send-error-too-large'],
    },
    {
      id: '400-message-send-error-params-tos-size-cant-exceed',
      status: 400,
      type: 'message_send_error',
      message: "params to's size can't exceed limit 10",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageChatroom, line: 861}],
      summary: {
        zh: '`to` 中的聊天室 ID 超过了 10 个。',
        en: '`to` lists more than 10 chat room IDs.',
      },
      cause: {
        zh: '发送聊天室消息时，一次请求最多发往 10 个聊天室，本次 `to` 数组的长度超出了该上限。',
        en: 'A chat room message can go to at most 10 chat rooms per request, and the `to` array in this request is longer than that.',
      },
      situations: [
        {
          zh: '给所有直播间发公告，把 30 个聊天室 ID 一次放进了 `to`。',
          en: 'You announce something to every live room by putting 30 chat room IDs into one `to`.',
        },
        {
          zh: '发聊天室消息时套用了单聊按 600 个一批的分批逻辑。',
          en: 'You reuse the 600-per-request batching of one-to-one messages when sending chat room messages.',
        },
      ],
      fix: {
        zh: '把聊天室 ID 按每批不超过 10 个拆分，分多次发送。每个聊天室计为一条消息，拆分后仍需遵守每秒 100 条的上限。',
        en: 'Split the chat room IDs into batches of 10 or fewer and send one request per batch. Each chat room counts as one message, so stay under 100 messages per second.',
      },
      related: ['400-message-send-error-param-cant-empty', '403-message-send-error-reach-limit'],
    },
    {
      id: '400-message-send-error-too-large',
      status: 400,
      type: 'message_send_error',
      message: 'message is too large',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageChatroom, line: 862},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageGroup, line: 901},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageSingle, line: 828},
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 60},
      ],
      summary: {
        zh: '`body` 与 `ext` 合计超过了 5 KB。',
        en: '`body` and `ext` together exceed 5 KB.',
      },
      cause: {
        zh: '消息内容 `body` 和扩展字段 `ext` 的总大小上限为 5 KB，本次请求超出了该限制。常见于超长文本、在 `ext` 中塞入大量业务数据，或把图片做 Base64 编码后直接放进消息。',
        en: 'The message content `body` and the extension `ext` share a 5 KB limit, and this request is larger. Typical culprits are very long text, bulky business data in `ext`, or images embedded as Base64.',
      },
      situations: [
        {
          zh: '把一整篇长文章作为一条文本消息发给用户。',
          en: 'You send a whole long article to a user as a single text message.',
        },
        {
          zh: '发群消息时在 `ext` 里塞了完整的订单详情，连商品列表一起带上。',
          en: 'You attach full order details, item list included, in the `ext` of a chat group message.',
        },
        {
          zh: '把截图做 Base64 编码后直接放进了自定义消息的 `customExts`。',
          en: 'You Base64-encode a screenshot and put it straight into the `customExts` of a custom message.',
        },
      ],
      fix: {
        zh: '精简 `body` 和 `ext`：长文本拆成多条消息发送；图片、文件等先调用上传文件接口，消息里只放返回的 URL；`ext` 中只保留客户端确实需要的字段。',
        en: 'Slim down `body` and `ext`: split long text across several messages, upload images and files with the file upload endpoint and send only the returned URL, and keep just the fields clients really need in `ext`.',
      },
      variants: [{type: 'illegal_argument'}],
      note: {
        zh: '同一服务另一品牌的较早文档给出的错误类型是 `illegal_argument`，消息相同；本服务当前文档给出 `message_send_error`。两者是同一个错误，本条目合并记录。',
        en: "Older documentation of the same service under another brand gives the error type `illegal_argument` with the same message; this service's current documentation gives `message_send_error`. It is the same error, recorded here as one entry.",
      },
      related: ['400-message-send-error-param-ext-must-jsonobject'],
    },
    {
      id: '403-message-send-error-reach-limit',
      status: 403,
      type: 'message_send_error',
      message: 'message send reach limit',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageChatroom, line: 863},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageGroup, line: 902},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageSingle, line: 829},
      ],
      summary: {
        zh: '发送的消息条数超过了该接口每秒或每分钟的上限。',
        en: 'You sent more messages than this endpoint allows per second or per minute.',
      },
      cause: {
        zh: '发送消息接口按消息条数限流，每个接收方（用户、群组或聊天室）计为一条：单聊每分钟 6000 条，群聊每秒 20 条，聊天室消息和定向消息每秒 100 条。本服务的错误表把这些超限都对应到这条消息；但单聊页面的说明文字对同一个每分钟限制给出的是 `Forbidden for url: […]`，同一服务另一品牌的文档对群聊和聊天室的超限也给出这种写法（见相关错误）。超出的若是每秒调用次数，则返回 429。',
        en: "Sending endpoints count messages, one per recipient (user, chat group or chat room): 6000 per minute for one-to-one chat, 20 per second for chat groups, and 100 per second for chat room and targeted messages. This service's error tables tie all of these to this message; but the one-to-one page's text gives `Forbidden for url: […]` for that same per-minute limit, and the documentation of the same service under another brand gives that form for the group and chat room limits too (see the related errors). Going over the calls-per-second limit returns 429 instead.",
      },
      situations: [
        {
          zh: '运营活动用脚本分批给几万个用户发单聊通知，一分钟内超过了 6000 条。',
          en: 'A campaign script sends one-to-one notices to tens of thousands of users and passes 6000 messages within a minute.',
        },
        {
          zh: '每次发往 3 个群组的机器人消息在整点集中触发，每秒超过了 20 条。',
          en: 'A bot posting to 3 chat groups per request fires all at once on the hour, going over 20 messages a second.',
        },
        {
          zh: '服务器把直播弹幕每次转发到 10 个聊天室，高峰时每秒超过 100 条。',
          en: 'Your server relays live comments to 10 chat rooms per request and passes 100 messages a second at peak.',
        },
        {
          zh: '发送失败后没有任何间隔就立刻重试，又把同一个限流窗口占满了。',
          en: 'Failed sends are retried at once with no delay, filling up the same rate window again.',
        },
      ],
      fix: {
        zh: '在服务器用队列按上限匀速发送；收到 403 后等待下一个时间窗口（1 秒或 1 分钟）再重发。要把同一内容发给大量用户，考虑改用群组、聊天室或广播消息。如果正常业务量确实需要更高额度，联系商务。',
        en: 'Queue messages on your server and send them at a steady rate below the limit; after a 403, wait for the next window (one second or one minute) before resending. To reach many users with the same content, consider a chat group, chat room or broadcast message. If your normal traffic needs a higher quota, contact sales.',
      },
      related: [
        'http-429',
        '403-forbidden-op-forbidden-for-url-messages-users',
        '403-forbidden-op-forbidden-for-url-messages-chatgroups',
        '403-forbidden-op-forbidden-for-url-messages-chatrooms',
      ],
    },
    {
      id: '400-message-send-error-param-users-cant-empty',
      status: 400,
      type: 'message_send_error',
      message: "param users can't be empty",
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageChatroom, line: 875},
        {kind: 'docs-table', ...DOCUMENTS.shengwangMessageGroup, line: 914},
      ],
      summary: {
        zh: '定向消息的接收成员数组 `users` 为空或未传。',
        en: "The targeted message's member array `users` is empty or missing.",
      },
      cause: {
        zh: '发送定向消息时，`users` 指定群组或聊天室中哪些成员能看到这条消息，是必填的非空数组。本次请求中传了 `[]` 或没有传。',
        en: 'For a targeted message, `users` names the members of the chat group or chat room who will see it; it is a required, non-empty array. The request sent `[]` or left it out.',
      },
      situations: [
        {
          zh: '发群组定向消息时只填了 `to`，没有指定谁能看到的 `users`。',
          en: 'You send a targeted chat group message with `to` set but no `users` saying who should see it.',
        },
        {
          zh: '聊天室定向消息的接收人来自一次成员查询，查询结果为空时 `users` 成了 `[]`。',
          en: 'Your targeted chat room message takes `users` from a member query that came back empty, so `users` is `[]`.',
        },
        {
          zh: '把可见成员写进了 `ext`，以为服务器会按扩展字段筛选接收人。',
          en: 'You put the intended members in `ext`, expecting the server to pick recipients from it.',
        },
      ],
      fix: {
        zh: '在 `users` 中填入 1 到 20 个成员的用户 ID，这些用户应属于 `to` 中的群组或聊天室。接收人超过 20 个时分多次发送；要发给全体成员，改用普通的群聊或聊天室消息接口。',
        en: 'List 1 to 20 member user IDs in `users`, all belonging to the chat group or chat room in `to`. Split larger audiences over several requests; to reach every member, use the regular chat group or chat room message endpoint instead.',
      },
      related: ['400-message-send-error-param-cant-empty'],
    },
    {
      id: '400-param-exception-delete-msg-list-limit-can-not-greater-50',
      status: 400,
      type: 'param exception',
      message: 'delete msg list limit can not greater than 50',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageDelete, line: 117}],
      summary: {
        zh: '`msgIdList` 中的消息 ID 超过了 50 个。',
        en: '`msgIdList` contains more than 50 message IDs.',
      },
      cause: {
        zh: '根据消息 ID 单向删除漫游消息时，每次请求最多删除 50 条消息，查询参数 `msgIdList` 中以逗号分隔的 ID 超过了这个数量。',
        en: 'Deleting roaming messages by ID accepts at most 50 messages per request, and the comma-separated query parameter `msgIdList` holds more IDs than that.',
      },
      situations: [
        {
          zh: '要删掉某个用户单聊里的 200 条漫游消息，把所有 ID 一次拼进了 `msgIdList`。',
          en: "You delete 200 roaming messages from a user's one-to-one chat by putting all their IDs into one `msgIdList`.",
        },
        {
          zh: '群聊违规内容清理任务把一个群里命中的消息 ID 全部放进了一次请求。',
          en: 'A moderation job clearing flagged messages from a chat group sends every matched message ID in one request.',
        },
      ],
      fix: {
        zh: '把消息 ID 按每批不超过 50 个拆分，分多次调用，ID 之间用英文逗号分隔。如果要清空整个会话，改用按时间点清空漫游消息的接口更省事。',
        en: 'Split the IDs into batches of 50 or fewer and call the endpoint once per batch, separating IDs with ASCII commas. To empty a whole conversation, the endpoint that clears roaming messages up to a point in time is simpler.',
      },
      related: ['400-bad-request'],
    },
    {
      id: '400-bad-request',
      status: 400,
      type: 'Bad Request',
      message: 'Bad Request',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageDelete, line: 118}],
      summary: {
        zh: '缺少必填参数或参数格式不对，服务器拒绝了请求。',
        en: 'A required parameter is missing or malformed, so the server rejected the request.',
      },
      cause: {
        zh: '这是一个没有具体说明的通用 400 响应。在根据消息 ID 删除单聊漫游消息时，通常表示漏传了查询参数 `userId`（对端用户 ID）或 `msgIdList`，或者它们的值为空。',
        en: "A generic 400 with no further detail. When deleting one-to-one roaming messages by ID, it usually means the query parameter `userId` (the peer's user ID) or `msgIdList` is missing or empty.",
      },
      situations: [
        {
          zh: '删单聊漫游消息时只在路径里填了 `{userId}`，漏了查询参数中的对端 `userId`。',
          en: 'You delete one-to-one roaming messages with the owner in the path `{userId}` but no peer `userId` in the query.',
        },
        {
          zh: '筛选后没有要删的消息，请求仍然带着空的 `msgIdList=` 发了出去。',
          en: 'Your filter leaves nothing to delete, and the request still goes out with an empty `msgIdList=`.',
        },
        {
          zh: '照着群聊删除接口拼 URL，查询参数传了 `groupId` 而不是对端的 `userId`。',
          en: "You copy the URL from the group deletion endpoint and pass `groupId` instead of the peer's `userId`.",
        },
      ],
      fix: {
        zh: '检查请求 URL：路径中的 `{userId}` 是消息所属的用户，查询参数 `userId` 是对端用户，两者都要填写；`msgIdList` 至少要有一个消息 ID。参数中的特殊字符需做 URL 编码。',
        en: 'Check the URL: the path `{userId}` is the user who owns the messages and the query `userId` is the peer, and both must be set; `msgIdList` needs at least one message ID. URL-encode any special characters in the parameters.',
      },
      related: ['400-param-exception-delete-msg-list-limit-can-not-greater-50'],
    },
    {
      id: '400-illegal-argument-file-must-provided',
      status: 400,
      type: 'illegal_argument',
      message: 'file must be provided.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageDownload, line: 144}],
      summary: {
        zh: '上传请求中没有名为 `file` 的文件字段。',
        en: 'The upload request has no file field named `file`.',
      },
      cause: {
        zh: '上传文件接口要求以 `multipart/form-data` 提交，并把文件放在名为 `file` 的表单字段中。请求中缺少该字段、字段名不同，或者根本没有使用 multipart 格式。',
        en: 'The upload endpoint expects `multipart/form-data` with the file in a form field named `file`. The field is missing or named differently, or the request is not multipart at all.',
      },
      situations: [
        {
          zh: "用 curl 上传图片时写成了 `-d` 加文件路径，而不是 `-F 'file=@...'`。",
          en: "You upload an image with curl using `-d` and the file path instead of `-F 'file=@...'`.",
        },
        {
          zh: '上传表单里的文件字段名叫 `image`，接口找不到 `file`。',
          en: 'Your upload form names the file field `image`, so the endpoint finds no `file`.',
        },
        {
          zh: '手动设置了 `Content-Type: multipart/form-data` 却没带 boundary，服务器解析不出文件。',
          en: 'You set `Content-Type: multipart/form-data` by hand without a boundary, so the server cannot find the file.',
        },
      ],
      fix: {
        zh: "以 `multipart/form-data` 发送请求，把文件放在 `file` 字段中，例如 curl 使用 `-F 'file=@/path/to/image.jpg'`。确认本地文件路径存在且可读；不要手动设置不带 boundary 的 `Content-Type`。",
        en: "Send `multipart/form-data` with the file in the `file` field, for example `-F 'file=@/path/to/image.jpg'` with curl. Make sure the local path exists and is readable, and do not set a `Content-Type` header by hand without the boundary.",
      },
      related: ['413-file-exceeding-maximum-limit-size-exceeds'],
    },
    {
      id: '413-file-exceeding-maximum-limit-size-exceeds',
      status: 413,
      type: 'file exceeding maximum limit',
      message: 'the file size exceeds the maximum limit.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageDownload, line: 145}],
      summary: {
        zh: '上传的文件超过了大小上限（默认 10 MB）。',
        en: 'The uploaded file is larger than the size limit (10 MB by default).',
      },
      cause: {
        zh: '图片、语音、视频和其他附件默认不能超过 10 MB，本次上传的文件超出了该上限，服务器拒绝接收。',
        en: 'Images, voice, video and other attachments are capped at 10 MB by default, and this file is larger, so the server refused it.',
      },
      situations: [
        {
          zh: '用户选了一段 50 MB 的原画视频，服务器没压缩就直接转给了上传文件接口。',
          en: 'A user picks a 50 MB original-quality video, and your server forwards it to the upload endpoint uncompressed.',
        },
        {
          zh: '迁移历史附件时，把旧系统里体积很大的 PDF 原样上传。',
          en: 'While migrating old attachments, you upload large PDFs from the legacy system unchanged.',
        },
        {
          zh: '在提高过附件上限的 App 上测试通过，换到仍是默认 10 MB 的 App 上就失败了。',
          en: 'Uploads that pass on an app with a raised attachment limit fail on another app still at the default 10 MB.',
        },
      ],
      fix: {
        zh: '上传前先压缩文件，例如降低图片分辨率或视频码率；也可以把大文件放到你自己的存储中，消息里只发送链接。如果业务确实需要更大的附件，联系商务提高上限。',
        en: 'Compress the file before uploading, for example by lowering image resolution or video bitrate, or host large files in your own storage and send only a link. If you really need larger attachments, contact sales to raise the limit.',
      },
      related: ['400-illegal-argument-file-must-provided'],
    },
    {
      id: '404-entity-not-found-file-may-not-exist',
      status: 404,
      type: 'entity_not_found',
      message: 'file may not exists',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageDownload, line: 217}],
      summary: {
        zh: '找不到 `file_uuid` 对应的文件。',
        en: 'No file matches the given `file_uuid`.',
      },
      cause: {
        zh: '路径参数 `file_uuid` 没有对应任何已上传的文件。常见原因：传的不是上传响应中的 `uuid`（例如传了完整 URL 或 `share-secret`），ID 被截断或拼错，或者文件已被删除，例如附件消息被撤回时附件也会一并删除。',
        en: 'The path parameter `file_uuid` matches no uploaded file. Usually the value is not the `uuid` from the upload response (the full URL or the `share-secret` was passed instead), the ID was truncated or mistyped, or the file was deleted, which also happens when an attachment message is recalled.',
      },
      situations: [
        {
          zh: '下载文件时把消息里的完整 `url` 当作 `file_uuid` 拼进了路径。',
          en: "You download a file by putting the message's full `url` into the path as `file_uuid`.",
        },
        {
          zh: '把上传响应里的 `share-secret` 当成了 `file_uuid`。',
          en: 'You pass the `share-secret` from the upload response as the `file_uuid`.',
        },
        {
          zh: '附件消息已经被撤回，之后还去下载它的附件。',
          en: 'You download the attachment of a message that has since been recalled.',
        },
        {
          zh: '数据库字段长度不够，存进去的 UUID 被截断，用它下载时找不到文件。',
          en: 'A database column too short for the UUID truncated it, and you download with the shortened value.',
        },
      ],
      fix: {
        zh: '把上传文件响应 `entities` 中的 `uuid` 作为 `file_uuid`，或者从消息 `url` 的最后一段路径中取出该值。文件一旦删除就无法恢复，只能重新上传。',
        en: "Use the `uuid` from the `entities` of the upload response as `file_uuid`, or take the last path segment of the message's `url`. A deleted file cannot be restored; upload it again.",
      },
      related: ['404-file-expired'],
    },
    {
      id: '404-file-expired',
      status: 404,
      type: 'file_expired',
      message: 'file xxxxx is expired',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageDownload, line: 218}],
      summary: {
        zh: '附件已超过存储期限，不能再下载。',
        en: 'The attachment has passed its storage period and can no longer be downloaded.',
      },
      cause: {
        zh: '消息附件（图片、语音、视频和其他文件）默认只保存 7 天，这个文件已经到期。',
        en: 'Message attachments (images, voice, video and other files) are kept for 7 days by default, and this file has expired.',
      },
      situations: [
        {
          zh: '用户点开一张十多天前聊天里的图片，下载原图失败。',
          en: 'A user opens a picture from a chat more than ten days old, and downloading the full image fails.',
        },
        {
          zh: '每月归档聊天附件的任务，去下载上个月月初上传的文件。',
          en: 'A monthly archiving job downloads attachments that were uploaded at the start of the previous month.',
        },
        {
          zh: '客服处理工单时，下载用户两周前发来的语音。',
          en: 'A support agent working a ticket downloads a voice message the user sent two weeks ago.',
        },
      ],
      fix: {
        zh: '过期文件无法找回，只能重新上传。要让文件保存更久，可以联系商务延长附件存储期限，或者在到期前调用设置附件存储方式的接口，把 `lifetime` 设为 `refresh` 或 `forever`（该接口也需开通）。',
        en: 'An expired file cannot be recovered; upload it again. To keep files longer, contact sales to extend attachment retention, or before expiry call the attachment storage endpoint with `lifetime` set to `refresh` or `forever` (that endpoint also has to be enabled).',
      },
      sample: 'file 55f12940-6f1a-11ee-8a5b-ff2336f03252 is expired',
      related: ['404-entity-not-found-file-may-not-exist', '400-illegal-argument-lifetime-must-either-forever-default'],
    },
    {
      id: '400-message-send-error-params-tos-size-cant-exceed-limit-3',
      status: 400,
      type: 'message_send_error',
      message: "params to's size can't exceed limit 3",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageGroup, line: 900}],
      summary: {
        zh: '`to` 中的群组 ID 超过了 3 个。',
        en: '`to` lists more than 3 chat group IDs.',
      },
      cause: {
        zh: '发送群聊消息时，一次请求最多发往 3 个群组，本次 `to` 数组的长度超出了该上限。',
        en: 'A chat group message can go to at most 3 chat groups per request, and the `to` array in this request is longer than that.',
      },
      situations: [
        {
          zh: '给用户加入的 5 个群同时发公告，把 5 个群组 ID 都放进了 `to`。',
          en: 'You announce something to the 5 chat groups a user is in by putting all 5 group IDs into `to`.',
        },
        {
          zh: '发群聊消息时套用了单聊按 600 个一批的分批逻辑。',
          en: 'You reuse the 600-per-request batching of one-to-one messages for chat group messages.',
        },
        {
          zh: '发群组定向消息时在 `to` 里放了 4 个群组 ID。',
          en: 'You send a targeted chat group message with 4 group IDs in `to`.',
        },
      ],
      fix: {
        zh: '把群组 ID 按每批不超过 3 个拆分，分多次发送。每个群组计为一条消息，拆分后仍需遵守每秒 20 条的上限。',
        en: 'Split the group IDs into batches of 3 or fewer and send one request per batch. Each group counts as one message, so stay under 20 messages per second.',
      },
      related: ['400-message-send-error-param-cant-empty', '403-message-send-error-reach-limit'],
    },
    {
      id: '400-illegal-argument-arguments-appkey-time',
      status: 400,
      type: 'illegal_argument',
      message: 'illegal arguments: appkey: XXXX#XXXX, time: xxxxxx',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageHistorical, line: 410}],
      summary: {
        zh: '路径参数 `time` 格式不对，应为 `yyyyMMddHH`。',
        en: 'The path parameter `time` is malformed; it must be `yyyyMMddHH`.',
      },
      cause: {
        zh: '`time` 必须是精确到小时的 10 位数字，例如 `2018112717`。请求中用了其他格式，例如带分隔符的日期、Unix 时间戳，或者只有日期没有小时。',
        en: '`time` must be 10 digits down to the hour, such as `2018112717`. The request used another format, such as a date with separators, a Unix timestamp, or a date without the hour.',
      },
      situations: [
        {
          zh: '拉历史消息文件时把 `time` 写成了 `2024-06-15`。',
          en: 'You fetch a chat history file with `time` written as `2024-06-15`.',
        },
        {
          zh: '直接把 Unix 毫秒时间戳放进了 `/chatmessages/{time}`。',
          en: 'You put a Unix timestamp in milliseconds straight into `/chatmessages/{time}`.',
        },
        {
          zh: '日期格式化只写到天，得到 `20240615`，漏了小时。',
          en: 'Your date formatter stops at the day, giving `20240615` without the hour.',
        },
      ],
      fix: {
        zh: '按 `yyyyMMddHH` 拼出 `time`，例如 `2018112717` 表示获取 2018 年 11 月 27 日 17 点到 18 点之间的消息。国内集群按北京时间计算，海外集群按 UTC 计算，请先换算好时区。',
        en: 'Build `time` as `yyyyMMddHH`; `2018112717` fetches messages sent between 17:00 and 18:00 on 27 November 2018. Mainland China clusters use Beijing time and overseas clusters use UTC, so convert from your time zone first.',
      },
      sample: 'illegal arguments: appkey: 1100241212162981#demo, time: 2018-11-27',
      related: [
        '400-illegal-argument-arguments-appkey-time-maybe-chat',
        '404-storage-object-not-found-failed-find-chat-message-history',
      ],
    },
    {
      id: '400-illegal-argument-arguments-appkey-time-maybe-chat',
      status: 400,
      type: 'illegal_argument',
      message: 'illegal arguments: appkey: XXXX#XXXX, time: xxxxxx, maybe chat message history is expired or unstored',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageHistorical, line: 411}],
      summary: {
        zh: '该小时的历史消息文件已过期，或尚未生成。',
        en: 'The chat history file for that hour has expired or has not been generated yet.',
      },
      cause: {
        zh: '`time` 的格式没有问题，但对应时段没有可用的历史消息文件：要么已超出保存期限（默认只能获取最近 3 天，具体取决于套餐），要么服务器还没生成该小时的文件，消息量大时生成可能需要较长时间。',
        en: "`time` is well formed, but no history file is available for that hour: either it is older than the retention period (by default only the last 3 days, depending on your plan), or the server has not generated that hour's file yet, which can take a while under heavy traffic.",
      },
      situations: [
        {
          zh: '每周跑一次的归档任务，去拉 5 天前某个小时的历史消息文件。',
          en: 'A weekly archiving job fetches the chat history file for an hour five days ago.',
        },
        {
          zh: '刚过整点就去拉上一个小时的文件，服务器还没生成出来。',
          en: "Right after the hour turns, you fetch the previous hour's file before the server has generated it.",
        },
        {
          zh: '排查用户投诉时，去拉一周前那个小时的聊天记录文件。',
          en: 'Investigating a user complaint, you request the history file for an hour a week ago.',
        },
      ],
      fix: {
        zh: '确认 `time` 在最近 3 天之内；获取刚过去的时段时，建议 24 小时后再拉取。需要更长的保存期限请联系商务；需要实时拿到消息，改用发送后回调。',
        en: 'Make sure `time` falls within the last 3 days; for recent hours, fetch the file about 24 hours later. Contact sales for longer retention, or use the post-send callback if you need messages in real time.',
      },
      sample:
        'illegal arguments: appkey: 1100241212162981#demo, time: 2018112717, maybe chat message history is expired or unstored',
      variants: [
        {
          message:
            'illegal arguments: appkey: XXXX#XXXX, time: xxxxxx, maybe chat message history is expired or unstored"',
        },
      ],
      note: {
        zh: '上游文档中这条提示的末尾多了一个双引号 `"`，应是排版遗留；本条目去掉了它，原写法记录在 `variants` 中。',
        en: 'The upstream documentation ends this message with a stray double quote `"`, most likely a formatting leftover; this entry drops it and records the original spelling in `variants`.',
      },
      related: [
        '400-illegal-argument-arguments-appkey-time',
        '404-storage-object-not-found-failed-find-chat-message-history',
      ],
    },
    {
      id: '404-storage-object-not-found-failed-find-chat-message-history',
      status: 404,
      type: 'storage_object_not_found',
      message: 'Failed to find chat message history download url for appkey: XXXX#XXXX, time: xxxxxx',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageHistorical, line: 412}],
      summary: {
        zh: '指定的小时内没有可下载的历史消息文件。',
        en: 'There is no chat history file to download for the requested hour.',
      },
      cause: {
        zh: '服务器在 `time` 对应的时段内找不到历史消息文件，通常是因为该小时内 App 没有产生消息，或者 `time` 按错误的时区换算，指向了一个没有消息的时段。',
        en: 'The server found no chat history file for the hour in `time`, usually because the app produced no messages in that hour, or `time` was converted with the wrong time zone and points at an empty hour.',
      },
      situations: [
        {
          zh: '在测试 App 上拉凌晨 3 点的历史消息文件，那个小时没人发过消息。',
          en: 'On your test app you fetch the history file for 3 a.m., an hour in which nobody sent anything.',
        },
        {
          zh: 'App 在海外集群，却按北京时间拼了 `time`，指向了一个没有消息的时段。',
          en: 'Your app is on an overseas cluster but you build `time` in Beijing time, landing on an hour with no messages.',
        },
        {
          zh: '新 App 刚上线，去拉上线之前那几个小时的记录。',
          en: 'Your app has just gone live, and you fetch hours from before the launch.',
        },
      ],
      fix: {
        zh: '核对 `time` 的时区（国内集群为北京时间，海外集群为 UTC），以及该时段内是否确实有消息。如果确认有消息仍返回此错误，联系技术支持并提供 App Key 和 `time` 的值。',
        en: 'Check the time zone of `time` (Beijing time for mainland China clusters, UTC overseas) and whether messages were really sent in that hour. If you are sure there were messages, contact support with your App Key and the `time` value.',
      },
      sample: 'Failed to find chat message history download url for appkey: 1100241212162981#demo, time: 2018112717',
      variants: [{message: 'Failed to find chat message history download url for appkey: XXXX#XXXX, time: xxxxxx"'}],
      note: {
        zh: '上游文档中这条提示的末尾多了一个双引号 `"`，应是排版遗留；本条目去掉了它，原写法记录在 `variants` 中。',
        en: 'The upstream documentation ends this message with a stray double quote `"`, most likely a formatting leftover; this entry drops it and records the original spelling in `variants`.',
      },
      related: ['400-illegal-argument-arguments-appkey-time', '400-illegal-argument-arguments-appkey-time-maybe-chat'],
    },
    {
      id: '400-illegal-argument-message-body-not-allow-empty',
      status: 400,
      type: 'illegal_argument',
      message: 'message body not allow empty',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageImport, line: 166}],
      summary: {
        zh: '导入的消息缺少消息内容 `body`。',
        en: 'The imported message has an empty or missing `body`.',
      },
      cause: {
        zh: '导入单聊或群聊消息时，`body` 是必填的 JSON 对象；请求中没有传，或者传了空对象、`null`。',
        en: 'When importing a one-to-one or chat group message, `body` is a required JSON object; the request left it out or sent an empty object or `null`.',
      },
      situations: [
        {
          zh: '从旧 IM 迁移单聊记录时，图片消息的内容没映射过来，`body` 成了 `{}`。',
          en: 'Migrating one-to-one history from your old IM, image messages lose their content mapping and `body` is `{}`.',
        },
        {
          zh: '导入群聊消息时把文本放在顶层的 `msg` 字段里，没有包进 `body`。',
          en: 'You import chat group messages with the text in a top-level `msg` field rather than inside `body`.',
        },
        {
          zh: '旧系统里内容已被删除的消息导出后 `body` 为 `null`，脚本照样逐条导入。',
          en: 'Messages whose content was deleted in the old system export with `body` as `null`, and your script imports them anyway.',
        },
      ],
      fix: {
        zh: '按 `type` 填写 `body`，字段与发送消息时相同：文本消息需要 `msg`，附件消息需要 `url` 等字段。每次调用只能导入一条消息。',
        en: 'Fill `body` for the given `type` with the same fields as when sending: `msg` for text, `url` and related fields for attachments. Each call imports a single message.',
      },
      related: ['400-illegal-argument-type-not-allow-empty'],
    },
    {
      id: '400-illegal-argument-type-not-allow-empty',
      status: 400,
      type: 'illegal_argument',
      message: 'type not allow empty',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageImport, line: 167}],
      summary: {
        zh: '导入的消息缺少消息类型 `type`。',
        en: 'The imported message has an empty or missing `type`.',
      },
      cause: {
        zh: '导入接口需要根据 `type` 解析 `body`，请求中没有传 `type`，或者传了空字符串。',
        en: 'The import endpoints read `body` according to `type`, and the request left `type` out or sent an empty string.',
      },
      situations: [
        {
          zh: '迁移脚本的类型映射漏了语音消息，导入时 `type` 是空字符串。',
          en: "Your migration script's type mapping misses voice messages, so they are imported with an empty `type`.",
        },
        {
          zh: '导入单聊消息时只传了 `from`、`target` 和 `body`，没有 `type`。',
          en: 'You import a one-to-one message with `from`, `target` and `body` but no `type`.',
        },
        {
          zh: '导出文件里的类型列叫 `msg_type`，脚本按 `type` 读取，拿到的是空值。',
          en: 'The export file names the column `msg_type`, so your script reading `type` gets nothing.',
        },
      ],
      fix: {
        zh: '把 `type` 设为 `txt`、`img`、`audio`、`video`、`file`、`loc`、`cmd` 或 `custom`，并与 `body` 的内容保持一致。',
        en: 'Set `type` to `txt`, `img`, `audio`, `video`, `file`, `loc`, `cmd` or `custom`, matching what `body` contains.',
      },
      related: ['400-illegal-argument-message-body-not-allow-empty'],
    },
    {
      id: '400-illegal-argument-new-msg-required',
      status: 400,
      type: 'illegal_argument',
      message: 'new_msg is required',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageModifyTextCustom, line: 146}],
      summary: {
        zh: '修改消息的请求体中缺少 `new_msg`。',
        en: 'The edit request has no `new_msg` in its body.',
      },
      cause: {
        zh: '`new_msg` 携带修改后的消息内容，是必填字段；请求中没有传，或者传了空值。',
        en: '`new_msg` carries the edited content and is required; the request left it out or sent an empty value.',
      },
      situations: [
        {
          zh: '只想改消息的扩展信息，请求体里只放了 `new_ext`。',
          en: 'You only want to change the extension, so the edit request carries just `new_ext`.',
        },
        {
          zh: '修改文本消息时把新内容直接写在了顶层的 `msg` 字段。',
          en: 'You edit a text message with the new text in a top-level `msg` field.',
        },
        {
          zh: '编辑框清空后仍然触发了修改请求，`new_msg` 被序列化成 `null`。',
          en: 'Your editor fires an edit request with an empty draft, and `new_msg` is serialized as `null`.',
        },
      ],
      fix: {
        zh: '在请求体中传入 `new_msg` 对象：`type` 为 `txt` 时提供新的 `msg`，为 `custom` 时提供 `customEvent` 和/或 `customExts`。即使只想改扩展信息，也必须传 `new_msg`，新的扩展字段放在 `new_ext` 中。',
        en: 'Send a `new_msg` object: with `type` `txt` include the new `msg`; with `type` `custom` include `customEvent` and/or `customExts`. Even if you only change the extension, `new_msg` is still required; put the new extension in `new_ext`.',
      },
      related: ['400-message-rewrite-error-type-currently-not-supported-modification'],
    },
    {
      id: '400-message-rewrite-error-type-currently-not-supported-modification',
      status: 400,
      type: 'message_rewrite_error',
      message: 'The message is of a type that is currently not supported for modification.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageModifyTextCustom, line: 147}],
      summary: {
        zh: '只能修改文本消息和自定义消息，此类型不支持。',
        en: 'Only text and custom messages can be edited; this type cannot.',
      },
      cause: {
        zh: '`new_msg.type` 不是 `txt` 或 `custom`，或者要修改的原消息本身是图片、语音、文件等其他类型。',
        en: '`new_msg.type` is neither `txt` nor `custom`, or the original message is of another type, such as an image, voice or file message.',
      },
      situations: [
        {
          zh: '图片发错了，想对这条图片消息的 `msg_id` 调修改接口换一张。',
          en: "You call the edit endpoint on an image message's `msg_id` to swap in the right picture.",
        },
        {
          zh: '修改位置消息时把 `new_msg.type` 设成了 `loc`。',
          en: 'You edit a location message with `new_msg.type` set to `loc`.',
        },
        {
          zh: '代码里把 `new_msg.type` 写成了 `text`，不是 `txt`。',
          en: 'Your code sets `new_msg.type` to `text` rather than `txt`.',
        },
      ],
      fix: {
        zh: '把 `new_msg.type` 设为 `txt` 或 `custom`，并确认 `msg_id` 指向的是一条文本或自定义消息。其他类型的消息无法修改，可以先撤回再重新发送。',
        en: 'Set `new_msg.type` to `txt` or `custom` and make sure `msg_id` refers to a text or custom message. Other message types cannot be edited; recall the message and send a new one instead.',
      },
      related: ['400-illegal-argument-new-msg-required'],
    },
    {
      id: '400-invalidmessageidexception-provided-message-id-not-valid',
      status: 400,
      type: 'InvalidMessageIdException',
      message: 'The provided message ID is not a valid number.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageModifyTextCustom, line: 148}],
      summary: {
        zh: '路径中的 `msg_id` 不是纯数字。',
        en: 'The `msg_id` in the path is not a number.',
      },
      cause: {
        zh: '服务器的消息 ID 是一串数字（如 `1029457500870543736`），而路径参数 `msg_id` 中含有字母、引号、空格等其他字符，常见于误用了客户端生成的本地消息 ID。',
        en: 'Server message IDs are digit strings such as `1029457500870543736`, but the path parameter `msg_id` contains letters, quotes, spaces or other characters, often because a client-side local message ID was used.',
      },
      situations: [
        {
          zh: '修改消息时用的是客户端 SDK 生成的本地消息 ID。',
          en: 'You edit a message using the local message ID generated by the client SDK.',
        },
        {
          zh: '拼 URL 时用了带引号的 JSON 字符串，路径里的 `msg_id` 连引号一起带上了。',
          en: 'You build the URL from a quoted JSON string, so the `msg_id` in the path includes the quotes.',
        },
        {
          zh: '消息 ID 从表格里复制出来，末尾带了空格或换行。',
          en: 'The message ID was copied from a spreadsheet with a trailing space or line break.',
        },
      ],
      fix: {
        zh: '使用服务器返回的消息 ID，例如发送消息接口响应 `data` 中的值或消息回调中的 `msg_id`，并检查拼接 URL 时没有混入多余字符。',
        en: "Use the ID the server returned, such as the value in the send response's `data` or the `msg_id` of a message callback, and check that no extra characters slip into the URL.",
      },
    },
    {
      id: '404-message-rewrite-error-unavailable-expired',
      status: 404,
      type: 'message_rewrite_error',
      message: 'The message is unavailable or has expired.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageModifyTextCustom, line: 149}],
      summary: {
        zh: '`msg_id` 对应的消息不存在，无法修改。',
        en: 'No message exists for `msg_id`, so it cannot be edited.',
      },
      cause: {
        zh: '服务器找不到 `msg_id` 对应的消息：ID 有误，或者消息已被撤回、删除或超过保存期限。',
        en: 'The server cannot find a message for `msg_id`: the ID is wrong, or the message was recalled, deleted or has passed its retention period.',
      },
      situations: [
        {
          zh: '用户已经撤回了消息，运营后台还在修改这条消息的内容。',
          en: 'Your admin console edits a message after the user has already recalled it.',
        },
        {
          zh: '拿测试环境发出的消息 ID 到生产环境去修改。',
          en: 'You try to edit, in production, a message ID that was produced on your staging app.',
        },
        {
          zh: '修改接口的 `msg_id` 手工录入时少了一位数字。',
          en: 'The `msg_id` for the edit was typed in by hand and is missing a digit.',
        },
      ],
      fix: {
        zh: '核对 `msg_id` 是否取自发送接口的响应或消息回调。已撤回、已删除或已过期的消息不能修改，需要更正内容时重新发送一条消息。',
        en: 'Check that `msg_id` was taken from a send response or a message callback. A recalled, deleted or expired message cannot be edited; send a new message with the corrected content.',
      },
      related: ['404-messageunavailableexception-message-unavailable-expired'],
    },
    {
      id: '401-message-rewrite-error-you-not-authorized-edit',
      status: 401,
      type: 'message_rewrite_error',
      message: 'You are not authorized to edit this message.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageModifyTextCustom, line: 150}],
      summary: {
        zh: '本次请求无权修改 `msg_id` 指定的消息。',
        en: 'This request is not allowed to edit the message in `msg_id`.',
      },
      cause: {
        zh: '服务器拒绝修改 `msg_id` 对应的消息。文档给出的原因是 `msg_id` 不正确。它与 App Token 无关：鉴权失败时返回的是 `unauthorized` 类型的错误。',
        en: 'The server refused to edit the message in `msg_id`. The documentation gives a wrong `msg_id` as the cause. It is not a token problem: failed authentication returns an `unauthorized` error instead.',
      },
      situations: [
        {
          zh: '修改消息时传的 `msg_id` 是同一会话里另一条消息的 ID。',
          en: "Your edit request's `msg_id` belongs to a different message in the same conversation.",
        },
        {
          zh: '解析发送接口响应时取错了字段，保存下来的 `msg_id` 不是这条消息的。',
          en: "Your code reads the wrong field of the send response, so the stored `msg_id` is not this message's.",
        },
        {
          zh: '看到 401 以为是 App Token 过期，重新生成 token 后再修改还是失败。',
          en: 'You take the 401 for an expired App Token, generate a new one, and the edit still fails.',
        },
      ],
      fix: {
        zh: '确认 `msg_id` 正是你要修改的那条消息的服务器 ID（发送消息时响应中返回的 ID），没有被截断或与别的消息混淆，然后用正确的 `msg_id` 重试。文档只把这个错误归因于 `msg_id` 不正确。不需要重新生成 App Token。',
        en: 'Confirm that `msg_id` is the server ID of the message you mean to edit (the ID returned when it was sent), not truncated or mixed up with another message, then retry with the right `msg_id`. The documentation attributes this error only to a wrong `msg_id`. There is no need to generate a new App Token.',
      },
    },
    {
      id: '403-message-rewrite-error-reached-its-edit-limit-cannot',
      status: 403,
      type: 'message_rewrite_error',
      message: 'The message has reached its edit limit and cannot be modified further.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageModifyTextCustom, line: 151}],
      summary: {
        zh: '一条消息最多修改 10 次，这条消息的修改次数已用完。',
        en: 'The message has used up its 10 allowed edits.',
      },
      cause: {
        zh: '每条消息最多可以修改 10 次，`msg_id` 对应的消息已经修改了 10 次。',
        en: 'Each message can be edited at most 10 times, and the message in `msg_id` has already been edited 10 times.',
      },
      situations: [
        {
          zh: '编辑器每次自动保存都调一次修改接口，没几分钟就改满了 10 次。',
          en: 'Your editor calls the edit endpoint on every autosave, and the message reaches 10 edits within minutes.',
        },
        {
          zh: '置顶公告每天更新一次，一直在修改同一条消息。',
          en: 'You update a pinned announcement every day by editing the same message again and again.',
        },
        {
          zh: '重试逻辑把其实已经成功的修改请求又发了几遍，次数被用光了。',
          en: 'Your retry logic resends edits that had in fact succeeded, using up the allowed count.',
        },
      ],
      fix: {
        zh: '这条消息不能再修改。如需再次更正，可以撤回它并发送一条新消息。不要在每次自动保存或每次输入时都发起修改请求。',
        en: 'This message cannot be edited again. To correct it further, recall it and send a new message. Avoid firing an edit request on every autosave or keystroke.',
      },
      related: ['403-message-rewrite-error-feature-not-open'],
    },
    {
      id: '404-messageunavailableexception-message-unavailable-expired',
      status: 404,
      type: 'MessageUnavailableException',
      message: 'The message is unavailable or has expired.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageModifyTextCustom, line: 153}],
      summary: {
        zh: '要修改的消息已不在服务器，或已过期。',
        en: 'The message to edit is no longer stored on the server, or has expired.',
      },
      cause: {
        zh: '只有仍保存在服务器的消息才能修改。`msg_id` 指向的消息已不在服务器存储中，可能已超过保存期限，也可能已被撤回或删除。',
        en: 'Only messages still stored on the server can be edited. The message in `msg_id` is gone from server storage: it may have passed the retention period or been recalled or deleted.',
      },
      situations: [
        {
          zh: '批量更正很久以前发的公告消息，这些消息已经超过服务器的保存期限。',
          en: "You bulk-correct announcements sent long ago that are already past the server's retention period.",
        },
        {
          zh: '服务器通过撤回接口撤回了消息，之后的定时任务还按原 `msg_id` 去修改。',
          en: 'A scheduled job edits a message by its `msg_id` after your server has already recalled it through the recall endpoint.',
        },
      ],
      fix: {
        zh: '确认消息仍在保存期限内。已过期或不存在的消息无法修改，重试也不会成功，请改为发送一条新消息。',
        en: 'Check that the message is still within the retention period. An expired or missing message cannot be edited and retrying will not help; send a new message instead.',
      },
      related: ['404-message-rewrite-error-unavailable-expired'],
    },
    {
      id: '409-concurrent-operation-error-message-been-edited-by-another',
      status: 409,
      type: 'concurrent_operation_error',
      message: 'The message has been edited by another.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageModifyTextCustom, line: 154}],
      summary: {
        zh: '另一个请求正在同时修改同一条消息。',
        en: 'Another request is editing the same message at the same time.',
      },
      cause: {
        zh: '多个修改请求同时作用于同一个 `msg_id`，例如多台服务器或多个线程并发修改，或者在前一个请求尚未完成时就重发了请求；服务器只接受其中一个。',
        en: 'Several edit requests hit the same `msg_id` at once, for example from multiple servers or threads, or a retry sent while the first request was still running; the server accepts only one of them.',
      },
      situations: [
        {
          zh: '两台应用服务器同时处理同一条消息的审核结果，都去修改了它。',
          en: 'Two of your app servers handle the moderation result of the same message and both edit it at once.',
        },
        {
          zh: '修改请求在你这边超时后立刻重发，第一个请求其实还在处理中。',
          en: 'An edit request times out on your side and you resend it at once while the first is still being processed.',
        },
        {
          zh: '用户在两台设备上几乎同时保存了对同一条消息的修改，服务器各转发了一次。',
          en: 'A user saves edits to the same message on two devices almost together, and your server forwards both.',
        },
      ],
      fix: {
        zh: '对同一条消息的修改做串行处理，例如按 `msg_id` 加锁或排队。收到该错误后稍等片刻，确认消息的当前内容后再决定是否重试；每次成功的修改都计入 10 次上限。',
        en: "Serialize edits to the same message, for example with a lock or queue keyed by `msg_id`. After this error, wait briefly, check the message's current content, then decide whether to retry; every successful edit counts toward the 10-edit limit.",
      },
      related: ['403-message-rewrite-error-reached-its-edit-limit-cannot'],
    },
    {
      id: '500-rewritemessageinternalerrorexception-unknown-error-occurred-while-processing',
      status: 500,
      type: 'RewriteMessageInternalErrorException',
      message: 'An unknown error occurred while processing the request.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageModifyTextCustom, line: 155}],
      summary: {
        zh: '服务器内部错误，本次修改没有完成。',
        en: 'An internal server error stopped the edit.',
      },
      cause: {
        zh: '修改消息时服务器发生了未预期的异常，与请求参数无关。',
        en: 'The server hit an unexpected failure while editing the message; it is not caused by your parameters.',
      },
      situations: [
        {
          zh: '批量更正一批公告时，其中几条修改返回了这个错误，其余都成功了。',
          en: 'While bulk-correcting announcements, a few edits come back with this error and the rest go through.',
        },
        {
          zh: '一直正常的修改请求在某个时段内连续失败，参数没有任何变化。',
          en: 'An edit request that always worked fails repeatedly for a stretch of time with unchanged parameters.',
        },
      ],
      fix: {
        zh: '稍后按指数退避重试几次。如果一直失败，联系技术支持，并提供 `msg_id`、请求时间和完整的响应内容。',
        en: 'Retry a few times with exponential backoff. If it keeps failing, contact support with the `msg_id`, the request time and the full response.',
      },
    },
    {
      id: '400-message-recall-error-param-msg-id-cant-empty',
      status: 400,
      type: 'message_recall_error',
      message: "param msg_id can't be empty",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageRecall, line: 148}],
      summary: {
        zh: '撤回请求中缺少要撤回的消息 ID `msg_id`。',
        en: 'The recall request has no message ID in `msg_id`.',
      },
      cause: {
        zh: '`msg_id` 是必填参数，请求中没有传，或者传了空字符串。',
        en: '`msg_id` is required, but the request left it out or sent an empty string.',
      },
      situations: [
        {
          zh: '撤回消息时把 ID 放在了 `message_id` 字段里，没有传 `msg_id`。',
          en: 'You recall a message with its ID under `message_id`, so `msg_id` is missing.',
        },
        {
          zh: '发送时没保存服务器返回的消息 ID，撤回时 `msg_id` 只能传空字符串。',
          en: 'Your server never stored the ID returned at send time, so the recall goes out with an empty `msg_id`.',
        },
        {
          zh: '把批量撤回用的 `msgs` 数组发给了撤回单条消息的接口。',
          en: 'You send the batch-recall `msgs` array to the single-recall endpoint.',
        },
      ],
      fix: {
        zh: '把要撤回的消息的服务器 ID 填入 `msg_id`，例如发送消息接口响应 `data` 中返回的值。撤回单条消息接口每次只能撤回一条消息。',
        en: "Put the server ID of the message to recall in `msg_id`, such as the value returned in the send response's `data`. The single-recall endpoint recalls one message per call.",
      },
    },
    {
      id: '400-message-recall-error-param-cant-empty',
      status: 400,
      type: 'message_recall_error',
      message: "param to can't be empty",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageRecall, line: 149}],
      summary: {
        zh: '撤回请求中缺少消息接收方 `to`。',
        en: 'The recall request has no message recipient in `to`.',
      },
      cause: {
        zh: '服务器需要 `to` 来定位被撤回的消息，它是必填参数；请求中没有传，或者传了空字符串。',
        en: 'The server needs `to` to locate the message being recalled, so it is required; the request left it out or sent an empty string.',
      },
      situations: [
        {
          zh: '撤回群消息时只传了 `msg_id` 和 `chat_type`，以为服务器能凭消息 ID 找到群组。',
          en: 'You recall a chat group message with only `msg_id` and `chat_type`, expecting the server to find the group from the ID.',
        },
        {
          zh: '消息记录表里没存接收方，撤回请求的 `to` 拿到的是空字符串。',
          en: "Your message table never stored the recipient, so the recall request's `to` ends up empty.",
        },
        {
          zh: '客服后台撤回单聊消息时只知道发送方，`to` 一直没赋值。',
          en: 'Your support console recalls a one-to-one message knowing only the sender, so `to` is never set.',
        },
      ],
      fix: {
        zh: '根据 `chat_type` 填写 `to`：`chat` 填接收方的用户 ID，`groupchat` 填群组 ID，`chatroom` 填聊天室 ID。注意这里的 `to` 是字符串，而不是发送消息时的数组。',
        en: "Fill `to` according to `chat_type`: the recipient's user ID for `chat`, the chat group ID for `groupchat`, or the chat room ID for `chatroom`. Here `to` is a string, not an array as when sending.",
      },
      related: ['400-message-recall-error-cant-find-msg', '400-message-send-error-param-cant-empty'],
    },
    {
      id: '400-message-recall-error-param-chat-type-cant-empty',
      status: 400,
      type: 'message_recall_error',
      message: "param chat_type can't be empty",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageRecall, line: 150}],
      summary: {
        zh: '撤回请求中缺少会话类型 `chat_type`。',
        en: 'The recall request has no conversation type in `chat_type`.',
      },
      cause: {
        zh: '`chat_type` 是必填参数，请求中没有传或传了空字符串，服务器无法判断 `to` 是用户、群组还是聊天室。',
        en: '`chat_type` is required but was missing or empty, so the server cannot tell whether `to` is a user, a chat group or a chat room.',
      },
      situations: [
        {
          zh: '撤回消息时只传了 `msg_id` 和 `to`，没有带 `chat_type`。',
          en: 'You recall a message passing `msg_id` and `to` but no `chat_type`.',
        },
        {
          zh: '会话类型读自数据库里一个可为空的列，老数据这一列是空的。',
          en: 'The conversation type comes from a nullable database column, and older rows have it empty.',
        },
      ],
      fix: {
        zh: '将 `chat_type` 设为 `chat`（单聊）、`groupchat`（群聊）或 `chatroom`（聊天室），与原消息所在的会话保持一致。',
        en: 'Set `chat_type` to `chat` (one-to-one), `groupchat` (chat group) or `chatroom` (chat room), matching the conversation the message was sent in.',
      },
    },
    {
      id: '400-message-recall-error-param-force-cant-empty',
      status: 400,
      type: 'message_recall_error',
      message: "param force can't be empty",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageRecall, line: 151}],
      summary: {
        zh: '撤回请求中的 `force` 是空值。',
        en: 'The recall request sent an empty value for `force`.',
      },
      cause: {
        zh: '`force` 可以不传（默认为 `false`），但传入时必须是布尔值；请求中的 `force` 为 `null` 或空字符串。',
        en: '`force` may be omitted (it defaults to `false`), but when present it must be a boolean; the request sent `null` or an empty string.',
      },
      situations: [
        {
          zh: '撤回时把 `force` 写成了 `""`，本意是不强制撤回。',
          en: 'You send `force` as `""`, meaning not to force the recall.',
        },
        {
          zh: '“强制撤回”复选框没勾选时，后端把 `force` 转成了 `null` 发出去。',
          en: 'When the "force recall" checkbox is unticked, your backend sends `force` as `null`.',
        },
      ],
      fix: {
        zh: '传入布尔值 `true` 或 `false`，或者直接删除该字段。只有需要撤回已过期的消息时才设为 `true`。',
        en: 'Send the boolean `true` or `false`, or remove the field. Set it to `true` only when you need to recall a message that has already expired.',
      },
    },
    {
      id: '400-message-recall-error-cant-find-msg',
      status: 400,
      type: 'message_recall_error',
      message: 'can’t find msg to',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageRecall, line: 152}],
      summary: {
        zh: '根据 `to` 找不到被撤回消息的接收方。',
        en: 'The recipient given in `to` does not match the message to recall.',
      },
      cause: {
        zh: '服务器无法按 `to` 找到这条消息的接收方，通常是 `to` 与原消息的接收方不一致，例如群聊消息填了某个群成员的用户 ID 而不是群组 ID，或者 `chat_type` 与 `to` 不匹配。',
        en: "The server could not match `to` to the message's recipient, usually because it differs from the original recipient: for example a member's user ID instead of the chat group ID for a group message, or a `chat_type` that does not fit `to`.",
      },
      situations: [
        {
          zh: '撤回群消息时 `to` 填的是某个群成员的用户 ID，而不是群组 ID。',
          en: "You recall a chat group message with a member's user ID in `to` instead of the group ID.",
        },
        {
          zh: '撤回单聊消息时 `to` 填成了发送方自己的用户 ID。',
          en: "You recall a one-to-one message with the sender's own user ID in `to`.",
        },
        {
          zh: '撤回聊天室消息时 `chat_type` 仍然是 `groupchat`。',
          en: 'You recall a chat room message while `chat_type` is still `groupchat`.',
        },
      ],
      fix: {
        zh: '把 `to` 设为原消息的接收方：单聊为对方的用户 ID，群聊为群组 ID，聊天室为聊天室 ID，并确认 `chat_type` 与之对应。',
        en: "Set `to` to the original message's recipient (the peer's user ID, the chat group ID or the chat room ID) and make sure `chat_type` matches it.",
      },
      related: ['400-message-recall-error-param-cant-empty'],
    },
    {
      id: '403-message-recall-error-exceed-time-limit',
      status: 403,
      type: 'message_recall_error',
      message: 'exceed recall time limit',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageRecall, line: 153}],
      summary: {
        zh: '消息已超过可撤回时长（默认为发送后 2 分钟）。',
        en: 'The message is past the recall window (2 minutes after sending by default).',
      },
      cause: {
        zh: '默认只能撤回发送后 2 分钟内的消息，这条消息已经超出了该时长。',
        en: 'By default a message can only be recalled within 2 minutes of being sent, and this one is older.',
      },
      situations: [
        {
          zh: '审核系统在消息发出 5 分钟后才判定违规，这时再去撤回。',
          en: 'Your moderation system flags a message five minutes after it was sent and only then tries to recall it.',
        },
        {
          zh: '用户第二天才要求撤回前一天发错的群公告。',
          en: 'A user asks the next day to recall a group announcement they posted by mistake the day before.',
        },
        {
          zh: '撤回请求在队列里排了很久，真正发出时已经过了 2 分钟。',
          en: 'Your recall request waits in a queue and only goes out after the 2-minute window has passed.',
        },
      ],
      fix: {
        zh: '如果仍要撤回，把 `force` 设为 `true` 强制撤回，不受时长限制。若业务经常需要更长的撤回时间，联系商务调整撤回时长，最长可到 7 天。',
        en: 'If you still need to recall it, set `force` to `true`, which ignores the time limit. If you regularly need a longer window, contact sales to extend it, up to 7 days.',
      },
      related: ['403-message-recall-error-not-found-msg'],
    },
    {
      id: '403-message-recall-error-not-found-msg',
      status: 403,
      type: 'message_recall_error',
      message: 'not_found msg',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageRecall, line: 154}],
      summary: {
        zh: '服务器已没有这条消息：已过期被删除，或已被撤回。',
        en: 'The server no longer has the message: it expired or was already recalled.',
      },
      cause: {
        zh: '要撤回的消息已不在服务器：要么超过保存期限被删除，要么之前已经撤回过。',
        en: 'The message is no longer on the server: either it passed its retention period and was deleted, or it was recalled earlier.',
      },
      situations: [
        {
          zh: '撤回接口超时后又重试了一次，其实第一次已经撤回成功。',
          en: 'Your recall call times out and you retry, but the first attempt had already succeeded.',
        },
        {
          zh: '客户端已经撤回了这条消息，服务器又调接口撤回了一遍。',
          en: 'The client already recalled the message, and your server recalls it again through the API.',
        },
        {
          zh: '清理很久以前的违规消息，这些消息已过保存期限被删除。',
          en: 'You clean up old offending messages that have already passed retention and been deleted.',
        },
      ],
      fix: {
        zh: '如果消息已经撤回过，无需再次操作，可以把该错误当作成功处理。如果是过期消息，把 `force` 设为 `true` 再撤回一次：接收方本地保存的消息会被撤回，但发送方本地的消息仍会保留。',
        en: "If the message was already recalled, there is nothing left to do, so you can treat this as success. For an expired message, retry with `force` set to `true`: the copy on the recipient's device is recalled, but the sender's local copy stays.",
      },
      related: ['403-message-recall-error-exceed-time-limit'],
    },
    {
      id: '403-forbidden-op-message-recall-service-unopened',
      status: 403,
      type: 'forbidden_op',
      message: 'message recall service is unopened',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageRecall, line: 155}],
      summary: {
        zh: '当前 App 没有开通消息撤回服务。',
        en: 'The message recall service is not enabled for this app.',
      },
      cause: {
        zh: '撤回消息需要先在控制台开通对应服务。该 App 尚未开通，因此所有撤回请求都会被拒绝。',
        en: 'Recalling messages requires the service to be enabled in the console first. It is off for this app, so every recall request is refused.',
      },
      situations: [
        {
          zh: '新建的 App 第一次接入撤回功能，还没在控制台开通撤回服务。',
          en: 'Your new app calls recall for the first time before the recall service is enabled in the console.',
        },
        {
          zh: '测试 App 开通了撤回，上线切到生产 App 时却没开通。',
          en: 'Recall is enabled on your test app, but nobody enabled it on the production app you switched to at launch.',
        },
      ],
      fix: {
        zh: '在控制台为该 App 开通消息撤回服务，然后再调用接口。开通之前重试不会成功。',
        en: 'Enable message recall for the app in the console, then call the endpoint again. Retrying before that will not help.',
      },
    },
    {
      id: '500-internal-error',
      status: 500,
      type: '',
      message: 'internal error',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageRecall, line: 156}],
      summary: {
        zh: '撤回消息时服务器出现内部错误。',
        en: 'An internal server error occurred while recalling the message.',
      },
      cause: {
        zh: '服务器在处理撤回请求时发生了异常，原因不在请求参数。',
        en: 'The server failed while processing the recall request; the cause is not in your parameters.',
      },
      situations: [
        {
          zh: '批量撤回一批违规消息时，其中几条返回了这个错误。',
          en: 'While recalling a batch of offending messages, a few of them come back with this error.',
        },
        {
          zh: '同样的撤回请求在测试 App 上正常，生产环境某段时间内一直失败。',
          en: 'The same recall request works on your test app but keeps failing in production for a while.',
        },
      ],
      fix: {
        zh: '稍等后按指数退避重试。撤回受时长限制，如果重试时已超过撤回时长，需把 `force` 设为 `true`。问题持续出现时，联系技术支持并提供 `msg_id` 和请求时间。',
        en: 'Wait briefly and retry with exponential backoff. Recall is time-limited, so if the window has passed by the time you retry, set `force` to `true`. If the error persists, contact support with the `msg_id` and the request time.',
      },
    },
    {
      id: '400-message-send-error-params-tos-size-cant-exceed-limit-600',
      status: 400,
      type: 'message_send_error',
      message: "params to's size can't exceed limit 600",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangMessageSingle, line: 827}],
      summary: {
        zh: '`to` 中的用户 ID 超过了 600 个。',
        en: '`to` lists more than 600 user IDs.',
      },
      cause: {
        zh: '发送单聊消息时，一次请求最多发给 600 个用户，本次 `to` 数组的长度超出了该上限。',
        en: 'A one-to-one message can go to at most 600 users per request, and the `to` array in this request is longer than that.',
      },
      situations: [
        {
          zh: '给全部 2000 个会员发单聊通知，把所有用户 ID 一次放进了 `to`。',
          en: 'You notify all 2000 members by putting every user ID into one `to` of a one-to-one message.',
        },
        {
          zh: '配置里把单聊消息每批的接收人数设成了 1000。',
          en: 'Your config sets the batch size for one-to-one sends to 1000 recipients per request.',
        },
      ],
      fix: {
        zh: '把用户 ID 按每批不超过 600 个拆分，分多次发送。每个接收方计为一条消息，还要遵守每分钟 6000 条的上限，也就是每分钟最多发送 10 批满额请求。',
        en: 'Split the user IDs into batches of 600 or fewer and send one request per batch. Each recipient counts as one message against the 6000-per-minute limit, so that allows at most 10 full batches a minute.',
      },
      related: ['400-message-send-error-param-cant-empty', '403-message-send-error-reach-limit'],
    },
    {
      id: '403-forbidden-op-online-user-broadcast-limit-exceeded',
      status: 403,
      type: 'forbidden_op',
      message: 'online user broadcast limit exceeded',
      sources: [{kind: 'sister-docs', ...DOCUMENTS.easemobBroadcastToOnlineUsers}],
      summary: {
        zh: '今天向在线用户广播的次数已用完。',
        en: "Today's quota of broadcasts to online users is used up.",
      },
      cause: {
        zh: '向 App 在线用户发送广播消息的接口每天有次数上限，默认 50 次；今天的次数已经用完。这与每分钟 1 次的限流不同，后者返回 429。',
        en: "The endpoint that broadcasts to all online users of the app has a daily quota, 50 by default, and today's is used up. This is separate from the one-call-per-minute rate limit, which answers with 429.",
      },
      situations: [
        {
          zh: '运营一天里发了几十次在线用户广播，傍晚再发时被拒。',
          en: 'Your ops team sent dozens of broadcasts to online users in one day, and the evening one is refused.',
        },
        {
          zh: '把每条系统通知都当作在线用户广播发出，当天的次数很快用完了。',
          en: "You send every system notice as a broadcast to online users and use up the day's quota quickly.",
        },
        {
          zh: '联调时在生产 App 上反复测试广播接口，把当天的次数耗光了。',
          en: "While testing the integration, you call the broadcast endpoint repeatedly on the production app and exhaust the day's quota.",
        },
      ],
      fix: {
        zh: '等到次日配额恢复后再发送；在那之前重试不会成功。把多条通知合并成一次广播，可以节省次数。经常不够用时，联系商务提高每日上限。',
        en: 'Wait for the quota to reset the next day; retrying before then will not succeed. Combine several notices into one broadcast to save quota, and if it is regularly too small, contact sales to raise the daily limit.',
      },
      related: ['429-reach-limit-request-reached-api-limit', '403-forbidden-op-chatroom-broadcast-limit-exceeded'],
    },
    {
      id: '403-forbidden-op-chatroom-broadcast-limit-exceeded',
      status: 403,
      type: 'forbidden_op',
      message: 'chatroom broadcast limit exceeded',
      sources: [{kind: 'sister-docs', ...DOCUMENTS.easemobBroadcastToChatrooms}],
      summary: {
        zh: '今天的聊天室全局广播次数已用完。',
        en: "Today's quota of chat room broadcasts is used up.",
      },
      cause: {
        zh: '聊天室全局广播接口每天最多可调用 100 次，今天的次数已经用完。这与每分钟 10 次的限流不同，后者返回 429。',
        en: "The chat room broadcast endpoint allows 100 broadcasts a day, and today's are used up. This is separate from the 10-per-minute rate limit, which answers with 429.",
      },
      situations: [
        {
          zh: '直播活动当天每场都给所有聊天室发全局广播，到晚上已超过 100 次。',
          en: 'On a big event day you broadcast to all chat rooms for every show and pass 100 by evening.',
        },
        {
          zh: '只想通知几个直播间，却用了聊天室全局广播接口，次数很快用完。',
          en: "You use the all-rooms broadcast just to reach a few live rooms and burn through the day's quota.",
        },
        {
          zh: '广播失败后的重试没设上限，把当天的聊天室广播次数耗尽了。',
          en: "Your broadcast retry loop has no cap and uses up the day's chat room broadcasts.",
        },
      ],
      fix: {
        zh: '等到次日配额恢复后再发送；在那之前重试不会成功。只需要通知部分聊天室时，改用发送聊天室消息接口，每次最多指定 10 个聊天室。',
        en: 'Wait for the quota to reset the next day; retrying before then will not succeed. To reach only some chat rooms, use the chat room message endpoint instead, with up to 10 chat rooms per call.',
      },
      related: ['429-reach-limit-request-reached-api-limit', '403-forbidden-op-online-user-broadcast-limit-exceeded'],
    },
    {
      id: '403-forbidden-op-forbidden-for-url-messages-users',
      status: 403,
      type: 'forbidden_op',
      message: 'Forbidden for url: [XXXX/XXXX/messages/users]',
      sources: [
        {kind: 'docs-prose', ...DOCUMENTS.shengwangMessageSingle, line: 56},
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 81},
        {kind: 'sister-docs', ...DOCUMENTS.easemobMessageSingle, line: 55},
      ],
      summary: {
        zh: '单聊消息发送得太快，超过了每分钟的条数上限。',
        en: 'One-to-one messages were sent too fast for the per-minute message quota.',
      },
      cause: {
        zh: '发送单聊消息的接口每分钟的配额是 6000 条，按接收方计数：一个请求有 600 个接收方，就计为 600 条。超过后请求被拒绝，消息中方括号里是本次请求的路径。每秒调用次数超过 100 次则返回 429。',
        en: 'The one-to-one send endpoint allows 6000 messages per minute, counted per recipient: one request to 600 users counts as 600. Past that the request is refused, and the brackets hold the path of the request. Going over 100 calls per second answers with 429 instead.',
      },
      situations: [
        {
          zh: '大促时按每批 600 人发单聊营销消息，一分钟内发了十几批。',
          en: 'During a sale you send one-to-one promotions in batches of 600 and push more than ten batches in a minute.',
        },
        {
          zh: '多台服务器各自控制了发送速度，合起来超过了 App 每分钟的单聊上限。',
          en: "Several servers each pace their own one-to-one sends, but together they exceed the app's per-minute quota.",
        },
        {
          zh: '日终任务给每个用户发一条单聊通知，全部挤在同一分钟里发出。',
          en: 'An end-of-day job sends a one-to-one notice to every user, all within the same minute.',
        },
      ],
      fix: {
        zh: '在服务器上用队列匀速发送，把每分钟的条数（按接收方计）控制在 6000 以内；收到这个错误后等到下一分钟再发，被拒绝的消息需要重发。同一内容要送达很多人时，考虑改用群组、聊天室或广播消息。正常业务量确实需要更高额度时，联系商务。',
        en: 'Send through a queue on your server and keep the messages per minute, counted per recipient, under 6000. After this error, wait for the next minute and resend the refused messages. To reach many users with the same content, consider a chat group, chat room or broadcast. If your normal traffic needs more, contact sales.',
      },
      sample: 'Forbidden for url: [app-id/7d72365eb983485397e3e3f9d460bdda/messages/users]',
      related: ['403-message-send-error-reach-limit', '429-reach-limit-request-reached-api-limit'],
    },
    {
      id: '403-forbidden-op-forbidden-for-url-messages-chatgroups',
      status: 403,
      type: 'forbidden_op',
      message: 'Forbidden for url: [XXXX/XXXX/messages/chatgroups]',
      sources: [{kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 82}],
      summary: {
        zh: '群聊消息发送得太快，超过了每秒的条数上限。',
        en: 'Chat group messages were sent too fast for the per-second limit.',
      },
      cause: {
        zh: '群聊消息默认每秒最多 20 条，每个目标群组计一条。超过后请求被拒绝，消息中方括号里是本次请求的路径。',
        en: 'Chat group messages are limited to 20 per second by default, one per target group. Past that the request is refused, and the brackets hold the path of the request.',
      },
      situations: [
        {
          zh: '机器人同时给几十个群推送行情，每秒超过了 20 条群消息。',
          en: 'A bot pushes market updates to dozens of chat groups at once, going over 20 group messages a second.',
        },
        {
          zh: '每次发往 3 个群组，一秒内连续调了 8 次，合计 24 条。',
          en: 'You send to 3 chat groups per request and make 8 requests within one second, 24 messages in all.',
        },
        {
          zh: '发送失败的群消息立即重发，和新消息挤在同一秒里。',
          en: 'Failed chat group messages are resent at once and pile into the same second as new ones.',
        },
      ],
      fix: {
        zh: '在服务器上排队发送，把群聊消息控制在每秒 20 条以内；收到这个错误后等待 1 秒再重发被拒绝的消息。确实需要更高额度时，联系商务。',
        en: 'Queue messages on your server and keep chat group messages under 20 per second; after this error, wait a second and resend the refused messages. If you really need more, contact sales.',
      },
      sample: 'Forbidden for url: [app-id/7d72365eb983485397e3e3f9d460bdda/messages/chatgroups]',
      related: ['403-message-send-error-reach-limit', '403-forbidden-op-forbidden-for-url-messages-chatrooms'],
    },
    {
      id: '403-forbidden-op-forbidden-for-url-messages-chatrooms',
      status: 403,
      type: 'forbidden_op',
      message: 'Forbidden for url: [XXXX/XXXX/messages/chatrooms]',
      sources: [{kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 83}],
      summary: {
        zh: '聊天室消息发送得太快，超过了条数上限。',
        en: 'Chat room messages were sent too fast for the rate limit.',
      },
      cause: {
        zh: '聊天室消息有条数上限，每个目标聊天室计一条。本服务的文档写的是每秒 100 条，同一服务另一品牌的文档写的是每分钟 100 条。超过后请求被拒绝，消息中方括号里是本次请求的路径。',
        en: "Chat room messages have a quota, one per target chat room. This service's documentation says 100 per second; the documentation of the same service under another brand says 100 per minute. Past that the request is refused, and the brackets hold the path of the request.",
      },
      situations: [
        {
          zh: '服务器把直播弹幕逐条转发到聊天室，高峰时每秒上百条。',
          en: 'Your server relays live comments one by one into a chat room, over a hundred a second at peak.',
        },
        {
          zh: '每次发往 10 个聊天室，一秒内调了 15 次。',
          en: 'You send to 10 chat rooms per request and make 15 requests within one second.',
        },
        {
          zh: '聊天室消息已控制在每秒 100 条以内，仍然时不时被拒。',
          en: 'You keep chat room messages under 100 a second and still get refused from time to time.',
        },
      ],
      fix: {
        zh: '在服务器上排队发送，放慢聊天室消息的节奏；收到这个错误后稍等再重发被拒绝的消息。如果每秒 100 条以内仍频繁遇到，按每分钟 100 条的保守额度安排，或联系商务确认你的 App 的实际上限。',
        en: "Queue messages on your server and slow the pace of chat room messages; after this error, wait a moment and resend the refused ones. If you still hit it while under 100 per second, plan for the conservative 100 per minute, or contact sales to confirm your app's actual limit.",
      },
      sample: 'Forbidden for url: [app-id/7d72365eb983485397e3e3f9d460bdda/messages/chatrooms]',
      related: ['403-message-send-error-reach-limit', '403-forbidden-op-forbidden-for-url-messages-chatgroups'],
    },
    {
      id: '400-illegal-argument-chatmessage-request-not-supported',
      status: 400,
      type: 'illegal_argument',
      message: 'This chatmessage request is not supported',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 55},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerErrorCodes, line: 172},
        {kind: 'sister-docs', ...DOCUMENTS.agoraChatStatusCode},
      ],
      summary: {
        zh: '获取历史消息记录时，路径中的时间格式不对。',
        en: 'The time in the path of a history download request has the wrong format.',
      },
      cause: {
        zh: '获取历史消息记录接口的路径参数 `time` 必须是精确到小时的 `YYYYMMDDHH`，例如 `2024061510`。写成了时间戳、带分隔符的日期，或者位数不对，服务器都不接受。',
        en: 'The `time` path parameter of the history endpoint must be `YYYYMMDDHH`, to the hour, such as `2024061510`. A timestamp, a date with separators or the wrong number of digits is not accepted.',
      },
      situations: [
        {
          zh: '拉历史消息文件时 `time` 带上了分钟，写成了 `202406151030`。',
          en: 'You fetch a chat history file with minutes in `time`, as `202406151030`.',
        },
        {
          zh: '下载历史消息的脚本按 ISO 格式拼 `time`，得到的是 `2024-06-15T10`。',
          en: 'Your history download script formats `time` the ISO way, producing `2024-06-15T10`.',
        },
        {
          zh: 'URL 模板变量没替换，路径里还是字面上的 `{time}`。',
          en: 'Your URL template was never filled in, and the path still holds the literal `{time}`.',
        },
      ],
      fix: {
        zh: '把 `time` 改成 10 位的 `YYYYMMDDHH`（按 UTC 还是本地时间，以接口文档为准），然后重试。',
        en: 'Change `time` to the 10-digit `YYYYMMDDHH` form (whether UTC or local time, follow the endpoint reference) and retry.',
      },
      related: ['400-illegal-argument-arguments-appkey-time'],
    },
    {
      id: '400-illegal-argument-msg-must-provided',
      status: 400,
      type: 'illegal_argument',
      message: 'msg must be provided',
      section: 'message-broadcast',
      sources: [{kind: 'issue', repo: 'easemob/emchat-server-examples', path: 'issues/44'}],
      summary: {
        zh: '请求体中缺少 `msg` 对象。',
        en: 'The request body has no `msg` object.',
      },
      cause: {
        zh: '把消息内容包在 `msg` 对象里的接口（例如广播消息接口）没有在请求体中找到 `msg`：字段缺失、名字写错，或者消息内容被直接放在了请求体的顶层。这条消息是在旧版发送消息接口上见到的；广播接口同样要求 `msg`，因此也可能返回它。',
        en: 'An endpoint that takes the message content inside a `msg` object (the broadcast endpoints, for instance) found no `msg` in the body: the field is missing, misspelled, or the content was put at the top level of the body. This message was seen on an older send endpoint; the broadcast endpoints also require `msg`, so they may return it too.',
      },
      situations: [
        {
          zh: '发在线用户广播时把 `type` 和 `msg` 直接写在请求体顶层，没有包进 `msg` 对象。',
          en: 'You broadcast to online users with `type` and `msg` at the top level of the body instead of inside a `msg` object.',
        },
        {
          zh: '照搬单聊发消息的请求体去调聊天室全局广播，内容放在 `body` 而不是 `msg` 里。',
          en: 'You reuse a one-to-one send body for the chat room broadcast, so the content sits in `body` rather than `msg`.',
        },
        {
          zh: '老项目还在调旧版发送消息接口，请求体里漏了 `msg` 对象。',
          en: 'An old project still calls the legacy send endpoint, and its body lacks the `msg` object.',
        },
      ],
      fix: {
        zh: '按接口文档把消息放进 `msg` 对象，例如 `"msg": {"type": "txt", "msg": "hello"}`，再重试。',
        en: 'Put the message inside a `msg` object as the endpoint reference shows, such as `"msg": {"type": "txt", "msg": "hello"}`, and retry.',
      },
      related: ['400-message-send-error-param-body-cant-empty'],
    },
  ],
};
