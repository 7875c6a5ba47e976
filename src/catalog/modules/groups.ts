/**
 * How to add an error to this module (groups); CONTRIBUTING.md walks through it in full.
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
 * 5. Check: `npm run check-catalog -- --only groups`, `npx tsc --noEmit`, `npm run test:unit`.
 */
import {DOCUMENTS} from '../documents';
import type {CatalogModule} from '../types';

export const groupsModule: CatalogModule = {
  id: 'groups',
  title: {
    zh: '群组',
    en: 'Chat groups',
  },
  summary: {
    zh: '群组相关 REST API 返回的错误：创建、修改、封禁和解散群组，群成员、群主与群管理员，白名单、黑名单与禁言，群成员自定义属性，群公告与共享文件，以及子区。',
    en: 'Errors returned by the chat group REST APIs: creating, updating, disabling and dissolving groups; members, the group owner and group admins; allowlist, blocklist and mute; group member custom attributes; announcements and shared files; and threads.',
  },
  sections: [
    {
      id: 'group-manage',
      title: {
        zh: '群组管理',
        en: 'Manage chat groups',
      },
    },
    {
      id: 'group-member-obtain',
      title: {
        zh: '获取群组成员列表',
        en: 'List group members',
      },
    },
    {
      id: 'group-member-add-delete',
      title: {
        zh: '添加/移除群组成员',
        en: 'Add and remove group members',
      },
      intro: {
        zh: '批量添加和批量移除每次最多 60 个用户；群主不能被移出群组。',
        en: 'Batch add and batch remove accept at most 60 users per call; the group owner cannot be removed from the group.',
      },
    },
    {
      id: 'group-member-admin',
      title: {
        zh: '群主和群管理员',
        en: 'Group owner and group admins',
      },
      intro: {
        zh: '群组只能转让给现有成员；每个群组最多 99 个群管理员。',
        en: 'A group can only be transferred to an existing member; a group can have at most 99 group admins.',
      },
    },
    {
      id: 'group-member-allowlist',
      title: {
        zh: '群组白名单管理',
        en: 'Group allowlist',
      },
      intro: {
        zh: '白名单中的成员在全员禁言期间仍可发言。只能把本群成员加入白名单，批量添加或移除每次最多 60 个用户。',
        en: 'Allowlisted members can still post while the whole group is muted. Only members of the group can be allowlisted, and batch add or remove handles at most 60 users per call.',
      },
    },
    {
      id: 'group-member-blocklist',
      title: {
        zh: '群组黑名单管理',
        en: 'Group blocklist',
      },
      intro: {
        zh: '黑名单中的用户看不到群组信息，也收不到群消息，想重新入群需先移出黑名单。群主不能加入黑名单；批量操作每次最多 60 个用户。',
        en: 'Blocklisted users cannot see the group or receive its messages, and must be taken off the blocklist before they can rejoin. The group owner cannot be blocklisted; batch calls handle at most 60 users.',
      },
    },
    {
      id: 'group-member-mutelist',
      title: {
        zh: '群成员禁言管理',
        en: 'Mute group members',
      },
      intro: {
        zh: '禁言和解除禁言每次最多 60 个成员，群主不能被禁言。全员禁言期间只有白名单中的成员可以发言。',
        en: 'Mute and unmute handle at most 60 members per call, and the group owner cannot be muted. While the whole group is muted, only allowlisted members can post.',
      },
    },
    {
      id: 'group-member-attribute',
      title: {
        zh: '群成员自定义属性',
        en: 'Group member custom attributes',
      },
      intro: {
        zh: '这些接口的调用上限为每个 App ID 每秒 100 次。单个 key 不超过 16 字节，单个 value 不超过 512 字节，单个群成员的全部属性合计不超过 4 KB。',
        en: 'These endpoints are limited to 100 calls per second per App ID. Each key may be up to 16 bytes, each value up to 512 bytes, and all attributes of one member together up to 4 KB.',
      },
    },
    {
      id: 'group-file',
      title: {
        zh: '群公告和群共享文件',
        en: 'Group announcements and shared files',
      },
      intro: {
        zh: '群公告最长 512 个字符；每个共享文件不超过 10 MB。',
        en: 'An announcement can be up to 512 characters; each shared file can be up to 10 MB.',
      },
    },
    {
      id: 'group-thread',
      title: {
        zh: '子区管理',
        en: 'Threads',
      },
      intro: {
        zh: '子区功能开通后才能调用这些接口。单个 App 默认最多 10 万个子区，单个用户默认最多加入 10 万个子区。',
        en: 'The thread feature must be enabled before these endpoints work. By default an app can have up to 100,000 threads, and a user can join up to 100,000 threads.',
      },
    },
  ],
  endpoints: [
    {
      id: 'groups.create',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups',
      title: {
        zh: '创建群组',
        en: 'Create a chat group',
      },
      section: 'group-manage',
      errors: [
        {
          error: '400-invalid-parameter-must-provided',
          note: {
            zh: '创建群组时必填 `owner` 和 `public`；缺少 `public` 时返回的是另一条错误 `group must contain public field!`。',
            en: 'Creating a group requires `owner` and `public`; a missing `public` produces the separate error `group must contain public field!`.',
          },
        },
        {error: '400-invalid-parameter-avatar-length-too-big'},
        {error: '400-invalid-parameter-group-must-contain-public-field'},
        {error: '400-illegal-argument-group-id-already-exists'},
        {
          error: '403-exceed-limit-user-joined-too-many-groups',
          note: {
            zh: '达到上限的可能是 `owner`，也可能是 `members` 中的某个用户，以消息中的用户 ID 为准。',
            en: 'The user at the limit may be the `owner` or anyone in `members`; the message tells you which user ID.',
          },
        },
        {
          error: '403-exceed-limit-members-size-greater-than-max',
          note: {
            zh: '`members` 数组的人数不能超过 `maxusers`（包括群主，默认 200），`maxusers` 本身也不能超过套餐允许的上限。',
            en: "The number of users in `members` may not exceed `maxusers` (which counts the owner and defaults to 200), and `maxusers` itself may not exceed your plan's limit.",
          },
        },
        {error: '403-group-name-violation-change'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '`owner` 或 `members` 中有尚未注册的用户 ID；先注册这些用户，或把他们从请求体中去掉。',
            en: 'The `owner` or someone in `members` is not a registered user; register them first or take them out of the request body.',
          },
        },
        {error: '401-group-authorization-token-blank'},
        {error: '401-group-authorization-token-bad-has-expired'},
        {error: '403-exceed-limit-appkey-create-too-many-groups'},
      ],
    },
    {
      id: 'groups.disable',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/disable',
      title: {
        zh: '封禁群组',
        en: 'Disable a chat group',
      },
      section: 'group-manage',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'groups.enable',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/enable',
      title: {
        zh: '解禁群组',
        en: 'Enable a disabled chat group',
      },
      section: 'group-manage',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'groups.update',
      method: 'PUT',
      path: '/app-id/{app_id}/chatgroups/{group_id}',
      title: {
        zh: '修改群组信息',
        en: 'Update chat group details',
      },
      section: 'group-manage',
      errors: [
        {error: '403-group-name-violation-change'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {error: '400-invalid-parameter-some-groupid-not-valid-fields'},
      ],
    },
    {
      id: 'groups.list',
      method: 'GET',
      path: '/app-id/{app_id}/chatgroups?limit={N}&cursor={cursor}',
      title: {
        zh: '获取 App 中的群组',
        en: 'List chat groups in the app',
      },
      section: 'group-manage',
      errors: [
        {
          error: '404-resource-not-found-grpid-does-not-exist',
          note: {
            zh: '这个接口的请求里没有群组 ID，上游表格中的这一行很可能是从其他接口复制过来的。如果确实遇到，请确认路径没有多余的段，并且 `cursor` 原样取自上一页的响应。',
            en: 'This endpoint takes no group ID, so this upstream row was probably copied from another endpoint. If you do get it, check that the path has no extra segment and that `cursor` is passed exactly as returned by the previous page.',
          },
        },
      ],
    },
    {
      id: 'groups.list-user-groups',
      method: 'GET',
      path: '/app-id/{app_id}/chatgroups/user/{username}?pagesize={}&pagenum={}',
      title: {
        zh: '获取单个用户加入的所有群组',
        en: 'List the groups a user has joined',
      },
      section: 'group-manage',
      errors: [],
    },
    {
      id: 'groups.check-user-joined',
      method: 'GET',
      path: '/app-id/{app_id}/chatgroups/{group_id}/user/{username}/is_joined',
      title: {
        zh: '查看指定用户是否已加入群组',
        en: 'Check whether a user has joined a group',
      },
      section: 'group-manage',
      errors: [],
    },
    {
      id: 'groups.get-details',
      method: 'GET',
      path: '/app-id/{app_id}/chatgroups/{group_id}',
      title: {
        zh: '获取群组详情',
        en: 'Get chat group details',
      },
      section: 'group-manage',
      errors: [
        {
          error: '404-resource-not-found-grpid-does-not-exist',
          note: {
            zh: '`group_id` 可以是最多 100 个以英文逗号分隔的群组 ID；传入多个 ID 时，不存在的群组会在响应数据中单独标出，其余群组照常返回。',
            en: '`group_id` may hold up to 100 comma-separated group IDs; when you pass several, missing groups are flagged individually in the response data and the others are returned normally.',
          },
        },
        {error: '401-group-authorization-token-bad-has-expired'},
        {
          error: '200-group-id-doesnt-exist',
          note: {
            zh: '一次查询多个群组时，不存在的群组在结果中换成这句话，HTTP 状态码仍为 200。',
            en: 'When several groups are requested, a missing one is replaced by this text in the result; the HTTP status is still 200.',
          },
        },
      ],
    },
    {
      id: 'groups.dissolve',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatgroups/{group_id}',
      title: {
        zh: '解散群组',
        en: 'Dissolve a chat group',
      },
      section: 'group-manage',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'groups.list-members',
      method: 'GET',
      path: '/app-id/{app_id}/chatgroups/{group_id}/users?pagenum={N}&pagesize={N}&joined_time={true/false}',
      title: {
        zh: '分页获取群成员列表',
        en: 'List group members (paginated)',
      },
      section: 'group-member-obtain',
      errors: [{error: '404-service-resource-not-found-do-not-find-group'}],
    },
    {
      id: 'groups.add-member-single',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/users/{username}',
      title: {
        zh: '添加单个群组成员',
        en: 'Add a single group member',
      },
      section: 'group-member-add-delete',
      errors: [
        {error: '403-forbidden-op-can-not-join-group-reason-user-already-in-group-n'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '路径中的 `username` 不是已注册的用户。',
            en: 'The `username` in the path is not a registered user.',
          },
        },
        {error: '403-exceed-limit-user-joined-too-many-groups'},
      ],
    },
    {
      id: 'groups.add-member-batch',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/users',
      title: {
        zh: '批量添加群组成员',
        en: 'Add group members in batch',
      },
      section: 'group-member-add-delete',
      errors: [
        {error: '403-forbidden-op-can-not-join-group-reason-user-already-in-group-n'},
        {error: '403-exceed-limit-user-joined-too-many-groups'},
        {
          error: '403-exceed-limit-members-size-greater-than-max',
          note: {
            zh: '请求体 `usernames` 每次最多 60 个用户 ID；加入后群组人数若会超过 `maxusers`，也会返回这个错误。',
            en: 'The `usernames` array in the request body may hold at most 60 user IDs per call; the error also appears when the new members would push the group past `maxusers`.',
          },
        },
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '`usernames` 中至少有一个用户 ID 尚未注册。',
            en: 'At least one user ID in `usernames` is not a registered user.',
          },
        },
        {error: '400-illegal-argument-group-member-doesnt-exist'},
      ],
    },
    {
      id: 'groups.remove-member-single',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatgroups/{group_id}/users/{username}',
      title: {
        zh: '移除单个群组成员',
        en: 'Remove a single group member',
      },
      section: 'group-member-add-delete',
      errors: [
        {error: '403-forbidden-op-users-not-members-group'},
        {error: '403-forbidden-op-operation-on-group-owner'},
        {
          error: '403-exceed-limit-user-joined-too-many-groups',
          note: {
            zh: '移除成员不会增加任何用户加入的群组数，上游表格把这条错误列在此接口下很可能是误植（复制自添加成员接口）。如果确实遇到，请保存完整的请求和响应并联系技术支持。',
            en: "Removing a member cannot increase anyone's group count, so this upstream row is most likely misplaced (copied from the add member endpoints). If you do get it, keep the full request and response and contact support.",
          },
        },
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'groups.remove-member-batch',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatgroups/{group_id}/users/{members}',
      title: {
        zh: '批量移除群组成员',
        en: 'Remove group members in batch',
      },
      section: 'group-member-add-delete',
      errors: [
        {error: '403-forbidden-op-users-not-members-group'},
        {error: '403-forbidden-op-operation-on-group-owner'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '400-invalid-parameter-kickmember-kickmembers-number-more-than',
          note: {
            zh: '这里的上限针对路径参数 `members`：每次最多 60 个以英文逗号分隔的用户 ID，且整个 URL 不宜超过 4 KB。',
            en: 'Here the limit applies to the `members` path parameter: at most 60 comma-separated user IDs per call, with the whole URL kept under 4 KB.',
          },
        },
        {
          error: '200-user-doesnt-exist',
          note: {
            zh: '结果在响应的 `data[].reason` 中，HTTP 状态码仍为 200。',
            en: 'The result is in `data[].reason` of the response; the HTTP status is still 200.',
          },
        },
      ],
    },
    {
      id: 'groups.transfer-owner',
      method: 'PUT',
      path: '/app-id/{app_id}/chatgroups/{group_id}',
      title: {
        zh: '转让群组',
        en: 'Transfer group ownership',
      },
      section: 'group-member-admin',
      errors: [
        {error: '403-forbidden-op-user-doesnt-exist-in-group'},
        {error: '403-forbidden-op-new-owner-old-owner-same'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'groups.list-admins',
      method: 'GET',
      path: '/app-id/{app_id}/chatgroups/{group_id}/admin',
      title: {
        zh: '获取群管理员列表',
        en: 'List group admins',
      },
      section: 'group-member-admin',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'groups.add-admin',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/admin',
      title: {
        zh: '添加群管理员',
        en: 'Add a group admin',
      },
      section: 'group-member-admin',
      errors: [
        {error: '404-resource-not-found-user-doesnt-exist-in-group'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'groups.remove-admin',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatgroups/{group_id}/admin/{username}',
      title: {
        zh: '移除群管理员',
        en: 'Remove a group admin',
      },
      section: 'group-member-admin',
      errors: [
        {error: '403-forbidden-op-user-not-admin-group'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'groups.get-allowlist',
      method: 'GET',
      path: '/app-id/{app_id}/chatgroups/{group_id}/white/users',
      title: {
        zh: '查询群组白名单',
        en: 'Get the group allowlist',
      },
      section: 'group-member-allowlist',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'groups.add-allowlist-single',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/white/users/{username}',
      title: {
        zh: '添加单个用户至群组白名单',
        en: 'Add a single user to the group allowlist',
      },
      section: 'group-member-allowlist',
      errors: [
        {error: '403-forbidden-op-users-not-members-group'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'groups.add-allowlist-batch',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/white/users',
      title: {
        zh: '批量添加用户至群组白名单',
        en: 'Add users to the group allowlist in batch',
      },
      section: 'group-member-allowlist',
      errors: [
        {error: '400-invalid-parameter-usernames-size-more-than-max'},
        {error: '403-forbidden-op-users-not-members-group'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'groups.remove-allowlist',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatgroups/{group_id}/white/users/{username}',
      title: {
        zh: '从群组白名单移除用户',
        en: 'Remove users from the group allowlist',
      },
      section: 'group-member-allowlist',
      errors: [
        {error: '400-invalid-parameter-removewhitelist-size-more-than-max'},
        {
          error: '403-forbidden-op-users-not-members-group',
          note: {
            zh: '在这里表示要移出白名单的用户不在群组中（因此也不会在白名单里）；可以先调用查询群组白名单接口核对。',
            en: 'Here it means the users to take off the allowlist are not in the group (so they cannot be on its allowlist); check with the get allowlist endpoint first.',
          },
        },
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'groups.get-blocklist',
      method: 'GET',
      path: '/app-id/{app_id}/chatgroups/{group_id}/blocks/users',
      title: {
        zh: '查询群组黑名单',
        en: 'Get the group blocklist',
      },
      section: 'group-member-blocklist',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'groups.add-blocklist-single',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/blocks/users/{username}',
      title: {
        zh: '添加单个用户至群组黑名单',
        en: 'Add a single user to the group blocklist',
      },
      section: 'group-member-blocklist',
      errors: [
        {error: '403-forbidden-op-users-not-members-group'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {error: '403-forbidden-op-operation-on-group-owner'},
      ],
    },
    {
      id: 'groups.add-blocklist-batch',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/blocks/users',
      title: {
        zh: '批量添加用户至群组黑名单',
        en: 'Add users to the group blocklist in batch',
      },
      section: 'group-member-blocklist',
      errors: [
        {error: '400-invalid-parameter-usernames-more-than-max-limit'},
        {error: '403-forbidden-op-users-not-members-group'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '200-user-doesnt-exist-in-group',
          note: {
            zh: '要拉黑的用户不是群成员时，在 `data[].reason` 中给出，HTTP 状态码仍为 200。',
            en: 'A user to block who is not a member is reported in `data[].reason`; the HTTP status is still 200.',
          },
        },
      ],
    },
    {
      id: 'groups.remove-blocklist-single',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatgroups/{group_id}/blocks/users/{username}',
      title: {
        zh: '从群组黑名单移除单个用户',
        en: 'Remove a single user from the group blocklist',
      },
      section: 'group-member-blocklist',
      errors: [
        {
          error: '403-forbidden-op-users-not-members-group',
          note: {
            zh: '被加入黑名单的用户已不在群组中，所以这里通常表示该用户不在本群的黑名单里；先调用查询群组黑名单接口确认用户 ID。',
            en: "Blocklisted users are no longer in the group, so here it usually means the user is not on this group's blocklist; check the user ID with the get blocklist endpoint first.",
          },
        },
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'groups.remove-blocklist-batch',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatgroups/{group_id}/blocks/users/{usernames}',
      title: {
        zh: '从群组黑名单批量移除用户',
        en: 'Remove users from the group blocklist in batch',
      },
      section: 'group-member-blocklist',
      errors: [
        {error: '400-invalid-parameter-removeblacklist-list-size-more-than'},
        {
          error: '403-forbidden-op-users-not-members-group',
          note: {
            zh: '被加入黑名单的用户已不在群组中，所以这里通常表示方括号中的用户不在本群的黑名单里；先调用查询群组黑名单接口，只传入确实在黑名单中的用户 ID。',
            en: "Blocklisted users are no longer in the group, so here it usually means the users in the brackets are not on this group's blocklist; check with the get blocklist endpoint and pass only user IDs that are on it.",
          },
        },
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'groups.get-mute-list',
      method: 'GET',
      path: '/app-id/{app_id}/chatgroups/{group_id}/mute',
      title: {
        zh: '获取禁言列表',
        en: 'Get the group mute list',
      },
      section: 'group-member-mutelist',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'groups.mute-members',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/mute',
      title: {
        zh: '禁言指定群成员',
        en: 'Mute group members',
      },
      section: 'group-member-mutelist',
      errors: [
        {error: '403-forbidden-op-users-not-members-group'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {error: '400-invalid-parameter-usernames-size-more-than-max-limit-60'},
        {error: '403-forbidden-op-operation-on-group-owner'},
        {error: '400-invalid-parameter-users-not-members-group'},
      ],
    },
    {
      id: 'groups.mute-all',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/ban',
      title: {
        zh: '禁言全体群成员',
        en: 'Mute all group members',
      },
      section: 'group-member-mutelist',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'groups.unmute-members',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatgroups/{group_id}/mute/{member1}(,{member2},…)',
      title: {
        zh: '解除成员禁言',
        en: 'Unmute group members',
      },
      section: 'group-member-mutelist',
      errors: [
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {error: '400-invalid-parameter-removemute-member-size-more-than'},
      ],
    },
    {
      id: 'groups.unmute-all',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatgroups/{group_id}/ban',
      title: {
        zh: '解除全员禁言',
        en: 'Unmute all group members',
      },
      section: 'group-member-mutelist',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'groups.set-member-attributes',
      method: 'PUT',
      path: '/app-id/{app_id}/metadata/chatgroup/{group_id}/user/{username}',
      title: {
        zh: '设置群成员自定义属性',
        en: 'Set custom attributes of a group member',
      },
      section: 'group-member-attribute',
      errors: [
        {error: '400-metadata-error-exceeds-chatgroup-user-single-key'},
        {error: '400-metadata-error-exceeds-chatgroup-user-single-value'},
      ],
    },
    {
      id: 'groups.set-member-attributes-batch',
      method: 'PUT',
      path: '/app-id/{app_id}/metadata/chatgroup/{group_id}/users/batch',
      title: {
        zh: '批量设置群成员自定义属性',
        en: 'Set custom attributes of group members in batch',
      },
      section: 'group-member-attribute',
      errors: [
        {error: '400-metadata-error-exceeds-chatgroup-user-single-key'},
        {error: '400-metadata-error-exceeds-chatgroup-user-single-value'},
        {error: '400-metadata-error-some-users-not-in-group'},
        {error: '400-metadata-error-exceeds-chatgroup-batch-put-users'},
        {error: '403-metadata-error-chatgroup-user-service-not-allow'},
        {error: '404-metadata-error-group-not-exists'},
        {error: '409-metadata-error-failed-operate-user-concurrent-operation'},
      ],
    },
    {
      id: 'groups.get-member-attributes',
      method: 'GET',
      path: '/app-id/{app_id}/metadata/chatgroup/{group_id}/user/{username}',
      title: {
        zh: '获取单个群成员的所有自定义属性',
        en: 'Get all custom attributes of a group member',
      },
      section: 'group-member-attribute',
      errors: [{error: '404-metadataexception-user-not-in-group'}],
    },
    {
      id: 'groups.get-member-attributes-by-key',
      method: 'POST',
      path: '/app-id/{app_id}/metadata/chatgroup/{group_id}/get',
      title: {
        zh: '根据属性 key 获取多个群成员的自定义属性',
        en: 'Get custom attributes of group members by key',
      },
      section: 'group-member-attribute',
      errors: [{error: '400-metadata-error-query-param-reaches-limit'}],
    },
    {
      id: 'groups.get-announcement',
      method: 'GET',
      path: '/app-id/{app_id}/chatgroups/{group_id}/announcement',
      title: {
        zh: '获取群组公告',
        en: 'Get the group announcement',
      },
      section: 'group-file',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'groups.update-announcement',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/announcement',
      title: {
        zh: '修改群组公告',
        en: 'Update the group announcement',
      },
      section: 'group-file',
      errors: [
        {error: '400-illegal-argument-announcement-null'},
        {error: '403-group-announce-violation-announcement-change'},
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {error: '403-forbidden-announce-info-length-exceeds-limit'},
      ],
    },
    {
      id: 'groups.list-shared-files',
      method: 'GET',
      path: '/app-id/{app_id}/chatgroups/{group_id}/share_files?pagenum={N}&pagesize={N}',
      title: {
        zh: '获取群组共享文件',
        en: 'List group shared files',
      },
      section: 'group-file',
      errors: [{error: '404-restgroupfeignexception-grpid-does-not-exist'}],
    },
    {
      id: 'groups.upload-shared-file',
      method: 'POST',
      path: '/app-id/{app_id}/chatgroups/{group_id}/share_files',
      title: {
        zh: '上传群组共享文件',
        en: 'Upload a group shared file',
      },
      section: 'group-file',
      errors: [
        {error: '404-restgroupfeignexception-grpid-does-not-exist'},
        {error: '400-illegalargumentexception-file-must-provided'},
      ],
    },
    {
      id: 'groups.download-shared-file',
      method: 'GET',
      path: '/app-id/{app_id}/chatgroups/{group_id}/share_files/{file_id}',
      title: {
        zh: '下载群组共享文件',
        en: 'Download a group shared file',
      },
      section: 'group-file',
      errors: [
        {error: '404-restgroupfeignexception-grpid-does-not-exist'},
        {
          error: '404-not-found-null-for-uri',
          note: {
            zh: '路径中的 `file_id` 不存在时返回这个响应。',
            en: 'Returned when the `file_id` in the path does not exist.',
          },
        },
      ],
    },
    {
      id: 'groups.delete-shared-file',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatgroups/{group_id}/share_files/{file_id}',
      title: {
        zh: '删除群组共享文件',
        en: 'Delete a group shared file',
      },
      section: 'group-file',
      errors: [{error: '404-restgroupfeignexception-grpid-does-not-exist'}],
    },
    {
      id: 'groups.list-threads',
      method: 'GET',
      path: '/app-id/{app_id}/thread?limit={limit}&cursor={cursor}&sort={sort}',
      title: {
        zh: '获取 app 中的子区',
        en: 'List threads in the app',
      },
      section: 'group-thread',
      errors: [{error: '400-group-error-query-param-reaches-limit'}, {error: '403-group-error-thread-not-open'}],
    },
    {
      id: 'groups.list-user-threads',
      method: 'GET',
      path: '/app-id/{app_id}/threads/user/{username}?limit={limit}&cursor={cursor}&sort={sort}',
      title: {
        zh: '获取单个用户加入的所有子区（分页获取）',
        en: 'List all threads a user has joined (paginated)',
      },
      section: 'group-thread',
      errors: [{error: '400-group-error-query-param-reaches-limit'}, {error: '403-group-error-thread-not-open'}],
    },
    {
      id: 'groups.list-user-threads-in-group',
      method: 'GET',
      path: '/app-id/{app_id}/threads/chatgroups/{group_id}/user/{username}?limit={limit}&cursor={cursor}&sort={sort}',
      title: {
        zh: '获取单个用户在指定群组中加入的所有子区',
        en: 'List the threads a user has joined in a group',
      },
      section: 'group-thread',
      errors: [{error: '400-group-error-query-param-reaches-limit'}, {error: '403-group-error-thread-not-open'}],
    },
    {
      id: 'groups.create-thread',
      method: 'POST',
      path: '/app-id/{app_id}/thread',
      title: {
        zh: '创建子区',
        en: 'Create a thread',
      },
      section: 'group-thread',
      errors: [
        {error: '400-group-error-thread-must-on-message-create'},
        {error: '400-group-error-thread-name-limit-reached'},
        {error: '400-param-illegal-failed-read-http-message'},
        {error: '400-group-error-msg-not-belong-app'},
        {error: '400-group-error-msg-not-belong'},
        {error: '400-group-error-thread-not-nested'},
        {error: '403-group-error-thread-number-reached-limit'},
        {
          error: '403-group-error-user-join-thread-reach-limit',
          note: {
            zh: '这里指请求体中的 `owner`：创建者会自动加入新子区，因此其加入的子区数不能已达上限。',
            en: 'Here it concerns the `owner` in the request body: the creator joins the new thread automatically, so they must not already be at their thread limit.',
          },
        },
        {error: '403-group-error-msg-already-create-thread-not'},
        {error: '403-group-error-thread-not-open'},
        {error: '404-group-error-user-not-in'},
        {error: '404-group-error-msg-not-exist'},
        {error: '404-group-error-not-found'},
      ],
    },
    {
      id: 'groups.update-thread',
      method: 'PUT',
      path: '/app-id/{app_id}/thread/{thread_id}',
      title: {
        zh: '修改子区',
        en: 'Update a thread',
      },
      section: 'group-thread',
      errors: [
        {error: '400-group-error-thread-name-limit-reached'},
        {error: '403-group-error-thread-not-open'},
        {error: '404-group-error-thread-not-found'},
      ],
    },
    {
      id: 'groups.delete-thread',
      method: 'DELETE',
      path: '/app-id/{app_id}/thread/{thread_id}',
      title: {
        zh: '删除子区',
        en: 'Delete a thread',
      },
      section: 'group-thread',
      errors: [{error: '403-group-error-thread-not-open'}, {error: '404-group-error-thread-not-found'}],
    },
    {
      id: 'groups.list-thread-members',
      method: 'GET',
      path: '/app-id/{app_id}/thread/{thread_id}/users?limit={N}&cursor={cursor}',
      title: {
        zh: '获取子区成员列表',
        en: 'List thread members',
      },
      section: 'group-thread',
      errors: [
        {error: '400-group-error-query-param-reaches-limit'},
        {error: '403-group-error-thread-not-open'},
        {error: '404-group-error-thread-not-found'},
      ],
    },
    {
      id: 'groups.add-thread-members',
      method: 'POST',
      path: '/app-id/{app_id}/thread/{thread_id}/users',
      title: {
        zh: '用户批量加入子区',
        en: 'Add users to a thread in batch',
      },
      section: 'group-thread',
      errors: [
        {error: '400-group-error-request-body-reaches-limit'},
        {error: '403-group-error-thread-not-open'},
        {
          error: '403-group-error-user-join-thread-reach-limit',
          note: {
            zh: '这里指 `usernames` 中的某个用户已加入了 10 万个子区（默认上限）。',
            en: 'Here one of the users in `usernames` has already joined 100,000 threads (the default limit).',
          },
        },
        {error: '404-group-error-thread-not-found'},
      ],
    },
    {
      id: 'groups.remove-thread-members',
      method: 'DELETE',
      path: '/app-id/{app_id}/thread/{thread_id}/users',
      title: {
        zh: '批量踢出子区成员',
        en: 'Remove thread members in batch',
      },
      section: 'group-thread',
      errors: [
        {error: '400-group-error-request-body-reaches-limit'},
        {error: '404-group-error-thread-not-found'},
        {error: '403-group-error-thread-not-open'},
      ],
    },
  ],
  entries: [
    {
      id: '404-resource-not-found-grpid-does-not-exist',
      status: 404,
      type: 'resource_not_found',
      message: 'grpID XX does not exist!',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomAttribute, line: 128},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomLabelMute, line: 136},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 518},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAddDelete, line: 126},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAdmin, line: 123},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAllowlist, line: 117},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberBlocklist, line: 135},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberMutelist, line: 126},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupFile, line: 114},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupManage, line: 225},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAddDelete, line: 125},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAdmin, line: 131},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAllowlist, line: 120},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberBlocklist, line: 115},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberMutelist, line: 120},
      ],
      summary: {
        zh: '路径中的群组或聊天室 ID 不存在。',
        en: 'The group or chat room ID in the path does not exist.',
      },
      cause: {
        zh: '请求路径中的 `group_id`（聊天室接口中为 `chatroom_id`）在当前 App 下找不到：ID 写错了、群组或聊天室已被解散，或者 ID 属于另一个 App。聊天室和群组共用这一套 ID 校验，所以聊天室接口的报错里也写作 `grpID`。',
        en: 'The `group_id` in the path (`chatroom_id` on chat room endpoints) was not found in this app: the ID is mistyped, the group or chat room has been dissolved, or the ID belongs to another app. Chat rooms share this ID check with groups, which is why chat room endpoints also say `grpID`.',
      },
      situations: [
        {
          zh: '定时任务按数据库里缓存的 `group_id` 去禁言成员，而这个群上周已经解散了。',
          en: 'A scheduled job mutes members using a `group_id` cached in your database, but that group was dissolved last week.',
        },
        {
          zh: '在生产环境的 App 里修改群公告，用的却是测试环境创建的群组 ID。',
          en: 'You update a group announcement in the production app with a group ID that was created in the staging app.',
        },
        {
          zh: '从日志里复制群组 ID 时少了最后几位，转让群组的请求指向了不存在的群。',
          en: 'The group ID was copied from a log with its last digits missing, so the transfer-ownership call points at no group.',
        },
        {
          zh: '聊天室已被解散，你的服务器仍往它的白名单里加人，报错里照样写着 `grpID`。',
          en: 'Your server keeps adding users to the allowlist of a chat room that has been dissolved, and the error still says `grpID`.',
        },
      ],
      fix: {
        zh: '把消息中回显的 ID 与创建时返回的 ID 对照，或用对应的详情、列表接口确认它仍然存在，并检查请求是否发往正确的 App。ID 不存在时，重试没有意义。',
        en: 'Compare the ID echoed in the message with the one returned at creation, or confirm it still exists with the matching details or list endpoint, and check that you are calling the right app. If the ID does not exist, retrying will not help.',
      },
      sample: 'grpID 216482239234049 does not exist!',
      variants: [{message: 'grpID XXX does not exist!'}],
      note: {
        zh: '上游文档有的写作 `grpID XX`，有的写作 `grpID XXX`（聊天室白名单和禁言接口），两者是同一条错误；本条目采用 `grpID XX` 的写法。',
        en: 'The upstream tables write both `grpID XX` and `grpID XXX` (chat room allowlist and mute endpoints); it is the same error, and this entry uses the `grpID XX` form.',
      },
      related: [
        '404-restgroupfeignexception-grpid-does-not-exist',
        '404-service-resource-not-found-do-not-find-group',
        '404-group-error-not-found',
        '404-metadata-error-group-not-exists',
      ],
    },
    {
      id: '400-invalid-parameter-must-provided',
      status: 400,
      type: 'invalid_parameter',
      message: 'XX must be provided',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 427},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupManage, line: 142},
      ],
      summary: {
        zh: '创建群组或聊天室的请求体缺少必填字段。',
        en: 'The body of a create-group or create-chat-room request lacks a required field.',
      },
      cause: {
        zh: '创建群组或聊天室时，请求体里漏掉了某个必填字段，或者该字段的值为空。文档只说 `XX` 是没有设置的那个字段，没有给出实际响应的例子。并非每个缺失字段都得到这条消息：创建群组时缺少 `public` 返回 `group must contain public field!`，创建聊天室时缺少名称，实际见到的响应是 `chatroom must contain title/name field!`。',
        en: 'When creating a group or chat room, a required field was left out of the body or sent empty. The documentation says only that `XX` is the field that was not set, and shows no actual response. Not every missing field gets this message: a group without `public` gets `group must contain public field!`, and a chat room without a name has been seen answering `chatroom must contain title/name field!`.',
      },
      situations: [
        {
          zh: '创建群组时没传 `owner`，以为会默认由 App 管理员当群主。',
          en: 'You create a group without `owner`, expecting the app admin to become the owner by default.',
        },
        {
          zh: '脚本拼请求体时把 `owner` 写成了 `Owner`，服务器按没传处理。',
          en: 'Your script builds the body with `Owner` instead of `owner`, so the server treats the field as missing.',
        },
        {
          zh: '创建聊天室时只填了 `name` 和 `owner`，漏掉了 `description`。',
          en: 'You create a chat room with only `name` and `owner`, leaving out `description`.',
        },
        {
          zh: '表单里群主一栏没选人，请求体中的 `owner` 成了空字符串。',
          en: 'Nobody was picked in the owner field of your admin form, so `owner` goes out as an empty string.',
        },
      ],
      fix: {
        zh: '看 `must be provided` 前面的内容，补上对应的字段，并检查 JSON 中字段名的拼写和大小写。对照接口说明逐一核对必填字段：创建群组要有 `owner` 和 `public`，创建聊天室要有 `name`、`description` 和 `owner`。修正后重试。',
        en: 'Look at what comes before `must be provided`, add that field, and check the spelling and case of the field names in your JSON. Go through the required fields in the endpoint reference: a group needs `owner` and `public`; a chat room needs `name`, `description` and `owner`. Retry after fixing.',
      },
      sample: 'owner must be provided',
      related: ['400-invalid-parameter-group-must-contain-public-field'],
    },
    {
      id: '400-illegal-argument-group-id-already-exists',
      status: 400,
      type: 'illegal_argument',
      message: 'group ID XX already exists!',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 428},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupManage, line: 145},
      ],
      summary: {
        zh: '创建时的群组或聊天室 ID 与已有的重复。',
        en: 'The ID of the new group or chat room duplicates an existing one.',
      },
      cause: {
        zh: '创建群组或聊天室时，服务器认为要使用的 ID 与当前 App 中已有的群组或聊天室重复。文档只说明了 ID 重复这一点：两个创建接口都没有可以指定 ID 的请求字段，群组和聊天室 ID 由服务器分配，所以文档没有说明请求怎样会带上一个重复的 ID。',
        en: 'When creating a group or chat room, the server found that the ID to be used duplicates one of an existing group or chat room in this app. The documentation says only that the ID is duplicated: neither create endpoint documents a request field for choosing an ID, since the server assigns group and chat room IDs, so it does not say how a request comes to carry a duplicate one.',
      },
      situations: [
        {
          zh: '迁移脚本把旧系统导出的群组数据（带着 `groupid`）原样当作创建群组的请求体发送。',
          en: 'Your migration script posts the groups exported from the old system, `groupid` included, as create-group bodies unchanged.',
        },
        {
          zh: '创建群组的请求体是从别的接口示例改来的，里面还留着一个 `id` 字段。',
          en: "Your create-group body was adapted from another endpoint's example and still carries an `id` field.",
        },
      ],
      fix: {
        zh: '用获取群组详情或查询聊天室详情接口查一下消息中的 ID，确认它属于哪个已有的群组或聊天室。检查请求体是否带了文档中没有的字段（例如从别处复制来的 `groupid` 或 `id`），有就去掉，只发送文档列出的字段。只含文档字段的请求仍出现这个错误时，原样重试无济于事，请保存完整的请求和响应，联系技术支持。',
        en: 'Look up the ID in the message with the group or chat room details endpoint to see which existing group or room has it. Check whether the request body carries fields the reference does not list (a `groupid` or `id` copied from elsewhere, say) and remove them, sending only documented fields. If a request with only documented fields still gets this error, retrying it unchanged will not help: keep the full request and response and contact support.',
      },
      sample: 'group ID 216482239234049 already exists!',
    },
    {
      id: '403-exceed-limit-members-size-greater-than-max',
      status: 403,
      type: 'exceed_limit',
      message: 'members size is greater than max user size !',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 432},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupManage, line: 148},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAddDelete, line: 218},
      ],
      summary: {
        zh: '要加入的成员数超过了单次请求或群组、聊天室的人数上限。',
        en: "Too many members: over the per-call limit or the group's or chat room's maximum size.",
      },
      cause: {
        zh: '请求中要加入的成员太多：可能超过了单次请求允许的人数，也可能超过了群组或聊天室的最大成员数 `maxusers`（群主或所有者也计算在内）。',
        en: "The request adds too many members: either more than one call may carry, or more than the group's or chat room's maximum size `maxusers` (which counts the owner).",
      },
      situations: [
        {
          zh: '创建群组时 `members` 里放了 250 个用户，`maxusers` 却没设置，仍是默认的 200。',
          en: 'You create a group with 250 users in `members` but leave `maxusers` at its default of 200.',
        },
        {
          zh: '批量添加群组成员时，把 100 个用户 ID 一次性放进了 `usernames`。',
          en: 'You add group members in batch with 100 user IDs in a single `usernames` array.',
        },
        {
          zh: '群组的 `maxusers` 是 50，已有 45 人，又批量拉了 10 个人进群。',
          en: 'A group with `maxusers` set to 50 already has 45 members, and you batch-add 10 more.',
        },
      ],
      fix: {
        zh: '减少单次请求中的成员数，其余分批添加。如果需要更大的群组，先调大 `maxusers`（不能超过套餐上限）；套餐上限本身不够时，联系商务提升。',
        en: "Send fewer members per request and add the rest in further calls. If the group needs to be larger, raise `maxusers` first (within your plan's limit); if the plan limit itself is too low, contact sales.",
      },
    },
    {
      id: '403-forbidden-op-new-owner-old-owner-same',
      status: 403,
      type: 'forbidden_op',
      message: 'new owner and old owner are the same',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 610},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAdmin, line: 130},
      ],
      summary: {
        zh: '不能把群主转让给自己：新群主与当前群主（或聊天室所有者）是同一个用户。',
        en: 'The new owner is the same user as the current owner.',
      },
      cause: {
        zh: '转让群组或聊天室时，请求体中 `newowner` 填的就是当前的群主或聊天室所有者，转让没有实际变化，因此被拒绝。',
        en: 'In a group or chat room transfer, `newowner` in the request body is the current owner, so nothing would change and the request is refused.',
      },
      situations: [
        {
          zh: '转让群组时，`newowner` 误填成了当前群主自己的用户 ID。',
          en: "You transfer a group with `newowner` set to the current owner's own user ID by mistake.",
        },
        {
          zh: '转让请求超时后自动重试，其实第一次已经转让成功，目标用户已是群主。',
          en: 'A transfer timed out and was retried automatically, but the first call had succeeded and the target is already the owner.',
        },
        {
          zh: '两个运营人员先后在后台把同一个群转给同一个人，后提交的那次被拒绝。',
          en: 'Two operators transfer the same group to the same person one after the other in your admin console, and the second attempt is refused.',
        },
      ],
      fix: {
        zh: '先用获取详情接口查看当前的 `owner`，再把 `newowner` 设为另一个已在群组或聊天室中的成员。如果你的代码可能重复提交同一次转让，可以把这个错误视为“目标用户已经是所有者”。',
        en: 'Check the current `owner` with the details endpoint, then set `newowner` to a different user who is already a member. If your code may submit the same transfer twice, you can treat this error as “the target user already owns it”.',
      },
      related: ['403-forbidden-op-user-doesnt-exist-in-group'],
    },
    {
      id: '400-invalid-parameter-usernames-size-more-than-max',
      status: 400,
      type: 'invalid_parameter',
      message: 'usernames size is more than max limit : 60',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAllowlist, line: 290},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAllowlist, line: 297},
      ],
      summary: {
        zh: '一次添加到白名单的用户超过 60 个（消息以全小写的 `usernames` 开头）。',
        en: 'More than 60 users were added to an allowlist in one call (the message starts with lower-case `usernames`).',
      },
      cause: {
        zh: '批量添加用户至群组或聊天室白名单时，请求体 `usernames` 数组中的用户 ID 超过了单次上限 60 个。这种全小写的写法来自群组和聊天室的两个批量添加白名单接口；禁言接口返回的几乎相同的消息写作 `userNames`（N 大写），是另一条错误。搜索不区分大小写，粘贴任一种都会同时找到两条，请按你调用的接口区分。',
        en: 'When adding users to a group or chat room allowlist in batch, the `usernames` array in the request body holds more than the per-call maximum of 60 user IDs. This spelling, all lower case, comes from the two batch allowlist endpoints (groups and chat rooms); the mute endpoints return an almost identical message spelled `userNames`, with a capital N, which is a separate entry. Search ignores case, so a paste of either finds both: tell them apart by the endpoint you called.',
      },
      situations: [
        {
          zh: '全员禁言前想把 80 位 VIP 一次性加入群组白名单，`usernames` 没有分批。',
          en: 'Before muting the whole group, you add 80 VIP users to the group allowlist in one unsplit `usernames` array.',
        },
        {
          zh: '直播开始前，把 100 位嘉宾一次性批量加入聊天室白名单。',
          en: 'Before a live show starts, you add all 100 guests to the chat room allowlist in one batch call.',
        },
        {
          zh: '同步脚本直接把整份成员名单传给批量添加白名单接口，没有按 60 个一批切分。',
          en: 'A sync script passes the whole member list to the batch allowlist endpoint without cutting it into batches of 60.',
        },
      ],
      fix: {
        zh: '把 `usernames` 拆成每批不超过 60 个，逐批调用。原样重试仍会失败。',
        en: 'Split `usernames` into chunks of at most 60 and call the endpoint once per chunk. Retrying the same request will fail again.',
      },
      related: [
        '400-invalid-parameter-removewhitelist-size-more-than-max',
        '400-invalid-parameter-usernames-size-more-than-max-limit-60',
      ],
    },
    {
      id: '400-invalid-parameter-removewhitelist-size-more-than-max',
      status: 400,
      type: 'invalid_parameter',
      message: 'removeWhitelist size is more than max limit : 60',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAllowlist, line: 382},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAllowlist, line: 388},
      ],
      summary: {
        zh: '一次从白名单移除的用户超过 60 个。',
        en: 'More than 60 users were removed from an allowlist in one call.',
      },
      cause: {
        zh: '从群组或聊天室白名单移除用户时，路径中以英文逗号分隔的用户 ID 超过了单次上限 60 个。',
        en: 'When removing users from a group or chat room allowlist, the comma-separated user IDs in the path exceed the per-call maximum of 60.',
      },
      situations: [
        {
          zh: '活动结束后想一次清空群组白名单，把 100 个用户 ID 用逗号拼在了 `DELETE` 路径里。',
          en: 'After an event you try to empty the group allowlist at once, joining 100 user IDs with commas in the `DELETE` path.',
        },
        {
          zh: '聊天室下播后，清理任务把所有嘉宾一次性移出聊天室白名单，人数超过了 60。',
          en: 'After a chat room show ends, a cleanup task takes every guest off the chat room allowlist in one call, more than 60 of them.',
        },
      ],
      fix: {
        zh: '每次请求最多在路径中放 60 个用户 ID，其余分批移除。用户 ID 较长时还要留意整个 URL 的长度。',
        en: 'Put at most 60 user IDs in the path per request and remove the rest in further calls. With long user IDs, also keep an eye on the total URL length.',
      },
      related: ['400-invalid-parameter-usernames-size-more-than-max'],
    },
    {
      id: '400-invalid-parameter-usernames-size-more-than-max-limit-60',
      status: 400,
      type: 'invalid_parameter',
      message: 'userNames size is more than max limit : 60',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberMutelist, line: 228},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberMutelist, line: 210},
      ],
      summary: {
        zh: '一次禁言的用户超过 60 个（消息以 `userNames` 开头，N 大写）。',
        en: 'More than 60 users were muted in one call (the message starts with `userNames`, capital N).',
      },
      cause: {
        zh: '禁言群成员或聊天室成员时，请求体 `usernames` 中的用户 ID 超过了单次上限 60 个。消息中的 `userNames`（N 大写）来自群组和聊天室的两个禁言接口；批量添加白名单接口返回的几乎相同的消息写作全小写的 `usernames`，是另一条错误。搜索不区分大小写，粘贴任一种都会同时找到两条，请按你调用的接口区分。',
        en: 'When muting group or chat room members, the `usernames` array in the request body holds more than the per-call maximum of 60 user IDs. The `userNames` spelling, with a capital N, comes from the two mute endpoints (groups and chat rooms); the batch allowlist endpoints return an almost identical message in lower-case `usernames`, which is a separate entry. Search ignores case, so a paste of either finds both: tell them apart by the endpoint you called.',
      },
      situations: [
        {
          zh: '风控一下子识别出 70 个刷屏账号，你把它们放进同一个 `usernames` 里禁言。',
          en: 'Your moderation system flags 70 spamming accounts at once and you mute them all in one `usernames` array.',
        },
        {
          zh: '直播间里要禁言上百名观众，调用聊天室禁言接口时没有分批。',
          en: 'You mute over a hundred viewers in a live-stream chat room in a single call to the chat room mute endpoint.',
        },
        {
          zh: '想让全群禁言，却把全部成员列进禁言指定群成员的请求，而不是调用 `/ban`。',
          en: 'To silence the whole group you list every member in a mute-members request instead of calling `/ban`.',
        },
      ],
      fix: {
        zh: '把要禁言的用户拆成每批不超过 60 个，每批使用相同的 `mute_duration` 分别调用。',
        en: 'Split the users into batches of at most 60 and call the endpoint once per batch with the same `mute_duration`.',
      },
      related: [
        '400-invalid-parameter-removemute-member-size-more-than',
        '400-invalid-parameter-usernames-size-more-than-max',
      ],
    },
    {
      id: '400-invalid-parameter-removemute-member-size-more-than',
      status: 400,
      type: 'invalid_parameter',
      message: 'removeMute member size more than max limit :  60',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberMutelist, line: 380},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberMutelist, line: 366},
      ],
      summary: {
        zh: '一次解除禁言的成员超过 60 个。',
        en: 'More than 60 members were unmuted in one call.',
      },
      cause: {
        zh: '解除群组或聊天室成员禁言时，路径中以英文逗号分隔的成员用户 ID 超过了单次上限 60 个。',
        en: 'When unmuting group or chat room members, the comma-separated member IDs in the path exceed the per-call maximum of 60.',
      },
      situations: [
        {
          zh: '禁言期未满想提前解禁，把 80 个用户 ID 用逗号拼在 `/mute/` 后面一次提交。',
          en: 'You lift mutes early by joining 80 user IDs with commas after `/mute/` in one request.',
        },
        {
          zh: '想取消全员禁言，却把全体成员逐个拼进了解除成员禁言的路径。',
          en: 'To end a group-wide mute you put every member into the unmute-members path instead of unmuting all.',
        },
        {
          zh: '聊天室活动结束后，一次性给超过 60 名被禁言观众解禁。',
          en: 'When a chat room event ends, you unmute more than 60 muted viewers in a single call.',
        },
      ],
      fix: {
        zh: '每次请求在路径中最多放 60 个用户 ID，其余分批解除。如果要取消的是全员禁言，应调用解除全员禁言接口，而不是逐个解除。',
        en: 'Put at most 60 user IDs in the path per request and unmute the rest in further calls. To lift a mute on the whole group or chat room, call the unmute-all endpoint instead of unmuting members one by one.',
      },
      variants: [{message: 'removeMute member size more than max limit : 60'}],
      note: {
        zh: '聊天室文档在冒号后写了两个空格，群组文档只有一个，两者是同一条错误；本条目采用两个空格的写法，匹配时不区分空格数量。',
        en: 'The chat room page has two spaces after the colon and the group page one; it is the same error. This entry uses the two-space form, and matching ignores the number of spaces.',
      },
      related: ['400-invalid-parameter-usernames-size-more-than-max-limit-60'],
    },
    {
      id: '400-illegal-argument-announcement-null',
      status: 400,
      type: 'illegal_argument',
      message: 'announcement is null',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupFile, line: 193}],
      summary: {
        zh: '修改群公告时没有提供公告内容。',
        en: 'No announcement text was sent when updating the group announcement.',
      },
      cause: {
        zh: '请求体中缺少 `announcement` 字段，或者它的值为 `null`。',
        en: 'The request body has no `announcement` field, or its value is `null`.',
      },
      situations: [
        {
          zh: '想清空群公告，就把 `announcement` 设成了 `null`。',
          en: 'To clear the group announcement you send `announcement` as `null`.',
        },
        {
          zh: '修改群公告时没加 `Content-Type: application/json` 请求头，服务器读不到请求体。',
          en: 'You update the announcement without the `Content-Type: application/json` header, so the server cannot read the body.',
        },
        {
          zh: '请求体里的字段名写成了 `notice`，不是 `announcement`。',
          en: 'Your request body names the field `notice` instead of `announcement`.',
        },
      ],
      fix: {
        zh: '在请求体中以字符串形式传入 `announcement`（不超过 512 个字符），并设置请求头 `Content-Type: application/json`，否则服务器可能读不到请求体。',
        en: 'Send `announcement` as a string of at most 512 characters in the request body, and set `Content-Type: application/json` so the server can read the body.',
      },
      related: ['403-forbidden-announce-info-length-exceeds-limit', '403-group-announce-violation-announcement-change'],
    },
    {
      id: '403-group-announce-violation-announcement-change',
      status: 403,
      type: 'group_announce_violation',
      message: 'group announcement is violation, please change it.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupFile, line: 194}],
      summary: {
        zh: '群公告内容未通过内容审核。',
        en: 'The group announcement was rejected by content moderation.',
      },
      cause: {
        zh: '`announcement` 中的文字命中了内容审核规则（例如包含敏感词），服务器拒绝保存。',
        en: 'The `announcement` text matched a content moderation rule (for example a banned word), so the server refused to save it.',
      },
      situations: [
        {
          zh: '运营发布的活动群公告里含有审核规则中的敏感词。',
          en: 'An event announcement written by your operations team contains a word listed in your moderation rules.',
        },
        {
          zh: '群主在客户端编辑的公告原样提交到接口，其中一句命中了你配置的审核规则。',
          en: "A group owner's announcement from the app is passed through unchanged, and one sentence trips the moderation rules you set up.",
        },
        {
          zh: '刚在审核规则里新增了关键词，以前一直能用的公告模板现在保存不了。',
          en: 'After you added keywords to your moderation rules, an announcement template that always worked can no longer be saved.',
        },
      ],
      fix: {
        zh: '修改或删除触发审核的词句后重新提交，原文重试仍会被拒绝。如果你认为这是误判，检查你的内容审核规则设置。',
        en: 'Reword or remove the flagged text and submit again; the same text will be rejected again. If you believe it is a false positive, review your content moderation settings.',
      },
      related: ['403-group-name-violation-change', '400-illegal-argument-announcement-null'],
    },
    {
      id: '403-forbidden-announce-info-length-exceeds-limit',
      status: 403,
      type: 'FORBIDDEN',
      message: 'announce info length exceeds limit!',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupFile, line: 197}],
      summary: {
        zh: '群公告超过了 512 个字符的长度上限。',
        en: 'The group announcement is longer than the 512-character limit.',
      },
      cause: {
        zh: '请求体中的 `announcement` 超出了群公告允许的最大长度 512 个字符。',
        en: 'The `announcement` in the request body is longer than the 512 characters a group announcement may have.',
      },
      situations: [
        {
          zh: '把上千字的完整群规直接作为群公告提交。',
          en: 'You submit the full group rules, over a thousand characters, as the group announcement.',
        },
        {
          zh: '前端公告输入框允许输入 1000 字，而接口只接受 512 个字符。',
          en: 'Your front end lets users type 1000 characters into the announcement box, but the API accepts only 512.',
        },
        {
          zh: '公告后面拼接了好几条带长参数的活动链接，总长度超过了 512 个字符。',
          en: 'You append several campaign links with long query strings to the announcement, pushing it past 512 characters.',
        },
      ],
      fix: {
        zh: '把公告缩短到 512 个字符以内再提交；较长的内容可以作为群共享文件上传，在公告里引用。',
        en: 'Shorten the announcement to 512 characters or fewer and submit again; put longer content in a group shared file and refer to it from the announcement.',
      },
      related: ['403-forbidden-op-announce-info-length-exceeds-limit', '400-illegal-argument-announcement-null'],
    },
    {
      id: '404-restgroupfeignexception-grpid-does-not-exist',
      status: 404,
      type: 'RestGroupFeignException',
      message: 'grpID XX does not exist!',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupFile, line: 298}],
      summary: {
        zh: '共享文件接口中的群组 ID 不存在。',
        en: 'The group ID used by a shared-file endpoint does not exist.',
      },
      cause: {
        zh: '调用群组共享文件相关接口时，路径中的 `group_id` 在当前 App 下找不到：可能写错了、群组已被解散，或者请求发到了另一个 App。错误类型与其他群组接口不同，但含义相同。',
        en: 'On a group shared-file endpoint, the `group_id` in the path was not found in this app: it is mistyped, the group has been dissolved, or the request went to another app. The error type differs from other group endpoints, but the meaning is the same.',
      },
      situations: [
        {
          zh: '群组已经解散，后台仍在定时拉取它的共享文件列表。',
          en: 'The group has been dissolved, but your back end still polls its shared file list on a schedule.',
        },
        {
          zh: '用测试 App 中的群组 ID 调用了生产环境的上传共享文件接口。',
          en: 'You call the production upload shared file endpoint with a group ID from your staging app.',
        },
        {
          zh: '下载共享文件时把 `file_id` 填到了 `group_id` 的位置。',
          en: 'When downloading a shared file, you put the `file_id` where the `group_id` belongs in the path.',
        },
      ],
      fix: {
        zh: '核对 `group_id`，先用获取群组详情接口确认群组存在，再列出、上传、下载或删除文件。群组不存在时重试不会成功。',
        en: 'Check `group_id` and confirm the group exists with the group details endpoint before you list, upload, download or delete files. Retrying will not help while the group does not exist.',
      },
      sample: 'grpID 216482239234049 does not exist!',
      related: ['404-resource-not-found-grpid-does-not-exist'],
    },
    {
      id: '400-illegalargumentexception-file-must-provided',
      status: 400,
      type: 'IllegalArgumentException',
      message: 'file must be provided.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupFile, line: 384}],
      summary: {
        zh: '上传共享文件的请求中没有文件。',
        en: 'The shared-file upload request contains no file.',
      },
      cause: {
        zh: '上传群组共享文件时，请求不是带 `file` 字段的 `multipart/form-data` 表单，或者该字段为空，服务器没有收到文件内容。',
        en: 'The upload request was not a `multipart/form-data` form with a `file` field, or that field was empty, so the server received no file content.',
      },
      situations: [
        {
          zh: '用 curl 上传共享文件时写成了 `-d @report.pdf`，而不是 `-F file=@report.pdf`。',
          en: 'You upload a shared file with curl using `-d @report.pdf` rather than `-F file=@report.pdf`.',
        },
        {
          zh: '表单里的文件字段被命名成了 `upload`，服务器找不到 `file`。',
          en: 'The file part of your form is named `upload`, so the server finds no `file` field.',
        },
        {
          zh: '以 JSON 请求体发送 `{"file": "/tmp/report.pdf"}`，只传了本地路径而没有文件内容。',
          en: 'You send a JSON body `{"file": "/tmp/report.pdf"}`, passing only a local path and no file content.',
        },
      ],
      fix: {
        zh: '以 `multipart/form-data` 方式发送请求，把文件放在名为 `file` 的表单字段中（例如 curl 的 `-F file=@/path/to/file`）。单个文件不能超过 10 MB。',
        en: "Send the request as `multipart/form-data` with the file in a form field named `file` (for example curl's `-F file=@/path/to/file`). Each file must be 10 MB or smaller.",
      },
      related: ['400-illegal-argument-file-must-provided'],
    },
    {
      id: '400-invalid-parameter-avatar-length-too-big',
      status: 400,
      type: 'invalid_parameter',
      message: 'avatar length is too big',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupManage, line: 143}],
      summary: {
        zh: '群组头像 URL 超过 1024 个字符。',
        en: 'The group avatar URL is longer than 1,024 characters.',
      },
      cause: {
        zh: '创建群组时，请求体中 `avatar` 的值超出了 1024 个字符的长度上限。',
        en: 'When creating the group, the `avatar` value in the request body exceeds the 1,024-character limit.',
      },
      situations: [
        {
          zh: '创建群组时把头像图片转成 Base64 直接放进了 `avatar`。',
          en: 'You create a group with the avatar image encoded as Base64 directly in `avatar`.',
        },
        {
          zh: '`avatar` 用的是对象存储生成的签名 URL，带着很长的签名参数，超过了 1024 个字符。',
          en: '`avatar` holds a signed object-storage URL whose long signature parameters take it past 1024 characters.',
        },
      ],
      fix: {
        zh: '`avatar` 只存放头像图片的 URL，不要放 Base64 图片数据。换用更短的地址（去掉多余的查询参数或使用短链接），控制在 1024 个字符以内后重新提交。',
        en: '`avatar` holds only the URL of the avatar image, not Base64 image data. Use a shorter address (drop unneeded query parameters or use a short link) of at most 1,024 characters and submit again.',
      },
    },
    {
      id: '400-invalid-parameter-group-must-contain-public-field',
      status: 400,
      type: 'invalid_parameter',
      message: 'group must contain public field!',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupManage, line: 144}],
      summary: {
        zh: '创建群组时没有设置 `public` 字段。',
        en: 'The `public` field was not set when creating the group.',
      },
      cause: {
        zh: '`public` 决定群组是公开群还是私有群，是创建群组时的必填字段，而请求体中没有它。',
        en: '`public` decides whether the group is public or private and is required when creating a group, but the request body does not contain it.',
      },
      situations: [
        {
          zh: '创建群组时只传了 `groupname` 和 `owner`，以为 `public` 会默认为 `false`。',
          en: 'You create a group with only `groupname` and `owner`, assuming `public` defaults to `false`.',
        },
        {
          zh: '创建群组的代码是从创建聊天室那里复制来的，而聊天室请求体里本来就没有 `public`。',
          en: 'Your create-group code was copied from the create-chat-room call, whose body has no `public` field.',
        },
        {
          zh: '请求体里把字段写成了 `is_public`，服务器没有读到 `public`。',
          en: 'Your body spells the field `is_public`, so the server never sees `public`.',
        },
      ],
      fix: {
        zh: '在请求体中加上布尔值 `public`：`true` 为公开群（可被搜索，用户可申请加入），`false` 为私有群（只能由群主或群管理员拉人入群）。',
        en: 'Add the boolean `public` to the request body: `true` for a public group (searchable, users can apply to join), `false` for a private group (members must be added by the owner or an admin).',
      },
      related: ['400-invalid-parameter-must-provided'],
    },
    {
      id: '403-exceed-limit-user-joined-too-many-groups',
      status: 403,
      type: 'exceed_limit',
      message: 'user XX has joined too many groups!',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupManage, line: 147},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAddDelete, line: 127},
      ],
      summary: {
        zh: '该用户加入的群组数已达上限。',
        en: 'The user has reached the maximum number of groups they can join.',
      },
      cause: {
        zh: '消息中的用户已加入的群组数量达到了套餐允许的上限，因此不能再创建或加入新的群组。',
        en: 'The user named in the message is already in as many groups as your plan allows, so they cannot create or join another group.',
      },
      situations: [
        {
          zh: '压测脚本一直用同一个测试账号当 `owner` 建群，从来不解散。',
          en: 'A load-test script keeps creating groups with the same test account as `owner` and never dissolves them.',
        },
        {
          zh: '每个新建的群都会自动拉入同一个客服账号，这个账号很快就加满了。',
          en: 'Every new group automatically adds the same support account, which soon reaches its group limit.',
        },
        {
          zh: '创建群组时 `members` 里有一位老用户已经加满了群，消息里点名的就是他。',
          en: 'You create a group whose `members` include a long-time user who has already joined the maximum number of groups; the message names them.',
        },
      ],
      fix: {
        zh: '让该用户退出不再使用的群组（或把他从这些群组中移除）后再试；如果业务确实需要更多，联系商务提高单个用户可加入的群组数。',
        en: 'Have the user leave groups they no longer use (or remove them from those groups), then try again. If your use case really needs more, contact sales to raise the per-user group limit.',
      },
      sample: 'user alice has joined too many groups!',
    },
    {
      id: '403-group-name-violation-change',
      status: 403,
      type: 'group_name_violation',
      message: 'XX is violation, please change it.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupManage, line: 149}],
      summary: {
        zh: '群组名称未通过内容审核。',
        en: 'The group name was rejected by content moderation.',
      },
      cause: {
        zh: '创建群组或修改群组信息时，`groupname` 命中了内容审核规则（例如包含敏感词）。消息开头的 `XX` 标出了被拒绝的内容。',
        en: 'When creating or updating a group, `groupname` matched a content moderation rule (for example a banned word). The `XX` at the start of the message identifies the rejected content.',
      },
      situations: [
        {
          zh: '用户在客户端自己起的群名含有敏感词，创建群组时被拒绝。',
          en: 'A user-chosen group name from your app contains a sensitive word, and creating the group is refused.',
        },
        {
          zh: '修改群组信息时把 `groupname` 改成了一个命中审核规则的活动名。',
          en: 'You update the group details with a `groupname` for a campaign that trips the moderation rules.',
        },
      ],
      fix: {
        zh: '换一个不含违规内容的 `groupname` 再提交，原样重试仍会被拒绝。如果你认为这是误判，检查你的内容审核规则设置。',
        en: 'Choose a `groupname` without the flagged content and submit again; the same name will be rejected again. If you believe it is a false positive, review your content moderation settings.',
      },
      sample: 'FreeCoins888 is violation, please change it.',
      related: ['403-group-announce-violation-announcement-change'],
    },
    {
      id: '400-invalid-parameter-some-groupid-not-valid-fields',
      status: 400,
      type: 'invalid_parameter',
      message: 'some of [groupid] are not valid fields',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupManage, line: 411}],
      summary: {
        zh: '修改群组信息时传入了不可修改的字段 `groupid`。',
        en: 'The group update contained `groupid`, which cannot be modified.',
      },
      cause: {
        zh: '修改群组信息的请求体里带了这个接口不接受的字段。消息中的 `[groupid]` 说明请求里有 `groupid`：群组 ID 创建后就不能再改。',
        en: "The update request body contains a field this endpoint does not accept. The `[groupid]` in the message means the request included `groupid`: a group's ID cannot change after creation.",
      },
      situations: [
        {
          zh: '把本地保存的整条群组记录（含 `groupid`）原样作为修改群组信息的请求体提交。',
          en: 'You send the whole group record stored locally, `groupid` included, as the body of the update-group call.',
        },
        {
          zh: 'ORM 序列化出来的群组对象自带 `groupid` 字段，PUT 时一起发了出去。',
          en: 'Your ORM serializes the group object with its `groupid` field, and the PUT sends it along.',
        },
        {
          zh: '想通过修改群组信息接口把群组 ID 改成业务里的编号。',
          en: 'You try to change the group ID to your own business number through the update-group endpoint.',
        },
      ],
      fix: {
        zh: '从请求体中去掉 `groupid`，只保留可修改的字段：`groupname`、`avatar`、`description`、`maxusers`、`membersonly`、`allowinvites`、`invite_need_confirm`、`public` 和 `custom`。群组 ID 只放在路径的 `group_id` 中。',
        en: 'Remove `groupid` from the request body and send only modifiable fields: `groupname`, `avatar`, `description`, `maxusers`, `membersonly`, `allowinvites`, `invite_need_confirm`, `public` and `custom`. The group ID belongs only in the path as `group_id`.',
      },
      related: ['400-invalid-parameter-some-chatroom-id-not-valid'],
    },
    {
      id: '403-forbidden-op-can-not-join-group-reason-user-already-in-group-n',
      status: 403,
      type: 'forbidden_op',
      message: 'can not join this group, reason:user: XX already in group: XX\\n',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAddDelete, line: 124}],
      summary: {
        zh: '用户已经是该群组的成员，不能重复添加。',
        en: 'The user is already a member of the group and cannot be added again.',
      },
      cause: {
        zh: '添加群组成员时，消息中第一个 `XX` 对应的用户已经在第二个 `XX` 对应的群组中。批量添加时，只有所有用户都已是成员才会整体返回这个错误。',
        en: 'When adding group members, the user in the first `XX` is already in the group in the second `XX`. For a batch add, the whole request fails this way only when every user is already a member.',
      },
      situations: [
        {
          zh: '用户连点了两次“加入”，第二次添加单个群组成员时他已经在群里了。',
          en: 'A user taps "Join" twice, and the second add-member call finds them already in the group.',
        },
        {
          zh: '消息队列重复投递了入群任务，同一个用户被添加了两次。',
          en: 'Your message queue delivers the join task twice, so the same user is added to the group again.',
        },
        {
          zh: '重复导入同一批名单，批量添加时 `usernames` 里的人全都已经是群成员。',
          en: 'You import the same list twice, so everyone in `usernames` of the batch add is already a member.',
        },
      ],
      fix: {
        zh: '把它当作“已在群中”处理即可，不需要重试。添加前可以用查看指定用户是否已加入群组的接口确认，或在批量添加前先过滤掉已有成员。',
        en: 'Treat it as “already a member”; there is no need to retry. Before adding, you can check with the is-joined endpoint, or filter existing members out of a batch first.',
      },
      sample: 'can not join this group, reason:user: alice already in group: 216482239234049\\n',
      variants: [{message: 'an not join this group, reason:user: XX already in group: XX\\n'}],
      note: {
        zh: '批量添加群组成员的上游表格把开头误写成 `an not join`（少了 `c`）；本条目采用添加单个成员接口中的完整写法 `can not join`。',
        en: 'The upstream table for the batch add endpoint misspells the start as `an not join` (missing `c`); this entry uses the full form `can not join` from the single add endpoint.',
      },
      related: ['403-forbidden-op-can-not-join-group-reason'],
    },
    {
      id: '403-forbidden-op-users-not-members-group',
      status: 403,
      type: 'forbidden_op',
      message: 'users [XX] are not members of this group!',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAddDelete, line: 300},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAllowlist, line: 201},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberBlocklist, line: 195},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberMutelist, line: 208},
      ],
      summary: {
        zh: '指定的用户不是该群组的成员。',
        en: 'The specified users are not members of the group.',
      },
      cause: {
        zh: '这个操作只能针对本群成员，而方括号中列出的用户不在群组中：用户 ID 可能写错了，用户可能已退群或被移出，也可能从未加入。',
        en: 'The operation only applies to members of this group, and the users listed in the brackets are not in it: the user ID may be mistyped, the user may have left or been removed, or never joined.',
      },
      situations: [
        {
          zh: '移除群组成员时，对方前一刻已经自己退群了。',
          en: 'You remove a group member who had left the group on their own a moment earlier.',
        },
        {
          zh: '想让还没入群的嘉宾在全员禁言时也能发言，直接把他加进了群组白名单。',
          en: 'You put a guest who has not joined yet on the group allowlist so they can talk during a group-wide mute.',
        },
        {
          zh: '拉黑一个昨天已经被踢出群的广告号，请求被拒绝。',
          en: 'You try to add a spam account to the group blocklist after it was already kicked out of the group yesterday.',
        },
        {
          zh: '从群组黑名单移除用户时，传入的用户 ID 根本不在本群的黑名单里。',
          en: "You take a user off the group blocklist, but that user ID was never on this group's blocklist.",
        },
      ],
      fix: {
        zh: '先调用分页获取群成员列表接口核对这些用户，把不在群中的用户从请求中去掉，或者先把他们加入群组再操作。',
        en: 'Check these users against the group member list, drop the ones who are not members from the request, or add them to the group first.',
      },
      sample: 'users [alice] are not members of this group!',
      related: ['400-forbidden-op-users-not-members-group'],
    },
    {
      id: '403-forbidden-op-operation-on-group-owner',
      status: 403,
      type: 'forbidden_op',
      message: 'forbidden operation on group owner!',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAddDelete, line: 301},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberBlocklist, line: 197},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberMutelist, line: 211},
      ],
      summary: {
        zh: '该操作不能作用于群主。',
        en: 'This operation cannot be applied to the group owner.',
      },
      cause: {
        zh: '请求的目标用户中包含群主，而群主不能被移出群组、加入群组黑名单或被禁言。',
        en: 'The target users include the group owner, who cannot be removed from the group, added to the group blocklist or muted.',
      },
      situations: [
        {
          zh: '清理不活跃成员的脚本把群主也放进了批量移除的 `members`。',
          en: 'A script that prunes inactive members includes the group owner in the `members` of a batch removal.',
        },
        {
          zh: '群主在群里刷屏，管理员调用禁言指定群成员接口想禁言他。',
          en: 'The group owner floods the group, and an admin tries to mute them through the mute-members endpoint.',
        },
        {
          zh: '负责人离职后想直接把他踢出群或拉进黑名单，但他仍是群主，还没转让。',
          en: 'After the person in charge leaves the company you try to kick or blocklist them, but they are still the group owner.',
        },
      ],
      fix: {
        zh: '把群主的用户 ID 从请求中去掉（当前群主见获取群组详情返回的 `owner` 字段）。如果确实要移除或限制这个用户，先调用转让群组接口把群主转给其他成员。',
        en: "Take the owner's user ID out of the request (the current owner is in the `owner` field of the group details). If you really need to remove or restrict this user, transfer the group to another member first.",
      },
    },
    {
      id: '403-forbidden-op-user-doesnt-exist-in-group',
      status: 403,
      type: 'forbidden_op',
      message: "user: XX doesn't exist in group: XXX",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAdmin, line: 129}],
      summary: {
        zh: '新群主不是该群组的成员。',
        en: 'The new owner is not a member of the group.',
      },
      cause: {
        zh: '转让群组时，请求体中 `newowner` 指定的用户不在该群组中，而群组只能转让给现有成员。',
        en: 'In a group transfer, the user given in `newowner` is not in the group, and a group can only be transferred to an existing member.',
      },
      situations: [
        {
          zh: '把群组转让给一个还没入群的运营账号。',
          en: 'You transfer the group to an operations account that has not joined it.',
        },
        {
          zh: '`newowner` 填的是对方的昵称，而不是用户 ID。',
          en: "You fill `newowner` with the person's nickname instead of their user ID.",
        },
        {
          zh: '接手人刚被移出群组，后台仍按旧名单把群主转给他。',
          en: 'The successor was just removed from the group, and your back end still transfers ownership to them from an old list.',
        },
      ],
      fix: {
        zh: '先用添加单个群组成员接口把该用户加入群组，或者换一个已在群中的成员，再重新发起转让。',
        en: 'Add the user to the group first (add a single group member), or pick someone who is already a member, then transfer again.',
      },
      sample: "user: bob doesn't exist in group: 216482239234049",
      related: ['404-resource-not-found-user-doesnt-exist-in-group', '403-forbidden-op-new-owner-old-owner-same'],
    },
    {
      id: '404-resource-not-found-user-doesnt-exist-in-group',
      status: 404,
      type: 'resource_not_found',
      message: "user: XX doesn't exist in group: XXX",
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAdmin, line: 280}],
      summary: {
        zh: '要设为群管理员的用户不是群成员。',
        en: 'The user to make a group admin is not a member of the group.',
      },
      cause: {
        zh: '添加群管理员时，请求体中 `newadmin` 指定的用户不在该群组中；只有现有成员才能被设为群管理员。',
        en: 'When adding a group admin, the user given in `newadmin` is not in the group; only existing members can be made admins.',
      },
      situations: [
        {
          zh: '想让一个还没入群的用户直接当群管理员，`newadmin` 填了他的用户 ID。',
          en: 'You put the user ID of someone who has not joined the group in `newadmin` to make them an admin directly.',
        },
        {
          zh: '设群管理员时路径里用错了群组 ID，`newadmin` 其实是另一个群的成员。',
          en: 'You appoint an admin with the wrong group ID in the path, so `newadmin` is actually a member of another group.',
        },
        {
          zh: '用户已经退群，后台还在按上个月的名单给他设群管理员。',
          en: "The user has left the group, but your back end still appoints them as admin from last month's list.",
        },
      ],
      fix: {
        zh: '核对 `newadmin` 中的用户 ID，必要时先把该用户加入群组，再设为群管理员。另外注意每个群组最多只能有 99 个群管理员。',
        en: 'Check the user ID in `newadmin`, and add the user to the group first if needed before promoting them. Also note that a group can have at most 99 admins.',
      },
      sample: "user: bob doesn't exist in group: 216482239234049",
      related: ['403-forbidden-op-user-doesnt-exist-in-group', '403-forbidden-op-user-not-admin-group'],
    },
    {
      id: '403-forbidden-op-user-not-admin-group',
      status: 403,
      type: 'forbidden_op',
      message: 'user:XX is not admin of group:XX',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAdmin, line: 357}],
      summary: {
        zh: '该用户不是这个群组的群管理员。',
        en: 'The user is not an admin of this group.',
      },
      cause: {
        zh: '移除群管理员时，路径参数 `username` 指定的用户不在该群组的群管理员列表中：可能只是普通成员、已被取消管理员身份，或者是群主。',
        en: "When removing a group admin, the user in the `username` path parameter is not on the group's admin list: they may be a regular member, already demoted, or the owner.",
      },
      situations: [
        {
          zh: '移除群管理员时，路径里的 `username` 传的是群主。',
          en: 'You remove a group admin with the group owner as the `username` in the path.',
        },
        {
          zh: '“取消管理员”的请求执行了两次，第二次时这个用户已经不是群管理员。',
          en: 'The "revoke admin" request runs twice, and on the second call the user is no longer an admin.',
        },
        {
          zh: '要撤销的人其实只是普通成员，从来没被设为群管理员。',
          en: 'The person you try to demote is an ordinary member who was never made an admin.',
        },
      ],
      fix: {
        zh: '先调用获取群管理员列表接口确认要移除的用户 ID。如果该用户本来就不是群管理员，目标状态已经达成，无需重试。',
        en: 'Check the admin list with the list group admins endpoint first. If the user is already not an admin, the desired state is reached and there is nothing to retry.',
      },
      sample: 'user:bob is not admin of group:216482239234049',
      related: ['404-resource-not-found-user-doesnt-exist-in-group'],
    },
    {
      id: '400-metadata-error-exceeds-chatgroup-user-single-key',
      status: 400,
      type: 'metadata_error',
      message: 'exceeds chatgroup user metadata single key limit',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAttribute, line: 127}],
      summary: {
        zh: '群成员自定义属性的名称（key）超过 16 字节。',
        en: 'A group member custom attribute key is longer than 16 bytes.',
      },
      cause: {
        zh: '设置群成员自定义属性时，某个属性名（key）超过了 16 字节的上限。长度按字节计算：一个中文字符在 UTF-8 中通常占 3 个字节。',
        en: 'When setting group member custom attributes, an attribute name (key) is longer than the 16-byte limit. Length is counted in bytes: a Chinese character usually takes 3 bytes in UTF-8.',
      },
      situations: [
        {
          zh: '群成员属性名直接用了中文 `群内显示昵称`，按 UTF-8 算超过了 16 字节。',
          en: 'You name a group member attribute in Chinese, such as `群内显示昵称`, which is over 16 bytes in UTF-8.',
        },
        {
          zh: '属性名起成了 `member_display_nickname`，有 23 个字符。',
          en: 'You name the attribute `member_display_nickname`, which is 23 characters long.',
        },
        {
          zh: '批量设置群成员属性时，其中一个成员的 `metadata` 里混进了一个超长的 key。',
          en: "In a batch set of member attributes, one member's `metadata` contains a key that is too long.",
        },
      ],
      fix: {
        zh: '把每个 key 缩短到 16 字节以内，例如用 `nick`、`avatar` 这类简短的英文标识代替长名称，然后重新提交。',
        en: 'Shorten every key to 16 bytes or less, for example with short English identifiers such as `nick` or `avatar`, and submit again.',
      },
      related: ['400-metadata-error-exceeds-chatgroup-user-single-value'],
    },
    {
      id: '400-metadata-error-exceeds-chatgroup-user-single-value',
      status: 400,
      type: 'metadata_error',
      message: 'exceeds chatgroup user metadata single value limit',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAttribute, line: 128}],
      summary: {
        zh: '群成员自定义属性的值（value）超过 512 字节。',
        en: 'A group member custom attribute value is longer than 512 bytes.',
      },
      cause: {
        zh: '设置群成员自定义属性时，某个属性值（value）超过了 512 字节的上限（按 UTF-8 字节数计算）。',
        en: 'When setting group member custom attributes, an attribute value is longer than the 512-byte limit (counted in UTF-8 bytes).',
      },
      situations: [
        {
          zh: '把成员写的整段自我介绍存进了一个群成员属性值。',
          en: "You store a member's whole self-introduction in a single group member attribute value.",
        },
        {
          zh: '把头像图片转成 Base64 存进了属性值。',
          en: 'You put an avatar image encoded as Base64 into an attribute value.',
        },
        {
          zh: '把一个 JSON 对象序列化成字符串放进单个 value，结果超过了 512 字节。',
          en: 'You serialize a JSON object into one value string, and it comes out longer than 512 bytes.',
        },
      ],
      fix: {
        zh: '把每个 value 控制在 512 字节以内；较大的数据存到你自己的服务器上，属性里只保存 ID 或 URL。另外，单个群成员的全部属性合计不能超过 4 KB。',
        en: 'Keep each value within 512 bytes; store larger data on your own server and keep only an ID or URL in the attribute. Also, all attributes of one member together may not exceed 4 KB.',
      },
      related: ['400-metadata-error-exceeds-chatgroup-user-single-key'],
    },
    {
      id: '400-metadata-error-some-users-not-in-group',
      status: 400,
      type: 'metadata_error',
      message: 'Some users are not in the group: XXX',
      sample: 'Some users are not in the group: user99',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAttribute, line: 243}],
      summary: {
        zh: '批量设置属性时，部分用户不是群成员。',
        en: 'Some users in the batch attribute update are not group members.',
      },
      cause: {
        zh: '批量设置群成员自定义属性时，请求中有用户不在该群组里。消息末尾列出的就是这些用户的 ID。',
        en: 'In a batch update of group member custom attributes, some users in the request are not in the group. The end of the message lists their user IDs.',
      },
      situations: [
        {
          zh: '批量设置群成员属性时，名单里有人刚刚退群。',
          en: 'You set member attributes in batch, and someone on the list has just left the group.',
        },
        {
          zh: '批量设置用的名单是从另一个群复制来的，混进了不属于本群的用户。',
          en: 'The list for the batch set was copied from another group and includes users who are not in this one.',
        },
      ],
      variants: [{message: 'Some users are not in the group: user99'}],
      note: {
        zh: '上游文档把示例用户 `user99` 直接写进了错误信息；实际返回的是请求中不在群里的用户 ID，所以本条目把它当作占位符 `XXX`。',
        en: 'The upstream documentation writes the example user `user99` into the message itself; the live API lists the actual user IDs that are not in the group, so this entry treats that part as the placeholder `XXX`.',
      },
      fix: {
        zh: '逐个处理消息中列出的用户：需要保留的先加入群组，不需要的从请求中删掉，然后重新提交。',
        en: 'Handle each user listed in the message: add the ones you need to the group first and drop the rest from the request, then submit again.',
      },
      related: ['404-metadataexception-user-not-in-group'],
    },
    {
      id: '400-metadata-error-exceeds-chatgroup-batch-put-users',
      status: 400,
      type: 'metadata_error',
      message: 'exceeds chatgroup metadata batch put users limit',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAttribute, line: 244}],
      summary: {
        zh: '一次批量设置属性的群成员超过 20 个。',
        en: 'More than 20 group members were included in one batch attribute update.',
      },
      cause: {
        zh: '批量设置群成员自定义属性的接口每次最多处理 20 个群成员，本次请求中的成员数超过了这个上限。',
        en: 'The batch endpoint for group member custom attributes handles at most 20 members per request, and this request contains more.',
      },
      situations: [
        {
          zh: '年终活动要给 50 位群成员设置称号，一次请求全部提交。',
          en: 'For a year-end event you set titles for 50 group members in a single batch request.',
        },
        {
          zh: '同步脚本把整个群的成员名单放进了一次批量设置属性的请求，没有按 20 人拆分。',
          en: 'A sync script sends the whole member list of the group in one batch attribute call, without splitting it into 20s.',
        },
      ],
      fix: {
        zh: '把成员拆成每批不超过 20 个，依次调用；同时注意该接口每个 App ID 每秒最多调用 100 次。',
        en: 'Split the members into batches of at most 20 and call the endpoint for each, staying within its rate limit of 100 calls per second per App ID.',
      },
    },
    {
      id: '403-metadata-error-chatgroup-user-service-not-allow',
      status: 403,
      type: 'metadata_error',
      message: 'chatgroup user metadata service not allow',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAttribute, line: 246}],
      summary: {
        zh: 'App 未开通群成员自定义属性功能。',
        en: 'Group member custom attributes are not enabled for the app.',
      },
      cause: {
        zh: '当前 App 没有开通群成员自定义属性服务，所以设置属性的请求被拒绝。',
        en: 'The group member custom attributes service is not enabled for this app, so requests to set attributes are refused.',
      },
      situations: [
        {
          zh: '新建的 App 还没开通群成员自定义属性，就调用了批量设置属性接口。',
          en: 'You call the batch set attributes endpoint in a new app that has not had group member custom attributes enabled.',
        },
        {
          zh: '测试环境的 App 开通了群成员自定义属性，生产环境的 App 没开通，上线后全部失败。',
          en: 'Group member custom attributes were enabled for your staging app but not for production, so every call fails after launch.',
        },
      ],
      fix: {
        zh: '联系商务开通群成员自定义属性功能，开通后再调用；在此之前无论重试多少次都不会成功。',
        en: 'Contact sales to enable group member custom attributes, then call again; until then, retrying will not succeed.',
      },
    },
    {
      id: '404-metadata-error-group-not-exists',
      status: 404,
      type: 'metadata_error',
      message: 'group not exists',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAttribute, line: 247}],
      summary: {
        zh: '设置群成员属性时指定的群组不存在。',
        en: 'The group named in the member attribute update does not exist.',
      },
      cause: {
        zh: '批量设置群成员自定义属性时，路径中的 `group_id` 在当前 App 下找不到，可能写错了，或者群组已被解散。',
        en: 'In a batch update of group member custom attributes, the `group_id` in the path was not found in this app; it may be mistyped or the group has been dissolved.',
      },
      situations: [
        {
          zh: '群组已经解散，批量设置群成员属性的任务还在跑。',
          en: 'A job that sets member attributes in batch keeps running after the group was dissolved.',
        },
        {
          zh: '路径里的 `group_id` 用的是测试 App 的群组 ID。',
          en: 'The `group_id` in the path belongs to a group of your staging app.',
        },
      ],
      fix: {
        zh: '核对路径中的 `group_id`，用获取群组详情接口确认群组存在后再重试。',
        en: 'Check the `group_id` in the path and confirm the group exists with the group details endpoint before retrying.',
      },
      related: ['404-resource-not-found-grpid-does-not-exist'],
    },
    {
      id: '409-metadata-error-failed-operate-user-concurrent-operation',
      status: 409,
      type: 'metadata_error',
      message: 'Failed to operate user metadata. Concurrent operation not allowed',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAttribute, line: 248}],
      summary: {
        zh: '同一用户的属性正被另一个请求修改，本次请求被拒绝。',
        en: "Another request is changing the same user's attributes, so this one was rejected.",
      },
      cause: {
        zh: '多个请求同时修改同一个群成员的自定义属性。服务器不允许并发修改，后到的请求会收到 409。',
        en: 'Several requests tried to change the custom attributes of the same group member at once. The server does not allow concurrent changes and answers the later request with 409.',
      },
      situations: [
        {
          zh: '两个服务实例同时给同一个群成员更新不同的属性，后到的那个被拒绝。',
          en: 'Two instances of your service update different attributes of the same group member at the same time, and the later one is refused.',
        },
        {
          zh: '批量设置属性的任务正在执行，运营又在后台单独改了其中某个成员的属性。',
          en: "While a batch attribute job runs, an operator edits one of the same members' attributes from the admin console.",
        },
        {
          zh: '客户端连点保存，你的服务器为同一个成员并行发出了两次设置请求。',
          en: 'A user taps Save twice and your server fires two parallel set requests for the same member.',
        },
      ],
      fix: {
        zh: '把同一用户要设置的全部属性合并到一次请求里，避免针对同一用户并行发送请求。偶尔发生冲突时，等前一个请求完成后稍等片刻再重试即可。',
        en: 'Put all attributes for one user into a single request and avoid parallel requests for the same user. When a conflict does happen, wait for the earlier request to finish and retry after a short delay.',
      },
    },
    {
      id: '404-metadataexception-user-not-in-group',
      status: 404,
      type: 'MetadataException',
      message: 'user not in group',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAttribute, line: 322}],
      summary: {
        zh: '要查询属性的用户不是该群组的成员。',
        en: 'The user whose attributes you requested is not a member of the group.',
      },
      cause: {
        zh: '获取单个群成员的自定义属性时，路径中的 `username` 不在 `group_id` 对应的群组里，可能用户 ID 写错了，或者用户已经退群。',
        en: "When getting one member's custom attributes, the `username` in the path is not in the group given by `group_id`; the ID may be mistyped or the user has left.",
      },
      situations: [
        {
          zh: '读取一个已经退群用户的群成员属性。',
          en: 'You read the group member attributes of a user who has already left the group.',
        },
        {
          zh: '路径里的 `group_id` 和 `username` 配错了，这个用户在另一个群里。',
          en: 'The `group_id` and `username` in the path do not go together: the user belongs to another group.',
        },
        {
          zh: '`username` 传成了用户的昵称，群里没有这个用户 ID。',
          en: "You pass the user's nickname as `username`, and no member has that user ID.",
        },
      ],
      fix: {
        zh: '确认 `group_id` 和 `username` 的组合正确，可以先用查看指定用户是否已加入群组的接口检查。用户已退群时，不再有可读取的群成员属性。',
        en: 'Make sure the `group_id` and `username` pair is correct; you can check first with the is-joined endpoint. Once a user has left the group, there are no member attributes to read.',
      },
      related: ['400-metadata-error-some-users-not-in-group'],
    },
    {
      id: '400-metadata-error-query-param-reaches-limit',
      status: 400,
      type: 'metadata_error',
      message: 'query param reaches limit.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAttribute, line: 410}],
      summary: {
        zh: '一次查询属性的群成员超过 10 个。',
        en: 'More than 10 group members were queried for attributes in one call.',
      },
      cause: {
        zh: '根据属性 key 获取多个群成员的自定义属性时，请求体 `targets` 中的用户 ID 超过了单次上限 10 个。',
        en: 'When getting custom attributes of several members by key, the `targets` array in the request body holds more than the per-call maximum of 10 user IDs.',
      },
      situations: [
        {
          zh: '展示群成员列表时，把一整页 50 个人都放进 `targets` 查昵称属性。',
          en: 'To render a page of the member list, you put all 50 members into `targets` to fetch their nickname attribute.',
        },
        {
          zh: '按属性 key 查询时，把全部管理员和活跃成员共 30 个用户 ID 一次传了进去。',
          en: 'You query attributes by key with 30 user IDs at once, all admins plus active members.',
        },
      ],
      fix: {
        zh: '把 `targets` 拆成每批最多 10 个用户 ID，分多次查询，再在你的服务器合并结果。',
        en: 'Split `targets` into batches of at most 10 user IDs, query each batch, and merge the results on your server.',
      },
      related: ['400-group-error-query-param-reaches-limit'],
    },
    {
      id: '400-invalid-parameter-usernames-more-than-max-limit',
      status: 400,
      type: 'invalid_parameter',
      message: 'userNames is more than max limit : 60',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberBlocklist, line: 297}],
      summary: {
        zh: '一次加入黑名单的用户超过 60 个。',
        en: 'More than 60 users were added to the blocklist in one call.',
      },
      cause: {
        zh: '批量添加用户至群组黑名单时，请求体 `usernames` 中的用户 ID 超过了单次上限 60 个。',
        en: 'When adding users to the group blocklist in batch, the `usernames` array in the request body holds more than the per-call maximum of 60 user IDs.',
      },
      situations: [
        {
          zh: '清理广告号时，一次把 100 个账号批量加入群组黑名单。',
          en: 'While cleaning out spam accounts, you add 100 of them to the group blocklist in one batch.',
        },
        {
          zh: '风控系统导出的拉黑名单没有分批，直接整份提交给批量添加黑名单接口。',
          en: 'The blocklist exported by your moderation system goes to the batch blocklist endpoint in one piece, unsplit.',
        },
      ],
      fix: {
        zh: '把 `usernames` 拆成每批不超过 60 个，逐批调用。注意群主不能加入黑名单，拆分时可顺便把群主排除。',
        en: 'Split `usernames` into batches of at most 60 and call the endpoint once per batch. The group owner cannot be blocklisted, so leave the owner out while you are at it.',
      },
      related: ['400-invalid-parameter-removeblacklist-list-size-more-than'],
    },
    {
      id: '400-invalid-parameter-removeblacklist-list-size-more-than',
      status: 400,
      type: 'invalid_parameter',
      message: 'removeBlacklist: list size more than max limit : 60',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberBlocklist, line: 469}],
      summary: {
        zh: '一次移出黑名单的用户超过 60 个。',
        en: 'More than 60 users were removed from the blocklist in one call.',
      },
      cause: {
        zh: '从群组黑名单批量移除用户时，路径参数 `usernames` 中以英文逗号分隔的用户 ID 超过了单次上限 60 个。',
        en: 'When removing users from the group blocklist in batch, the comma-separated user IDs in the `usernames` path parameter exceed the per-call maximum of 60.',
      },
      situations: [
        {
          zh: '想一次清空群组黑名单，把 80 个用户 ID 用逗号拼在了路径里。',
          en: 'To clear the group blocklist in one go, you join 80 user IDs with commas in the path.',
        },
        {
          zh: '每天的批量解封任务把当天所有到期用户一起移出黑名单，人数超过了 60。',
          en: 'A daily unblock job takes everyone due that day off the blocklist in one call, and there are more than 60 of them.',
        },
      ],
      fix: {
        zh: '每次请求在路径中最多放 60 个用户 ID（逗号在 URL 中写作 `%2C`），其余分批移除。',
        en: 'Put at most 60 user IDs in the path per request (the comma is encoded as `%2C` in the URL) and remove the rest in further calls.',
      },
      related: ['400-invalid-parameter-usernames-more-than-max-limit'],
    },
    {
      id: '400-group-error-query-param-reaches-limit',
      status: 400,
      type: 'group_error',
      message: 'query param reaches limit.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 129}],
      summary: {
        zh: '分页参数 `limit` 超过了上限 50。',
        en: 'The paging parameter `limit` is above its maximum of 50.',
      },
      cause: {
        zh: '获取子区列表或子区成员列表时，查询参数 `limit` 超出了允许范围（1 到 50）。',
        en: 'When listing threads or thread members, the `limit` query parameter is outside the allowed range of 1 to 50.',
      },
      situations: [
        {
          zh: '分页获取 App 中的子区时，把 `limit` 设成了 100。',
          en: 'You list the threads of the app with `limit` set to 100.',
        },
        {
          zh: '获取子区成员列表时沿用了群成员列表的每页条数，传了 `limit=200`。',
          en: 'You list thread members with the page size you use for group members, `limit=200`.',
        },
        {
          zh: '想一次拿到全部子区，把 `limit` 传成 `0` 当作不限制。',
          en: 'Hoping to get every thread at once, you pass `limit=0` to mean no limit.',
        },
      ],
      fix: {
        zh: '把 `limit` 设为 1 到 50 之间的值（不传时默认为 50），需要更多数据时用响应中返回的 `cursor` 继续翻页。',
        en: 'Set `limit` to a value from 1 to 50 (it defaults to 50 when omitted) and page through further results with the `cursor` returned in each response.',
      },
      related: ['400-metadata-error-query-param-reaches-limit'],
    },
    {
      id: '400-group-error-thread-must-on-message-create',
      status: 400,
      type: 'group_error',
      message: 'thread must on group message to create.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 405}],
      summary: {
        zh: '子区只能基于群消息创建，`msg_id` 不是群消息。',
        en: 'Threads can only start from group messages, and `msg_id` is not one.',
      },
      cause: {
        zh: '创建子区时，请求体中的 `msg_id` 指向的是单聊、聊天室等非群组消息，而子区必须挂在某个群组的消息上。',
        en: 'When creating a thread, the `msg_id` in the request body refers to a message that is not a group message, such as a one-to-one or chat room message. A thread must start from a message in a group.',
      },
      situations: [
        {
          zh: '拿一条单聊消息的 ID 作为 `msg_id` 去创建子区。',
          en: 'You create a thread with the ID of a one-to-one chat message as `msg_id`.',
        },
        {
          zh: '在聊天室消息上创建子区，`msg_id` 是聊天室里的消息。',
          en: 'You try to start a thread on a chat room message, so `msg_id` points into a chat room.',
        },
      ],
      fix: {
        zh: '把 `msg_id` 换成 `group_id` 对应群组中某条消息的 ID，再重新创建。',
        en: 'Set `msg_id` to the ID of a message in the group given by `group_id` and create the thread again.',
      },
      related: ['400-group-error-msg-not-belong', '400-group-error-thread-not-nested'],
    },
    {
      id: '400-group-error-thread-name-limit-reached',
      status: 400,
      type: 'group_error',
      message: 'thread name limit reached.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 406}],
      summary: {
        zh: '子区名称超过 64 个字符。',
        en: 'The thread name is longer than 64 characters.',
      },
      cause: {
        zh: '创建或修改子区时，请求体中的 `name` 超出了 64 个字符的长度上限。',
        en: 'When creating or updating a thread, the `name` in the request body exceeds the 64-character limit.',
      },
      situations: [
        {
          zh: '创建子区时直接把父消息的全文当作 `name`。',
          en: 'You create a thread using the full text of its parent message as `name`.',
        },
        {
          zh: '修改子区时用户输入了一个超长的名字，前端和你的服务器都没有校验。',
          en: 'A user renames a thread with a very long name, and neither your front end nor your server checks it.',
        },
      ],
      fix: {
        zh: '把 `name` 缩短到 64 个字符以内再提交；如果名称来自用户输入，在发送前先校验或截断。',
        en: 'Shorten `name` to 64 characters or fewer and submit again; if the name comes from user input, validate or truncate it before sending.',
      },
    },
    {
      id: '400-param-illegal-failed-read-http-message',
      status: 400,
      type: 'param_illegal',
      message: 'Failed to read HTTP message',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 407}],
      summary: {
        zh: '服务器无法解析请求体：JSON 格式有误或字段类型不对。',
        en: 'The server could not parse the request body: the JSON is malformed or a field has the wrong type.',
      },
      cause: {
        zh: '服务器读取创建子区的请求体时失败：可能 JSON 写法有误（如多余的逗号、未转义的引号），请求体为空，或者某个字段的类型与要求不符。',
        en: 'The server failed to read the body of the create-thread request: the JSON may be malformed (a trailing comma, an unescaped quote), the body may be empty, or a field may have the wrong type.',
      },
      situations: [
        {
          zh: '创建子区的请求体在最后一个字段后面多了一个逗号。',
          en: 'Your create-thread body has a trailing comma after its last field.',
        },
        {
          zh: '手工拼接 JSON 字符串，子区名称里用户输入的双引号没有转义。',
          en: "You build the JSON by string concatenation, and a double quote in the user's thread name is not escaped.",
        },
        {
          zh: '`owner` 被写成了数组 `["user1"]`，而不是字符串。',
          en: 'You send `owner` as an array, `["user1"]`, instead of a string.',
        },
        {
          zh: 'HTTP 客户端发了 POST 却没带上请求体。',
          en: 'Your HTTP client sends the POST without any body at all.',
        },
      ],
      fix: {
        zh: '用 JSON 校验工具检查请求体，确认其中有字符串类型的 `group_id`、`name`、`msg_id` 和 `owner`，并设置请求头 `Content-Type: application/json`。修正之前重试不会成功。',
        en: 'Validate the body with a JSON checker, make sure it contains the string fields `group_id`, `name`, `msg_id` and `owner`, and set `Content-Type: application/json`. Retrying before fixing it will not help.',
      },
      related: ['400-invalid-request-body-check-correct'],
    },
    {
      id: '400-group-error-msg-not-belong-app',
      status: 400,
      type: 'group_error',
      message: 'msg not belong to app.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 408}],
      summary: {
        zh: '`msg_id` 对应的消息不属于当前 App。',
        en: 'The message in `msg_id` does not belong to this app.',
      },
      cause: {
        zh: '创建子区时，请求体中的 `msg_id` 在当前 App 中找不到对应的消息：它可能来自另一个 App，或者 ID 被截断、抄错了。',
        en: 'When creating a thread, the `msg_id` in the request body matches no message of this app: it may come from another app, or the ID was truncated or mistyped.',
      },
      situations: [
        {
          zh: '在生产环境创建子区，`msg_id` 却是从测试 App 的消息里复制来的。',
          en: 'You create a thread in production with a `msg_id` copied from a message in your staging app.',
        },
        {
          zh: '业务迁到新 App 后，仍拿旧 App 里的历史消息 ID 创建子区。',
          en: "After moving to a new app, you still create threads on message IDs from the old app's history.",
        },
      ],
      fix: {
        zh: '使用本 App 中群消息的服务器消息 ID 作为 `msg_id`，并确认请求路径中的 `app_id` 正确。',
        en: 'Use the server-side message ID of a group message in this app as `msg_id`, and check that the `app_id` in the path is correct.',
      },
      related: ['400-group-error-msg-not-belong', '404-group-error-msg-not-exist'],
    },
    {
      id: '400-group-error-msg-not-belong',
      status: 400,
      type: 'group_error',
      message: 'msg not belong to group .',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 409}],
      summary: {
        zh: '`msg_id` 对应的消息不在 `group_id` 指定的群组中。',
        en: 'The message in `msg_id` is not from the group given in `group_id`.',
      },
      cause: {
        zh: '创建子区时，`msg_id` 对应的是另一个群组中的消息，与请求体里的 `group_id` 对不上。',
        en: 'When creating a thread, `msg_id` refers to a message from a different group than the `group_id` in the request body.',
      },
      situations: [
        {
          zh: '请求体里的 `msg_id` 是群 A 的消息，`group_id` 却填了群 B。',
          en: 'The `msg_id` in your body is a message of group A, while `group_id` names group B.',
        },
        {
          zh: '服务器并发处理多个群的建子区请求时变量串了，消息 ID 和群组 ID 配错。',
          en: 'Your server handles thread creation for several groups concurrently and mixes up variables, pairing a message with the wrong group ID.',
        },
      ],
      fix: {
        zh: '让 `group_id` 与消息实际所在的群组一致：要么改用该群组里的消息 ID，要么把 `group_id` 改成消息所在群组的 ID。',
        en: "Make `group_id` and the message's group match: either use a message from that group, or set `group_id` to the group the message was sent in.",
      },
      related: ['400-group-error-msg-not-belong-app', '400-group-error-thread-must-on-message-create'],
    },
    {
      id: '400-group-error-thread-not-nested',
      status: 400,
      type: 'group_error',
      message: 'thread not nested.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 410}],
      summary: {
        zh: '不能在子区里的消息上再创建子区。',
        en: 'You cannot create a thread on a message that is inside a thread.',
      },
      cause: {
        zh: '`msg_id` 指向的是某个子区中的消息。子区不支持嵌套，只能基于群组主会话里的消息创建。',
        en: "The `msg_id` points to a message posted inside a thread. Threads cannot be nested; they can only start from a message in the group's main conversation.",
      },
      situations: [
        {
          zh: '用户在子区里的一条回复上又点了“创建子区”，前端没有拦住。',
          en: 'A user taps "Create thread" on a reply inside a thread, and your front end does not stop it.',
        },
        {
          zh: '机器人为每条新消息自动建子区，把子区里的消息也算了进去。',
          en: 'A bot that opens a thread on every new message also picks up messages posted inside threads.',
        },
      ],
      fix: {
        zh: '改用群组主会话中某条消息的 ID 作为 `msg_id`；如果只是想继续讨论，直接在已有子区里发消息即可。',
        en: "Use the ID of a message from the group's main conversation as `msg_id`; to continue the discussion, simply post in the existing thread.",
      },
      related: ['400-group-error-thread-must-on-message-create'],
    },
    {
      id: '403-group-error-thread-number-reached-limit',
      status: 403,
      type: 'group_error',
      message: 'thread number has reached limit.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 412}],
      summary: {
        zh: 'App 中的子区总数已达上限。',
        en: 'The app has reached its maximum number of threads.',
      },
      cause: {
        zh: '当前 App 下已有的子区数量达到了上限（默认 10 万个），无法再创建新的子区。',
        en: 'The app already has as many threads as it is allowed (100,000 by default), so no new thread can be created.',
      },
      situations: [
        {
          zh: '机器人给每条群消息都自动建一个子区，跑了几个月后 App 里的子区累积到了 10 万个。',
          en: 'A bot that opens a thread on every group message has run for months, and the app now holds 100,000 threads.',
        },
        {
          zh: '测试环境的自动化用例每次都建子区却从不删除，最终建不出新的。',
          en: 'Automated tests in your staging app create threads on every run and never delete them, until no more can be created.',
        },
      ],
      fix: {
        zh: '调用删除子区接口清理不再使用的子区后再创建；如果业务需要更多子区，联系商务提高上限。',
        en: 'Delete threads that are no longer used with the delete thread endpoint, then create again; if you need more, contact sales to raise the limit.',
      },
      related: ['403-group-error-user-join-thread-reach-limit'],
    },
    {
      id: '403-group-error-user-join-thread-reach-limit',
      status: 403,
      type: 'group_error',
      message: 'user join thread reach limit.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 413}],
      summary: {
        zh: '用户加入的子区数已达上限。',
        en: 'The user has joined the maximum number of threads.',
      },
      cause: {
        zh: '相关用户加入的子区数量已达上限（默认每个用户 10 万个），因此不能再创建或加入新的子区。',
        en: 'The user involved has already joined the maximum number of threads (100,000 per user by default), so they cannot create or join another one.',
      },
      situations: [
        {
          zh: '所有子区都用同一个机器人账号作为 `owner` 创建，它加入的子区数到了上限。',
          en: 'You create every thread with the same bot account as `owner`, and that account has hit its thread limit.',
        },
        {
          zh: '批量加入子区时，`usernames` 里有个客服账号已经加入了 10 万个子区。',
          en: 'When adding users to a thread in batch, a support account in `usernames` has already joined 100,000 threads.',
        },
      ],
      fix: {
        zh: '让该用户退出不再使用的子区，或用批量踢出子区成员接口把他移出，然后再试；如果确实需要更高的上限，联系商务调整。',
        en: 'Have the user leave threads they no longer use, or remove them with the remove thread members endpoint, then try again; if you really need a higher limit, contact sales.',
      },
      related: ['403-group-error-thread-number-reached-limit'],
    },
    {
      id: '403-group-error-msg-already-create-thread-not',
      status: 403,
      type: 'group_error',
      message: 'msg already create thread.not allow to create.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 414}],
      summary: {
        zh: '这条消息上已经有子区，不能再创建。',
        en: 'A thread already exists on this message, so another cannot be created.',
      },
      cause: {
        zh: '每条群消息上只能创建一个子区，而 `msg_id` 对应的消息已经有了子区。',
        en: 'Each group message can carry only one thread, and the message in `msg_id` already has one.',
      },
      situations: [
        {
          zh: '两个用户几乎同时在同一条群消息上点了“创建子区”。',
          en: 'Two users tap "Create thread" on the same group message at almost the same moment.',
        },
        {
          zh: '创建子区的请求超时后重试，其实第一次已经建好了。',
          en: 'A create-thread call times out and is retried, although the first attempt had already created the thread.',
        },
        {
          zh: '导入脚本为每条历史消息建子区，第二次运行时遇到了已经建过的消息。',
          en: 'An import script opens a thread per historical message and, on its second run, meets messages that already have one.',
        },
      ],
      fix: {
        zh: '不要重复创建：用子区列表接口找到该消息对应的子区（其 `msgId` 与 `msg_id` 相同），再把用户加入这个子区；或者换一条消息创建新子区。',
        en: 'Do not create it again: find the existing thread with the thread list endpoints (its `msgId` equals your `msg_id`) and add users to it, or start a new thread on a different message.',
      },
      related: ['400-group-error-thread-not-nested'],
    },
    {
      id: '404-group-error-user-not-in',
      status: 404,
      type: 'group_error',
      message: 'user not in group.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 416}],
      summary: {
        zh: '子区的创建者不是该群组的成员。',
        en: 'The thread owner is not a member of the group.',
      },
      cause: {
        zh: '创建子区时，请求体中的 `owner` 不在 `group_id` 对应的群组里；只有群成员才能创建子区。',
        en: 'When creating a thread, the `owner` in the request body is not in the group given by `group_id`; only group members can create a thread.',
      },
      situations: [
        {
          zh: '用不在群里的机器人账号作为 `owner` 创建子区。',
          en: 'You create a thread with a bot account as `owner`, but the bot is not in the group.',
        },
        {
          zh: '用户刚退群，客户端排队中的建子区请求才发到你的服务器。',
          en: 'A user has just left the group when their queued create-thread request reaches your server.',
        },
      ],
      fix: {
        zh: '把 `owner` 设为该群组的成员，或者先把这个用户加入群组，再创建子区。',
        en: 'Set `owner` to a member of the group, or add the user to the group first and then create the thread.',
      },
    },
    {
      id: '404-group-error-msg-not-exist',
      status: 404,
      type: 'group_error',
      message: 'msg not exist.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 417}],
      summary: {
        zh: '`msg_id` 对应的消息不存在。',
        en: 'The message given in `msg_id` does not exist.',
      },
      cause: {
        zh: '创建子区时找不到 `msg_id` 对应的消息：ID 可能写错了，消息可能已被撤回或删除，也可能 ID 在传递过程中丢失了精度。',
        en: 'No message matches the `msg_id` of the create-thread request: the ID may be wrong, the message may have been recalled or deleted, or the ID lost precision on the way.',
      },
      situations: [
        {
          zh: 'JavaScript 里 `JSON.parse` 把消息 ID 转成了数字，传上去的 `msg_id` 丢了精度。',
          en: 'In JavaScript, `JSON.parse` turns the message ID into a number, and the `msg_id` you send has lost precision.',
        },
        {
          zh: '要挂子区的那条群消息已经被撤回了。',
          en: 'The group message you want to start the thread on has been recalled.',
        },
        {
          zh: '`msg_id` 用的是客户端本地生成的消息 ID，而不是服务器返回的消息 ID。',
          en: 'You use the message ID generated locally on the client as `msg_id`, not the one returned by the server.',
        },
      ],
      fix: {
        zh: '使用发送消息时服务器返回的消息 ID，并始终以字符串形式传递（在 JavaScript 中把长数字当作数值处理会丢失精度）。消息已被撤回时，改用其他消息创建子区。',
        en: 'Use the message ID the server returned when the message was sent, and always pass it as a string (long numbers lose precision when handled as numbers in JavaScript). If the message was recalled, start the thread on another message.',
      },
      related: ['400-group-error-msg-not-belong-app'],
    },
    {
      id: '404-group-error-not-found',
      status: 404,
      type: 'group_error',
      message: 'group not found.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 418}],
      summary: {
        zh: '创建子区时指定的群组不存在。',
        en: 'The group given when creating the thread does not exist.',
      },
      cause: {
        zh: '创建子区的请求体中，`group_id` 在当前 App 下找不到，可能写错了，或者群组已被解散。',
        en: 'The `group_id` in the create-thread request body was not found in this app; it may be mistyped or the group has been dissolved.',
      },
      situations: [
        {
          zh: '群组已经解散，还在给它的历史消息创建子区。',
          en: 'You create a thread on an old message of a group that has been dissolved.',
        },
        {
          zh: '创建子区时 `group_id` 填的是群名称，而不是群组 ID。',
          en: "You create a thread with the group's name in `group_id` instead of its ID.",
        },
        {
          zh: '`group_id` 来自测试 App，请求却发到了生产环境。',
          en: 'The `group_id` comes from your staging app while the request goes to production.',
        },
      ],
      fix: {
        zh: '核对 `group_id`，用获取群组详情接口确认群组存在，并确认 `msg_id` 是这个群组里的消息。',
        en: 'Check `group_id`, confirm the group exists with the group details endpoint, and make sure `msg_id` is a message from that group.',
      },
      related: ['404-resource-not-found-grpid-does-not-exist'],
    },
    {
      id: '404-group-error-thread-not-found',
      status: 404,
      type: 'group_error',
      message: 'thread not found.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 499}],
      summary: {
        zh: '路径中的子区 ID 不存在。',
        en: 'The thread ID in the path does not exist.',
      },
      cause: {
        zh: '路径中的 `thread_id` 在当前 App 下找不到：可能写错了，或者子区已被删除（解散群组时，其下的所有子区也会一并删除）。',
        en: 'The `thread_id` in the path was not found in this app: it may be mistyped, or the thread was deleted (dissolving a group also deletes all of its threads).',
      },
      situations: [
        {
          zh: '群组解散后，其下的子区随之删除，你的服务器还在修改其中一个子区的名称。',
          en: 'The group was dissolved, taking its threads with it, and your server still renames one of those threads.',
        },
        {
          zh: '删除子区的请求超时重试，第二次时子区已经不在了。',
          en: 'A delete-thread call times out and is retried after the thread is already gone.',
        },
        {
          zh: '把子区父消息的 `msg_id` 当成 `thread_id` 去拉子区成员。',
          en: "You list thread members using the parent message's `msg_id` as the `thread_id`.",
        },
      ],
      fix: {
        zh: '使用创建子区时返回的 ID，或用子区列表接口确认它仍然存在。子区已删除时重试没有意义，需要的话重新创建。',
        en: 'Use the ID returned when the thread was created, or confirm it still exists with the thread list endpoints. If the thread was deleted, retrying will not help; create a new one if needed.',
      },
      related: ['403-group-error-thread-not-open'],
    },
    {
      id: '400-group-error-request-body-reaches-limit',
      status: 400,
      type: 'group_error',
      message: 'request body reaches limit.',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangGroupThread, line: 742}],
      summary: {
        zh: '请求体 `usernames` 中的用户超过 10 个。',
        en: 'The `usernames` list in the request body has more than 10 users.',
      },
      cause: {
        zh: '批量加入子区或批量踢出子区成员时，请求体 `usernames` 中的用户 ID 超过了单次上限 10 个。',
        en: 'When adding users to a thread or removing thread members in batch, the `usernames` array in the request body holds more than the per-call maximum of 10 user IDs.',
      },
      situations: [
        {
          zh: '想把群里 30 个成员一次性都拉进子区，全放在 `usernames` 里。',
          en: 'You pull 30 group members into a thread at once, all in one `usernames` array.',
        },
        {
          zh: '批量踢出子区成员时，`usernames` 里放了 20 个人。',
          en: 'You remove thread members in batch with 20 users in `usernames`.',
        },
      ],
      fix: {
        zh: '把 `usernames` 拆成每批最多 10 个，逐批调用。原样重试仍会失败。',
        en: 'Split `usernames` into batches of at most 10 and call the endpoint once per batch. Retrying the same request will fail again.',
      },
    },
    {
      id: '404-not-found-null-for-uri',
      status: 404,
      type: 'not_found',
      message: 'null for uri: XXX',
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerGroupManagement, line: 1548},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerGroupManagement, line: 1661},
      ],
      summary: {
        zh: '请求的地址没有对应的资源，消息末尾是完整的请求 URL。',
        en: 'Nothing exists at the requested address; the message ends with the full request URL.',
      },
      cause: {
        zh: '服务器按路径找不到要操作的对象。文档中的例子是下载群组共享文件时，路径中的文件 ID 不存在（文件已删除或 ID 拼错）；对于其他找不到资源的路径，服务器很可能也返回同样的响应，但没有来源证实这一点。',
        en: 'The server found nothing at the path. The documented case is downloading a group shared file whose file ID in the path does not exist (the file was deleted or the ID is misspelled); other paths that lead nowhere probably get the same response, though no source shows it.',
      },
      situations: [
        {
          zh: '下载一个已经被群管理员删掉的共享文件。',
          en: 'You download a shared file that a group admin has already deleted.',
        },
        {
          zh: '`file_id` 从日志里复制时少了几个字符。',
          en: 'The `file_id` lost a few characters when it was copied from a log.',
        },
        {
          zh: '把上传返回的完整 `file_url` 当作 `file_id` 拼进了下载路径。',
          en: 'You put the full `file_url` returned by the upload into the download path as the `file_id`.',
        },
      ],
      fix: {
        zh: '核对消息末尾的 URL：文件 ID 是否来自获取群组共享文件接口的返回，群组 ID 是否正确，路径是否与接口文档一致。文件已被删除时重试没有用。',
        en: 'Check the URL at the end of the message: that the file ID came from the list-shared-files endpoint, that the group ID is right and that the path matches the endpoint reference. If the file was deleted, retrying will not help.',
      },
      sample:
        'null for uri: http://a1.easecdn.com/chat-demo/testapp/chatgroups/66021836783617/share_files/1b30e0be0-e1d4-11ea-8732-172a3f85134f',
      related: ['http-404', '404-url-invalid'],
    },
    {
      id: '400-illegal-argument-group-member-doesnt-exist',
      status: 400,
      type: 'illegal_argument',
      message: "group member XXX doesn't exist",
      older: true,
      sources: [
        {kind: 'sister-docs', ...DOCUMENTS.easemobSiteErrorcodes, line: 47},
        {kind: 'sister-docs', ...DOCUMENTS.easemobErrorAa0017a, line: 50},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerErrorCodes, line: 142},
      ],
      summary: {
        zh: '批量添加群成员时，其中有用户不存在（旧的写法）。',
        en: 'A user in a batch add of group members does not exist (older wording).',
      },
      cause: {
        zh: '批量添加群组成员时，请求体 `usernames` 中的某个用户 ID 没有注册，消息中点名了这个用户。这是较早文档中的写法；当前文档在同样情况下给出 404 `resource_not_found`。',
        en: 'In a batch add of group members, a user ID in the `usernames` body is not registered, and the message names it. This wording comes from older documentation; the current documentation gives 404 `resource_not_found` for the same case.',
      },
      situations: [
        {
          zh: '批量拉人入群时，名单里有个账号还没在 IM 注册。',
          en: 'You batch-add members to a group, and one account on the list was never registered in the IM service.',
        },
        {
          zh: '待入群名单里还留着一个已经被删除的用户。',
          en: 'Your pending-join list still contains a user that has been deleted.',
        },
      ],
      fix: {
        zh: '先注册消息中点名的用户，或把它从 `usernames` 中去掉，再重新添加。',
        en: 'Register the user the message names, or drop it from `usernames`, then add again.',
      },
      sample: "group member alice doesn't exist",
      related: ['404-resource-not-found-username-doesnt-exist'],
    },
    {
      id: '403-exceed-limit-appkey-create-too-many-groups',
      status: 403,
      type: 'exceed_limit',
      message: 'appKey:XX#XX has create too many groups!',
      sources: [{kind: 'sister-docs', ...DOCUMENTS.easemobGroupManage, line: 154}],
      summary: {
        zh: 'App 的群组数量已达到上限，不能再创建群组。',
        en: 'The app has as many chat groups as allowed and cannot create more.',
      },
      cause: {
        zh: '每个 App 可以拥有的群组总数有上限，取决于套餐。已经达到上限时，创建群组的请求被拒绝。消息中的 `appKey` 是你的 App 的内部标识。',
        en: "Each app may own a limited number of chat groups, depending on the plan. Once it has that many, creating a group is refused. The `appKey` in the message is your app's internal identifier.",
      },
      situations: [
        {
          zh: '压测脚本建了大量群组却从不解散，App 的群组数到了套餐上限。',
          en: "A load-test script created lots of groups and never dissolved them, so the app reached its plan's group limit.",
        },
        {
          zh: '每场活动都新建一个群，活动结束后也不清理，某天开始建不出新群。',
          en: 'You create a new group for every event and never clean up, until one day new groups can no longer be created.',
        },
      ],
      fix: {
        zh: '解散不再使用的群组后再创建；重试本身不会成功。业务确实需要更多群组时，联系商务提高上限。',
        en: 'Dissolve chat groups you no longer use before creating more; retrying alone will not help. If you really need more groups, contact sales to raise the limit.',
      },
      sample: 'appKey:61117440#1497318 has create too many groups!',
      related: ['403-exceed-limit-appkey-create-too-many-chatrooms', '403-exceed-limit-user-joined-too-many-groups'],
    },
    {
      id: '400-invalid-parameter-users-not-members-group',
      status: 400,
      type: 'invalid_parameter',
      message: 'users [%s] are not members of this group!',
      sources: [
        {kind: 'test-suite', ...DOCUMENTS.sxTestGroupmuteResult, line: 9},
        {kind: 'test-suite', ...DOCUMENTS.sxTestChatroommuteResult, line: 8},
        {kind: 'test-suite', ...DOCUMENTS.sxTest54, line: 34},
        {kind: 'test-suite', ...DOCUMENTS.sxTest63, line: 37},
      ],
      summary: {
        zh: '要禁言的用户不是该群组或聊天室的成员。',
        en: 'A user to mute is not a member of the chat group or chat room.',
      },
      cause: {
        zh: '禁言群成员或聊天室成员时，请求体 `usernames` 中有用户不在这个群组或聊天室里，方括号中列出了这些用户。',
        en: 'When muting chat group or chat room members, some users in the `usernames` body are not in that group or room; the brackets list them.',
      },
      situations: [
        {
          zh: '禁言一个上午已经被踢出群的成员。',
          en: 'You mute a group member who was kicked out of the group earlier that morning.',
        },
        {
          zh: '直播间里要禁言的观众已经离开了聊天室。',
          en: 'The viewer you want to mute has already left the live-stream chat room.',
        },
        {
          zh: '禁言名单里混进了一个拼错的用户 ID。',
          en: 'Your mute list contains a user ID with a typo.',
        },
      ],
      fix: {
        zh: '先查询成员列表，只对成员禁言；不在其中的用户从 `usernames` 中去掉，或先把他们加进来，然后重试。',
        en: 'List the members first and mute only members: drop the others from `usernames`, or add them first, then retry.',
      },
      sample: 'users [alice] are not members of this group!',
      related: ['403-forbidden-op-users-not-members-group', '400-forbidden-op-users-not-members-group'],
    },
    {
      id: '200-user-doesnt-exist-in-group',
      status: 200,
      type: '',
      message: "user: XX doesn't exist in group: XX",
      partial: true,
      sources: [
        {kind: 'docs-prose', ...DOCUMENTS.shengwangChatroomMemberAddDelete, line: 369},
        {kind: 'docs-prose', ...DOCUMENTS.shengwangChatroomMemberBlocklist, line: 378},
        {kind: 'docs-prose', ...DOCUMENTS.shengwangGroupMemberBlocklist, line: 275},
      ],
      summary: {
        zh: '批量操作部分失败：这个用户不在该群组或聊天室中，其余用户照常处理。',
        en: 'A batch operation partly failed: this user is not in the chat group or chat room; the others were handled as usual.',
      },
      cause: {
        zh: '批量操作中，不在群组或聊天室里的用户不会让整个请求失败：响应仍是 200，这个用户在 `data` 数组中对应的一项 `result` 为 `false`，`reason` 就是这条消息，前面是用户 ID，后面是群组或聊天室 ID。',
        en: "In a batch operation, a user who is not in the group or room does not fail the whole request: the response is still 200, and that user's item in the `data` array has `result: false` and this message as `reason`, with the user ID first and the group or chat room ID after it.",
      },
      situations: [
        {
          zh: '批量拉黑广告号时，其中一个已经被踢出群，响应是 200，但那一项的 `result` 为 `false`。',
          en: 'You blocklist spam accounts in batch; one was already kicked out, so the response is 200 but its item has `result` `false`.',
        },
        {
          zh: '代码只判断了状态码 200，就以为名单里的人全部拉黑成功了。',
          en: 'Your code only checks for status 200 and assumes everyone on the list was blocklisted.',
        },
        {
          zh: '聊天室批量移除成员时，有个用户在请求到达前已经离开了聊天室。',
          en: 'You remove chat room members in batch, and one user had left the chat room before the request arrived.',
        },
      ],
      fix: {
        zh: '不要只看状态码：遍历 `data`，找出 `result` 为 `false` 的项。移除成员时，用户本就不在其中通常可以当作完成；加入黑名单时，只有成员才能被拉黑，需要的话先把用户加入再操作。不需要重试整个批次。',
        en: 'Do not rely on the status code alone: walk `data` and pick out the items with `result: false`. When removing members, a user who was not there can usually count as done; a blocklist only takes members, so add the user first if you need to. There is no need to retry the whole batch.',
      },
      sample: "user: alice doesn't exist in group: 216482239234049",
      related: ['403-forbidden-op-user-doesnt-exist-in-group', '404-resource-not-found-user-doesnt-exist-in-group'],
    },
    {
      id: '200-user-doesnt-exist',
      status: 200,
      type: '',
      message: "user XXX doesn't exist.",
      partial: true,
      sources: [{kind: 'docs-prose', ...DOCUMENTS.shengwangGroupMemberAddDelete, line: 373}],
      summary: {
        zh: '批量移除群成员部分失败：这个用户不存在或不在群中，其余用户照常移除。',
        en: 'A batch removal of group members partly failed: this user does not exist or is not in the group; the others were removed as usual.',
      },
      cause: {
        zh: '批量移除群组成员时，有问题的用户不会让整个请求失败：响应仍是 200，这个用户在 `data` 数组中对应的一项 `result` 为 `false`，`reason` 就是这条消息，中间是用户 ID。',
        en: "In a batch removal of group members, a problem user does not fail the whole request: the response is still 200, and that user's item in the `data` array has `result: false` and this message as `reason`, with the user ID in the middle.",
      },
      situations: [
        {
          zh: '批量移除群组成员时，`members` 里有个账号已经注销了。',
          en: 'You remove group members in batch, and one account in `members` has been deleted.',
        },
        {
          zh: '移除名单里一个用户 ID 拼错了，请求整体返回 200，只有这一项失败。',
          en: 'One user ID in your removal list is misspelled; the request returns 200 overall and only that item fails.',
        },
      ],
      fix: {
        zh: '遍历 `data`，找出 `result` 为 `false` 的项，核对这些用户 ID 的拼写。用户本就不在群中时，通常可以当作已移除；不需要重试整个批次。',
        en: 'Walk `data`, pick out the items with `result: false` and check the spelling of those user IDs. A user who was not in the group can usually count as removed; there is no need to retry the whole batch.',
      },
      sample: "user alice doesn't exist.",
      related: ['200-user-doesnt-exist-in-group', '404-resource-not-found-username-doesnt-exist'],
    },
    {
      id: '200-group-id-doesnt-exist',
      status: 200,
      type: '',
      message: 'group id doesn’t exist',
      partial: true,
      sources: [{kind: 'docs-prose', ...DOCUMENTS.shengwangGroupManage, line: 707}],
      summary: {
        zh: '一次查询多个群组详情时，其中这个群组 ID 不存在，其余群组照常返回。',
        en: 'In a details request for several groups, this group ID does not exist; the other groups are returned as usual.',
      },
      cause: {
        zh: '获取群组详情接口可以在路径中用逗号分隔传入最多 100 个群组 ID。其中不存在的 ID 不会让整个请求失败：响应仍是 200，存在的群组返回详情，不存在的群组换成这句话。',
        en: 'The group details endpoint takes up to 100 comma-separated group IDs in the path. An ID that does not exist does not fail the whole request: the response is still 200, existing groups come back with their details, and a missing one is replaced by this text.',
      },
      situations: [
        {
          zh: '一次查询 50 个群组的详情，其中一个群昨天刚被解散。',
          en: 'You fetch the details of 50 groups at once, and one of them was dissolved yesterday.',
        },
        {
          zh: '本地缓存的群组列表里有过期的 ID，批量查询详情时那几项变成了这句话。',
          en: 'Your cached group list holds stale IDs, and in a batch details query those entries come back as this text.',
        },
      ],
      fix: {
        zh: '不要只看状态码：逐项检查返回的数据，把换成这句话的群组 ID 当作不存在（已解散或 ID 有误），从你的记录中清理掉。不需要重试。',
        en: 'Do not rely on the status code alone: check each item returned, and treat IDs answered with this text as nonexistent (dissolved or wrong); clean them out of your records. There is no need to retry.',
      },
      note: {
        zh: '文档在这条消息中用的是弯撇号（’）；搜索时直撇号和弯撇号都能匹配。',
        en: 'The documentation writes this message with a typographic apostrophe (’); search matches it with either apostrophe.',
      },
      related: ['404-resource-not-found-grpid-does-not-exist'],
    },
  ],
};
