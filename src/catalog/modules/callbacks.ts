/**
 * How to add an error to this module (callbacks); CONTRIBUTING.md walks through it in full.
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
 * 5. Check: `npm run check-catalog -- --only callbacks`, `npx tsc --noEmit`, `npm run test:unit`.
 */
import type {CatalogModule} from '../types';

export const callbacksModule: CatalogModule = {
  id: 'callbacks',
  title: {
    zh: '消息回调',
    en: 'Message callbacks',
  },
  summary: {
    zh: '回调存储相关 REST 接口返回的错误：查询发送后回调失败时存储的消息，以及按存储集合补发回调。',
    en: 'Errors returned by the callback storage REST endpoints: querying the messages stored when post-send callbacks fail, and resending callbacks from that storage.',
  },
  // The docs' error tables of this module list no App Token error; the reference follows them.
  appTokenErrors: false,
  sections: [
    {
      id: 'storage-info',
      title: {
        zh: '查询回调存储详情',
        en: 'Query callback storage',
      },
      intro: {
        zh: '回调存储需联系商务开通。发送后回调因连接超时、响应超时或回调规则被封禁等原因失败时，消息和事件会按每 10 分钟一个 date key 存储，默认保留 3 天，需要及时补发。',
        en: 'Callback storage has to be enabled by contacting sales. When a post-send callback fails (connection or response timeout, a blocked callback rule, and so on), the messages and events are stored under one date key per 10 minutes and kept for 3 days by default, so resend them promptly.',
      },
    },
    {
      id: 'storage-retry',
      title: {
        zh: '补发回调存储信息',
        en: 'Resend stored callbacks',
      },
      intro: {
        zh: '上游文档只为回调存储接口给出了通用的 HTTP 状态码，没有具体的错误消息。同一个 date key 的补发次数建议控制在 10 次以内。',
        en: 'The upstream documentation gives only generic HTTP status codes for the callback storage endpoints, with no specific error messages. Keep resends of the same date key to 10 or fewer.',
      },
    },
  ],
  endpoints: [
    {
      id: 'callbacks.get-storage-info',
      method: 'GET',
      path: '/app-id/{app_id}/callbacks/storage/info',
      title: {
        zh: '查询回调存储详情',
        en: 'Query callback storage details',
      },
      section: 'storage-info',
      errors: [],
    },
    {
      id: 'callbacks.retry-storage',
      method: 'POST',
      path: '/app-id/{app_id}/callbacks/storage/retry',
      title: {
        zh: '补发回调存储信息',
        en: 'Resend stored callbacks',
      },
      section: 'storage-retry',
      errors: [
        {
          error: 'http-400',
          note: {
            zh: '这里通常是请求体有误：`date` 必须是查询回调存储详情时返回的某个 10 分钟 date key（如 `202108272230`），`retry` 为整数，`targetUrl` 若传入须为有效的回调地址。',
            en: 'Here it usually means the request body is wrong: `date` must be one of the 10-minute date keys returned by the storage query (such as `202108272230`), `retry` must be an integer, and `targetUrl`, if given, must be a valid callback URL.',
          },
        },
        {error: 'http-401'},
        {
          error: 'http-403',
          note: {
            zh: '这里的 403 通常表示回调存储功能尚未开通，或所用 Token 不是 App Token；联系商务开通该功能。',
            en: 'Here a 403 usually means callback storage is not enabled for the app, or the token is not an App Token; contact sales to enable the feature.',
          },
        },
        {error: 'http-429'},
        {error: 'http-500'},
      ],
    },
  ],
  entries: [],
};
