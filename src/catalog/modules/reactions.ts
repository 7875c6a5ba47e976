/**
 * How to add an error to this module (reactions); CONTRIBUTING.md walks through it in full.
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
 * 5. Check: `npm run check-catalog -- --only reactions`, `npx tsc --noEmit`, `npm run test:unit`.
 */
import {DOCUMENTS} from '../documents';
import type {CatalogModule} from '../types';

export const reactionsModule: CatalogModule = {
  id: 'reactions',
  title: {
    zh: '消息表情回复',
    en: 'Reactions',
  },
  summary: {
    zh: '表情回复（Reaction）接口返回的错误：对单聊或群聊消息添加和删除 Reaction，按消息 ID 获取 Reaction，以及按消息 ID 和表情 ID 分页获取 Reaction 详情。',
    en: 'Errors returned by the reaction endpoints: adding and deleting a reaction on a one-to-one or group message, getting reactions by message ID, and paging through the users of one reaction by message ID and emoji ID.',
  },
  // The docs' error tables of this module list no App Token error; the reference follows them.
  appTokenErrors: false,
  sections: [
    {
      id: 'reactions',
      title: {
        zh: '表情回复（Reaction）',
        en: 'Reactions',
      },
      intro: {
        zh: '这些接口需要 App 已开通 Reaction 功能。路径中的 `{userId}` 是代为操作的用户；每条消息默认最多 20 个不同的 Reaction。',
        en: 'These endpoints need reactions to be activated for the app. The `{userId}` in the path is the user acted for; each message can carry at most 20 different reactions by default.',
      },
    },
  ],
  endpoints: [
    {
      id: 'reactions.add',
      method: 'POST',
      path: '/app-id/{app_id}/reaction/user/{userId}',
      title: {
        zh: '创建/追加 Reaction',
        en: 'Add a reaction',
      },
      section: 'reactions',
      errors: [
        {error: '400-bad-request-appkey-not-open-reaction-service'},
        {error: '400-bad-request-quantity-exceeded-limit'},
        {
          error: '400-bad-request-user-operation-illegal',
          note: {
            zh: '添加时，这表示 `{userId}` 不是这条消息所在会话的参与者：单聊中不是收发双方之一，群聊中不是群成员。',
            en: "When adding, it means `{userId}` is not a participant in the message's conversation: neither sender nor recipient in a one-to-one chat, or not a member of the group.",
          },
        },
        {error: '400-bad-request-user-already-operation-message'},
      ],
    },
    {
      id: 'reactions.get-by-message',
      method: 'GET',
      path: '/app-id/{app_id}/reaction/user/{userId}?msgIdList={N,M}&msgType={msgType}&groupId={groupId}',
      title: {
        zh: '根据消息 ID 获取 Reaction',
        en: 'Get reactions by message ID',
      },
      section: 'reactions',
      errors: [
        {error: '400-bad-request-msgidlist-exceeds-maximum-number-limit'},
        {error: '400-bad-request-groupid-can-not-null'},
      ],
    },
    {
      id: 'reactions.delete',
      method: 'DELETE',
      path: '/app-id/{app_id}/reaction/user/{userId}?msgId={msgId}&message={message}',
      title: {
        zh: '删除 Reaction',
        en: 'Delete a reaction',
      },
      section: 'reactions',
      errors: [
        {
          error: '400-bad-request-user-operation-illegal',
          note: {
            zh: '删除时，这表示 `{userId}` 并没有在这条消息上添加过由 `message` 指定的 Reaction，用户只能删除自己添加的 Reaction。',
            en: 'When deleting, it means `{userId}` never added the reaction named by `message` to this message; a user can only delete reactions they added.',
          },
        },
        {error: '400-bad-request-appkey-not-open-reaction-service'},
      ],
    },
    {
      id: 'reactions.get-detail',
      method: 'GET',
      path: '/app-id/{app_id}/reaction/user/{userId}/detail?msgId={msgId}&message={message}&limit={limit}&cursor={cursor}',
      title: {
        zh: '根据消息 ID 和表情 ID 获取 Reaction 信息',
        en: "Get a reaction's details by message ID and emoji ID",
      },
      section: 'reactions',
      errors: [{error: '400-bad-request-limit-exceeds-maximum-quantity-limit'}],
    },
  ],
  entries: [
    {
      id: '400-bad-request-appkey-not-open-reaction-service',
      status: 400,
      type: 'Bad Request',
      message: 'this appKey is not open reaction service!',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangReaction, line: 127}],
      summary: {
        zh: 'App 没有开通表情回复（Reaction）功能。',
        en: 'Reactions are not activated for the app.',
      },
      cause: {
        zh: '调用了添加或删除 Reaction 的接口，但这个 App 还没有开通 Reaction 功能，或者当前套餐不包含它。',
        en: "An endpoint that adds or deletes reactions was called, but reactions are not activated for this app, or its plan doesn't include them.",
      },
      situations: [
        {
          zh: '新建的测试 App 刚接入消息点表情，还没去控制台开通 Reaction 就调了添加接口。',
          en: 'You wire up message reactions on a freshly created test app and call the add endpoint before turning reactions on in the console.',
        },
        {
          zh: '只在测试环境的 App 上开通了 Reaction，切到生产 App 后删除表情就报错。',
          en: 'Reactions were activated only on the staging app, so deleting a reaction fails once you point the code at the production app.',
        },
        {
          zh: '套餐降级以后，原来一直能给消息加表情的服务器脚本开始失败。',
          en: 'After the plan was downgraded, the server script that always added reactions to messages starts failing.',
        },
      ],
      fix: {
        zh: '在控制台为这个 App 开通 Reaction 功能；如果控制台提示当前套餐不支持，需要先升级套餐。开通后原请求即可成功，在此之前重试没有意义。',
        en: "Activate reactions for this app in the console; if the console says your plan doesn't support them, upgrade the plan first. The same request then succeeds; retrying before that won't help.",
      },
    },
    {
      id: '400-bad-request-quantity-exceeded-limit',
      status: 400,
      type: 'Bad Request',
      message: 'The quantity has exceeded the limit!',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangReaction, line: 128}],
      summary: {
        zh: '这条消息上的 Reaction 种类已达上限（默认 20 个）。',
        en: 'This message already has the maximum number of reactions (20 by default).',
      },
      cause: {
        zh: '每条消息默认最多能有 20 个不同的 Reaction（不同的表情 ID）。这条消息已经达到上限，本次请求又要添加一个新的表情 ID。多个用户添加同一个表情只算 1 个。',
        en: 'Each message can carry at most 20 different reactions (distinct emoji IDs) by default. This message is at the limit and the request tries to add a new emoji ID. Several users adding the same emoji count as one.',
      },
      situations: [
        {
          zh: '群里一条热门通知已经挂了 20 种不同表情，又有成员点了一个新表情。',
          en: 'A popular group announcement already carries 20 different emojis and a member taps yet another new one.',
        },
        {
          zh: '压测脚本给同一条消息依次添加 `emoji_1` 到 `emoji_30`，加到第 21 个时开始失败。',
          en: 'A load-test script adds `emoji_1` to `emoji_30` to one message and starts failing at the 21st.',
        },
        {
          zh: '客户端允许用户用自定义贴纸回复，每张贴纸都是不同的表情 ID，一条消息很快就被占满。',
          en: 'Your app lets users react with custom stickers, each its own emoji ID, so a single message fills up quickly.',
        },
      ],
      fix: {
        zh: '改为追加这条消息上已有的表情，或者在客户端提示用户该消息的表情已满。确实需要更高的上限时，联系商务调整。',
        en: 'Add one of the emojis the message already has instead, or tell the user in your app that the message is full. If you really need a higher limit, contact sales.',
      },
    },
    {
      id: '400-bad-request-user-operation-illegal',
      status: 400,
      type: 'Bad Request',
      message: 'the user operation is illegal!',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangReaction, line: 129}],
      summary: {
        zh: '这个用户无权对这条消息的 Reaction 执行该操作。',
        en: 'This user may not perform this reaction operation on the message.',
      },
      cause: {
        zh: '路径中的 `{userId}` 与要操作的消息或 Reaction 不匹配，服务器拒绝以这个用户的身份执行本次操作。添加和删除时的具体原因不同，见各接口下的说明。',
        en: "The `{userId}` in the path doesn't fit the message or reaction being acted on, so the server refuses to act as this user. The exact reason differs between adding and deleting; see the note under each endpoint.",
      },
      situations: [
        {
          zh: '拿一条群消息的 `msgId`，替一个已经退群的用户添加 Reaction。',
          en: 'You add a reaction to a group message on behalf of a user who has already left the group.',
        },
        {
          zh: '给单聊消息加表情时，`{userId}` 填的是后台管理员账号，而不是收发双方之一。',
          en: 'On a one-to-one message, you put an admin account in `{userId}` instead of the sender or the recipient.',
        },
        {
          zh: '删除表情时 `{userId}` 传了消息发送者，但这个表情其实是对方点的。',
          en: 'To remove a reaction you pass the message sender as `{userId}`, although the other party added it.',
        },
        {
          zh: '删除接口的 `message` 传了一个该用户在这条消息上从没点过的表情 ID。',
          en: 'The delete request names in `message` an emoji ID that this user never added to the message.',
        },
      ],
      fix: {
        zh: '核对 `{userId}`、`msgId` 和 `message`（表情 ID）：添加时使用会话中的用户，群聊中确认该用户仍是群成员；删除时使用当初添加这个 Reaction 的用户。可以先用获取 Reaction 的接口看返回的 `state` 判断当前用户是否添加过。',
        en: 'Check `{userId}`, `msgId` and `message` (the emoji ID). To add, use a user in the conversation, and in a group make sure they are still a member. To delete, use the user who added the reaction. The `state` field returned by the get endpoints tells you whether the user has added it.',
      },
      related: ['400-bad-request-user-already-operation-message'],
    },
    {
      id: '400-bad-request-user-already-operation-message',
      status: 400,
      type: 'Bad Request',
      message: 'the user is already operation this message',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangReaction, line: 130}],
      summary: {
        zh: '这个用户已经在这条消息上添加过同一个 Reaction。',
        en: 'This user has already added the same reaction to this message.',
      },
      cause: {
        zh: '`{userId}` 之前已经对 `msgId` 这条消息添加过表情 ID 为 `message` 的 Reaction，同一个用户不能重复添加同一个表情。',
        en: "`{userId}` has already added the reaction with emoji ID `message` to message `msgId`, and a user can't add the same emoji twice.",
      },
      situations: [
        {
          zh: '用户双击了同一个表情，客户端连着发出两次添加请求。',
          en: 'A user double-taps an emoji and your client sends the add request twice in a row.',
        },
        {
          zh: '网关超时后服务器自动重试添加 Reaction，其实第一次已经成功了。',
          en: 'After a gateway timeout your server retries adding the reaction, but the first attempt had already gone through.',
        },
        {
          zh: '已点亮的表情再点一次本该取消，代码里却还是调用了添加接口。',
          en: 'Tapping an already highlighted emoji should remove it, but your code still calls the add endpoint.',
        },
      ],
      fix: {
        zh: '把这个错误视为“已经添加”，不必重试。如果你的交互是点一下添加、再点一下取消，第二次请改为调用删除 Reaction 接口；也可以先查 `state` 再决定调用哪个接口。',
        en: 'Treat this error as "already added"; there is nothing to retry. If tapping an emoji a second time should remove it, call the delete endpoint instead, or check `state` first to decide which endpoint to call.',
      },
      related: ['400-bad-request-user-operation-illegal'],
    },
    {
      id: '400-bad-request-msgidlist-exceeds-maximum-number-limit',
      status: 400,
      type: 'Bad Request',
      message: 'msgIdList exceeds the maximum number limit',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangReaction, line: 242}],
      summary: {
        zh: '一次查询的消息 ID 超过 20 个。',
        en: 'More than 20 message IDs in one query.',
      },
      cause: {
        zh: '根据消息 ID 获取 Reaction 时，查询参数 `msgIdList` 中的消息 ID 超过了每次 20 个的上限。',
        en: 'The `msgIdList` query parameter of the get-reactions request holds more than the 20 message IDs allowed per call.',
      },
      situations: [
        {
          zh: '打开会话拉了一页历史消息后，把所有消息 ID 一次性塞进 `msgIdList` 查表情。',
          en: 'After loading a page of history on opening a chat, you put every message ID into one `msgIdList`.',
        },
        {
          zh: '统计报表任务把一个会话的全部消息 ID 拼在一个请求里查 Reaction。',
          en: 'A reporting job packs every message ID of a conversation into a single get-reactions request.',
        },
        {
          zh: '分批查询的批大小在配置里写成了 100，第一批就被拒绝。',
          en: 'Your batching code has its batch size configured as 100, so the very first batch is rejected.',
        },
      ],
      fix: {
        zh: '把消息 ID 拆成每组最多 20 个，分多次请求后合并结果。例如在客户端只为当前屏幕上可见的消息拉取 Reaction。',
        en: 'Split the message IDs into groups of at most 20, send one request per group and merge the results. For example, fetch reactions only for the messages currently visible on screen.',
      },
    },
    {
      id: '400-bad-request-groupid-can-not-null',
      status: 400,
      type: 'Bad Request',
      message: 'groupId can not be null!',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangReaction, line: 243}],
      summary: {
        zh: '查询群聊消息的 Reaction 时缺少群组 ID `groupId`。',
        en: '`groupId` is missing when getting reactions of group messages.',
      },
      cause: {
        zh: '查询参数 `msgType` 为 `groupchat`，但没有传 `groupId`，或者传了空值或字符串 `null`。单聊（`chat`）不需要这个参数，群聊则必须提供。',
        en: "The `msgType` query parameter is `groupchat`, but `groupId` is missing, empty or the string `null`. One-to-one chats (`chat`) don't need it, group chats do.",
      },
      situations: [
        {
          zh: '查群消息的表情时带了 `msgType=groupchat`，却忘了拼 `groupId` 参数。',
          en: 'You query reactions of group messages with `msgType=groupchat` but forget to append `groupId`.',
        },
        {
          zh: '群 ID 变量没取到值，URL 里变成了 `groupId=` 或 `groupId=null`。',
          en: 'The group ID variable was never set, so the URL ends up with `groupId=` or `groupId=null`.',
        },
        {
          zh: '单聊和群聊共用一段查询代码，单聊消息也被标成了 `groupchat`。',
          en: 'One query path serves both chat types and labels one-to-one messages as `groupchat` too.',
        },
      ],
      fix: {
        zh: '查询群聊消息时，在查询参数中加上这些消息所属群组的 ID，例如 `&groupId=216482239234049`。如果要查的是单聊消息，请把 `msgType` 改为 `chat`。',
        en: 'For group messages, add the ID of the group they belong to, for example `&groupId=216482239234049`. If the messages are one-to-one, set `msgType` to `chat` instead.',
      },
    },
    {
      id: '400-bad-request-limit-exceeds-maximum-quantity-limit',
      status: 400,
      type: 'Bad Request',
      message: 'Limit exceeds the maximum quantity limit',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangReaction, line: 417}],
      summary: {
        zh: '分页参数 `limit` 超过了每页 50 个用户的上限。',
        en: 'The page size `limit` is above the maximum of 50 users.',
      },
      cause: {
        zh: '获取 Reaction 详情时，查询参数 `limit`（每页返回的用户数）的取值范围是 1 到 50，本次请求传入的值大于 50。',
        en: "When getting a reaction's details, the `limit` query parameter (users per page) must be between 1 and 50, and this request passed a larger value.",
      },
      situations: [
        {
          zh: '想一次列出所有点了某个表情的人，把 `limit` 设成了 100。',
          en: 'To list everyone who used an emoji in one go, you set `limit` to 100.',
        },
        {
          zh: '沿用了其他列表接口的分页配置，给 Reaction 详情接口传了 `limit=200`。',
          en: 'You reuse the page size of another list API and send `limit=200` to the reaction details endpoint.',
        },
      ],
      fix: {
        zh: '把 `limit` 设为 1 到 50 之间的值，或者不传（默认 50）。要获取更多用户，用响应中返回的 `cursor` 作为下一次请求的 `cursor` 继续翻页。',
        en: 'Set `limit` between 1 and 50, or leave it out (the default is 50). To get more users, pass the `cursor` from the response as `cursor` in the next request and keep paging.',
      },
    },
  ],
};
