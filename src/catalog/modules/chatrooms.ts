/**
 * How to add an error to this module (chatrooms); CONTRIBUTING.md walks through it in full.
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
 * 5. Check: `npm run check-catalog -- --only chatrooms`, `npx tsc --noEmit`, `npm run test:unit`.
 */
import {DOCUMENTS} from '../documents';
import type {CatalogModule} from '../types';

export const chatroomsModule: CatalogModule = {
  id: 'chatrooms',
  title: {
    zh: '聊天室',
    en: 'Chat rooms',
  },
  summary: {
    zh: '聊天室相关 REST 接口返回的错误：超级管理员，聊天室的创建、修改、转让和解散，公告与自定义属性，成员的添加与移除，聊天室管理员、白名单、禁言，以及按用户标签禁言。',
    en: 'Errors returned by the chat room REST endpoints: super admins; creating, modifying, transferring and dissolving chat rooms; announcements and custom attributes; adding and removing members; chat room admins, the allowlist, muting, and muting by user tag.',
  },
  sections: [
    {
      id: 'chatroom-superadmin',
      title: {
        zh: '管理聊天室超级管理员',
        en: 'Manage chat room super admins',
      },
    },
    {
      id: 'chatroom-manage',
      title: {
        zh: '聊天室管理',
        en: 'Manage chat rooms',
      },
    },
    {
      id: 'chatroom-attribute',
      title: {
        zh: '聊天室公告与自定义属性',
        en: 'Chat room announcements and custom attributes',
      },
    },
    {
      id: 'chatroom-member-obtain',
      title: {
        zh: '获取聊天室成员列表',
        en: 'List chat room members',
      },
    },
    {
      id: 'chatroom-member-add-delete',
      title: {
        zh: '添加/移除聊天室成员',
        en: 'Add and remove chat room members',
      },
    },
    {
      id: 'chatroom-member-admin',
      title: {
        zh: '管理聊天室管理员',
        en: 'Manage chat room admins',
      },
    },
    {
      id: 'chatroom-member-allowlist',
      title: {
        zh: '聊天室白名单管理',
        en: 'Manage the chat room allowlist',
      },
    },
    {
      id: 'chatroom-member-blocklist',
      title: {
        zh: '聊天室黑名单管理',
        en: 'Manage the chat room blocklist',
      },
      intro: {
        zh: '上游的聊天室黑名单文档在这里列出的其实不是黑名单接口，而是添加、移除聊天室成员和获取聊天室管理员列表的接口，请求方法和路径与前面对应章节完全相同。这些接口按上游原样保留在此，每个错误的含义与对应章节一致。',
        en: 'The upstream chat room blocklist page does not list blocklist endpoints here: it repeats the endpoints for adding and removing chat room members and for listing chat room admins, with the same methods and paths as in the sections above. They are kept here as documented upstream; every error means the same as in those sections.',
      },
    },
    {
      id: 'chatroom-member-mutelist',
      title: {
        zh: '聊天室成员禁言管理',
        en: 'Mute chat room members',
      },
    },
    {
      id: 'chatroom-label-mute',
      title: {
        zh: '聊天室用户标签禁言',
        en: 'Mute chat room members by tag',
      },
    },
  ],
  endpoints: [
    {
      id: 'chatrooms.add-super-admin',
      method: 'POST',
      path: '/app-id/{app_id}/chatrooms/super_admin',
      title: {
        zh: '添加超级管理员',
        en: 'Add a super admin',
      },
      section: 'chatroom-superadmin',
      errors: [
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是请求体 `superadmin` 中的用户不存在。',
            en: 'Here the user in `superadmin` in the request body does not exist.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.list-super-admins',
      method: 'GET',
      path: '/app-id/{app_id}/chatrooms/super_admin?pagenum={N}&pagesize={N}',
      title: {
        zh: '分页获取超级管理员列表',
        en: 'List super admins with pagination',
      },
      section: 'chatroom-superadmin',
      errors: [],
    },
    {
      id: 'chatrooms.remove-super-admin',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatrooms/super_admin/{superAdmin}',
      title: {
        zh: '撤销超级管理员',
        en: 'Revoke a super admin',
      },
      section: 'chatroom-superadmin',
      errors: [
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是路径参数 `superAdmin` 中的用户不存在。',
            en: 'Here the user in the `superAdmin` path parameter does not exist.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.list-chatrooms',
      method: 'GET',
      path: '/app-id/{app_id}/chatrooms?limit={N}&cursor={cursor}',
      title: {
        zh: '获取 app 中的聊天室',
        en: 'List chat rooms in the app',
      },
      section: 'chatroom-manage',
      errors: [{error: '401-group-authorization-token-bad-has-expired'}],
    },
    {
      id: 'chatrooms.list-joined-chatrooms',
      method: 'GET',
      path: '/app-id/{app_id}/users/{username}/joined_chatrooms?pagenum={N}&pagesize={N}',
      title: {
        zh: '获取用户加入的聊天室',
        en: 'List chat rooms a user has joined',
      },
      section: 'chatroom-manage',
      errors: [],
    },
    {
      id: 'chatrooms.get-details',
      method: 'GET',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}',
      title: {
        zh: '查询聊天室详情',
        en: 'Get chat room details',
      },
      section: 'chatroom-manage',
      errors: [
        {error: '404-service-resource-not-found-do-not-find-group'},
        {error: '401-group-authorization-token-blank'},
      ],
    },
    {
      id: 'chatrooms.create',
      method: 'POST',
      path: '/app-id/{app_id}/chatrooms',
      title: {
        zh: '创建聊天室',
        en: 'Create a chat room',
      },
      section: 'chatroom-manage',
      errors: [
        {
          error: '400-invalid-parameter-must-provided',
          note: {
            zh: '创建聊天室时 `name`、`description` 和 `owner` 为必填字段。缺少名称时实际见到的是另一条消息 `chatroom must contain title/name field!`。',
            en: 'To create a chat room, `name`, `description` and `owner` are required. A missing name has been seen getting the separate message `chatroom must contain title/name field!`.',
          },
        },
        {error: '400-illegal-argument-group-id-already-exists'},
        {error: '403-exceed-limit-appkey-create-too-many-chatrooms'},
        {error: '403-exceed-limit-user-joined-too-many-chatrooms'},
        {
          error: '403-exceed-limit-members-size-greater-than-max',
          note: {
            zh: '这里是 `members` 数组的人数超过了 `maxusers` 允许的值；`maxusers` 的取值范围为 [1, 10,000]，默认为 1000。',
            en: 'Here the `members` array has more users than `maxusers` allows; `maxusers` ranges from 1 to 10,000 and defaults to 1000.',
          },
        },
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是 `owner` 或 `members` 中的某个用户不存在。',
            en: 'Here a user in `owner` or `members` does not exist.',
          },
        },
        {error: '401-group-authorization-token-blank'},
        {error: '400-invalid-parameter-chatroom-must-contain-title-name-field'},
      ],
    },
    {
      id: 'chatrooms.update-info',
      method: 'PUT',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}',
      title: {
        zh: '修改聊天室信息',
        en: 'Modify chat room information',
      },
      section: 'chatroom-manage',
      errors: [
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {error: '403-exceed-limit-title-cannot'},
        {error: '403-exceed-limit-desc-cannot'},
        {error: '403-exceed-limit-maxusers-cannot'},
        {error: '400-invalid-parameter-some-chatroom-id-not-valid'},
        {error: '401-group-authorization-token-blank'},
        {error: '403-forbidden-op-current-user-count-larger-than-maxusers'},
      ],
    },
    {
      id: 'chatrooms.transfer-owner',
      method: 'PUT',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}',
      title: {
        zh: '转让聊天室',
        en: 'Transfer a chat room to a new owner',
      },
      section: 'chatroom-manage',
      errors: [
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是请求体 `newowner` 指定的新所有者不存在；新所有者还应是该聊天室的成员。',
            en: 'Here the new owner in `newowner` in the request body does not exist; the new owner should also be a member of the chat room.',
          },
        },
        {error: '403-forbidden-op-new-owner-old-owner-same'},
      ],
    },
    {
      id: 'chatrooms.dissolve',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}',
      title: {
        zh: '解散聊天室',
        en: 'Dissolve a chat room',
      },
      section: 'chatroom-manage',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}, {error: '401-group-authorization-token-blank'}],
    },
    {
      id: 'chatrooms.get-announcement',
      method: 'GET',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/announcement',
      title: {
        zh: '获取聊天室公告',
        en: 'Get the chat room announcement',
      },
      section: 'chatroom-attribute',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'chatrooms.update-announcement',
      method: 'POST',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/announcement',
      title: {
        zh: '修改聊天室公告',
        en: 'Update the chat room announcement',
      },
      section: 'chatroom-attribute',
      errors: [
        {error: '403-forbidden-op-announce-info-length-exceeds-limit'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'chatrooms.set-custom-attributes',
      method: 'PUT',
      path: '/app-id/{app_id}/metadata/chatroom/{chatroom_id}/user/{username}',
      title: {
        zh: '设置聊天室自定义属性',
        en: 'Set chat room custom attributes',
      },
      section: 'chatroom-attribute',
      errors: [
        {
          error: '400-exceed-allowed-batch-size-10',
          note: {
            zh: '这里计数的是请求体 `metaData` 中键值对的数量。',
            en: 'Here the count is the number of key-value pairs in `metaData` in the request body.',
          },
        },
        {error: '401-metadataexception-user-not-in-chatroom'},
        {error: '400-others-not-allowed-set'},
        {
          error: '200-properties-key-exceeding-maximum-limit-128',
          note: {
            zh: '失败的属性名列在响应的 `data.errorKeys` 中，HTTP 状态码仍为 200。',
            en: 'Failed keys are listed in `data.errorKeys` of the response; the HTTP status is still 200.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.get-custom-attributes',
      method: 'POST',
      path: '/app-id/{app_id}/metadata/chatroom/{chatroom_id}',
      title: {
        zh: '获取聊天室自定义属性',
        en: 'Get chat room custom attributes',
      },
      section: 'chatroom-attribute',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'chatrooms.delete-custom-attributes',
      method: 'DELETE',
      path: '/app-id/{app_id}/metadata/chatroom/{chatroom_id}/user/{username}',
      title: {
        zh: '删除聊天室自定义属性',
        en: 'Delete chat room custom attributes',
      },
      section: 'chatroom-attribute',
      errors: [
        {
          error: '400-exceed-allowed-batch-size-10',
          note: {
            zh: '这里计数的是请求体 `keys` 数组中属性名的数量。',
            en: 'Here the count is the number of attribute names in the `keys` array of the request body.',
          },
        },
        {error: '401-metadataexception-user-not-in-chatroom'},
      ],
    },
    {
      id: 'chatrooms.force-set-custom-attributes',
      method: 'PUT',
      path: '/app-id/{app_id}/metadata/chatroom/{chatroom_id}/user/{username}/forced',
      title: {
        zh: '强制设置聊天室自定义属性',
        en: 'Forcibly set chat room custom attributes',
      },
      section: 'chatroom-attribute',
      errors: [
        {
          error: '400-exceed-allowed-batch-size-10',
          note: {
            zh: '这里计数的是请求体 `metaData` 中键值对的数量。',
            en: 'Here the count is the number of key-value pairs in `metaData` in the request body.',
          },
        },
        {error: '401-metadataexception-user-not-in-chatroom'},
        {
          error: '200-properties-key-exceeding-maximum-limit-128',
          note: {
            zh: '失败的属性名列在响应的 `data.errorKeys` 中，HTTP 状态码仍为 200。',
            en: 'Failed keys are listed in `data.errorKeys` of the response; the HTTP status is still 200.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.force-delete-custom-attributes',
      method: 'DELETE',
      path: '/app-id/{app_id}/metadata/chatroom/{chatroom_id}/user/{username}/forced',
      title: {
        zh: '强制删除聊天室自定义属性',
        en: 'Forcibly delete chat room custom attributes',
      },
      section: 'chatroom-attribute',
      errors: [
        {
          error: '400-exceed-allowed-batch-size-10',
          note: {
            zh: '这里计数的是请求体 `keys` 数组中属性名的数量。',
            en: 'Here the count is the number of attribute names in the `keys` array of the request body.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.list-members',
      method: 'GET',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/users?pagenum={N}&pagesize={N}',
      title: {
        zh: '分页获取聊天室成员列表',
        en: 'List chat room members with pagination',
      },
      section: 'chatroom-member-obtain',
      errors: [{error: '404-service-resource-not-found-do-not-find-group'}],
    },
    {
      id: 'chatrooms.add-member-single',
      method: 'POST',
      path: '/app-id/{app_id}/chatrooms/{chatroomid}/users/{username}',
      title: {
        zh: '添加单个聊天室成员',
        en: 'Add a single chat room member',
      },
      section: 'chatroom-member-add-delete',
      errors: [
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是路径参数 `username` 中的用户不存在。',
            en: 'Here the user in the `username` path parameter does not exist.',
          },
        },
        {error: '403-forbidden-op-can-not-join-group-reason'},
      ],
    },
    {
      id: 'chatrooms.add-member-batch',
      method: 'POST',
      path: '/app-id/{app_id}/chatrooms/{chatroomid}/users',
      title: {
        zh: '批量添加聊天室成员',
        en: 'Add chat room members in a batch',
      },
      section: 'chatroom-member-add-delete',
      errors: [
        {error: '400-invalid-parameter-addmembers-addmembers-number-more-than'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是请求体 `usernames` 数组中的某个用户不存在。',
            en: 'Here a user in the `usernames` array of the request body does not exist.',
          },
        },
        {error: '403-forbidden-op-can-not-join-group-reason'},
      ],
    },
    {
      id: 'chatrooms.remove-member-single',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatrooms/{chatroomid}/users/{username}',
      title: {
        zh: '移除单个聊天室成员',
        en: 'Remove a single chat room member',
      },
      section: 'chatroom-member-add-delete',
      errors: [
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {error: '400-forbidden-op-users-not-members-group'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是路径参数 `username` 中的用户不存在。',
            en: 'Here the user in the `username` path parameter does not exist.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.remove-member-batch',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatrooms/{chatroomid}/users/{usernames}',
      title: {
        zh: '批量移除聊天室成员',
        en: 'Remove chat room members in a batch',
      },
      section: 'chatroom-member-add-delete',
      errors: [
        {
          error: '400-invalid-parameter-kickmember-kickmembers-number-more-than',
          note: {
            zh: '文档在这里前后不一致：接口说明写每次最多可传 100 个用户 ID，错误表和这条消息写的却是 60。哪个数字才是实际上限，文档没有说清；每批不超过 60 个，两种说法都能满足。',
            en: 'The documentation contradicts itself here: the endpoint description allows up to 100 user IDs per call, while the error table and this message say 60. It does not make clear which number is the actual limit; batches of 60 or fewer satisfy both.',
          },
        },
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {error: '400-forbidden-op-users-not-members-group'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是路径参数 `usernames` 中用逗号分隔的某个用户不存在。',
            en: 'Here one of the comma-separated users in the `usernames` path parameter does not exist.',
          },
        },
        {
          error: '200-user-doesnt-exist-in-group',
          note: {
            zh: '要移除的用户不在聊天室中时，在 `data[].reason` 中给出，HTTP 状态码仍为 200；消息中写的是 `group`，后面是聊天室 ID。',
            en: 'A user to remove who is not in the chat room is reported in `data[].reason`; the HTTP status is still 200. The message says `group` followed by the chat room ID.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.list-admins',
      method: 'GET',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/admin',
      title: {
        zh: '获取聊天室管理员列表',
        en: 'List chat room admins',
      },
      section: 'chatroom-member-admin',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'chatrooms.add-admin',
      method: 'POST',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/admin',
      title: {
        zh: '添加聊天室管理员',
        en: 'Add a chat room admin',
      },
      section: 'chatroom-member-admin',
      errors: [
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是请求体 `newadmin` 中的用户不存在；该用户还必须是聊天室的普通成员。',
            en: 'Here the user in `newadmin` in the request body does not exist; it must also be a regular member of the chat room.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.remove-admin',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/admin/{oldadmin}',
      title: {
        zh: '移除聊天室管理员',
        en: 'Remove a chat room admin',
      },
      section: 'chatroom-member-admin',
      errors: [
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是路径参数 `oldadmin` 中的用户不存在；它应是该聊天室当前的管理员。',
            en: 'Here the user in the `oldadmin` path parameter does not exist; it should be a current admin of the chat room.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.list-allowlist',
      method: 'GET',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/white/users',
      title: {
        zh: '查询聊天室白名单',
        en: 'Get the chat room allowlist',
      },
      section: 'chatroom-member-allowlist',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'chatrooms.add-allowlist-single',
      method: 'POST',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/white/users/{username}',
      title: {
        zh: '添加单个用户至聊天室白名单',
        en: 'Add a single user to the chat room allowlist',
      },
      section: 'chatroom-member-allowlist',
      errors: [
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {
          error: '400-forbidden-op-users-not-members-group',
          note: {
            zh: '只有聊天室成员才能加入白名单，请先把用户加入聊天室。',
            en: 'Only chat room members can be added to the allowlist; add the user to the chat room first.',
          },
        },
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'chatrooms.add-allowlist-batch',
      method: 'POST',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/white/users',
      title: {
        zh: '批量添加用户至聊天室白名单',
        en: 'Add users to the chat room allowlist in a batch',
      },
      section: 'chatroom-member-allowlist',
      errors: [
        {error: '400-invalid-parameter-usernames-size-more-than-max'},
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {
          error: '400-forbidden-op-users-not-members-group',
          note: {
            zh: '只有聊天室成员才能加入白名单，请先把用户加入聊天室。',
            en: 'Only chat room members can be added to the allowlist; add the user to the chat room first.',
          },
        },
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'chatrooms.remove-allowlist',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/white/users/{username}',
      title: {
        zh: '将用户移出聊天室白名单',
        en: 'Remove users from the chat room allowlist',
      },
      section: 'chatroom-member-allowlist',
      errors: [
        {
          error: '400-invalid-parameter-removewhitelist-size-more-than-max',
          note: {
            zh: '这里的用户 ID 放在路径中，多个 ID 用英文逗号分隔（URL 中转义为 `%2C`），每次最多 60 个。',
            en: 'Here the user IDs go in the path, separated by commas (encoded as `%2C` in the URL), at most 60 per call.',
          },
        },
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {error: '400-forbidden-op-users-not-members-group'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'chatrooms.blocklist-page-add-member-single',
      method: 'POST',
      path: '/app-id/{app_id}/chatrooms/{chatroomid}/users/{username}',
      title: {
        zh: '添加单个聊天室成员',
        en: 'Add a single chat room member (as listed on the blocklist page)',
      },
      section: 'chatroom-member-blocklist',
      errors: [
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是路径参数 `username` 中的用户不存在。',
            en: 'Here the user in the `username` path parameter does not exist.',
          },
        },
        {error: '403-forbidden-op-can-not-join-group-reason'},
      ],
    },
    {
      id: 'chatrooms.blocklist-page-add-member-batch',
      method: 'POST',
      path: '/app-id/{app_id}/chatrooms/{chatroomid}/users',
      title: {
        zh: '批量添加聊天室成员',
        en: 'Add chat room members in a batch (as listed on the blocklist page)',
      },
      section: 'chatroom-member-blocklist',
      errors: [
        {error: '400-invalid-parameter-addmembers-addmembers-number-more-than'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是请求体 `usernames` 数组中的某个用户不存在。',
            en: 'Here a user in the `usernames` array of the request body does not exist.',
          },
        },
        {error: '403-forbidden-op-can-not-join-group-reason'},
      ],
    },
    {
      id: 'chatrooms.blocklist-page-remove-member-single',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatrooms/{chatroomid}/users/{username}',
      title: {
        zh: '移除单个聊天室成员',
        en: 'Remove a single chat room member (as listed on the blocklist page)',
      },
      section: 'chatroom-member-blocklist',
      errors: [
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {error: '400-forbidden-op-users-not-members-group'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是路径参数 `username` 中的用户不存在。',
            en: 'Here the user in the `username` path parameter does not exist.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.blocklist-page-remove-member-batch',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatrooms/{chatroomid}/users/{usernames}',
      title: {
        zh: '批量移除聊天室成员',
        en: 'Remove chat room members in a batch (as listed on the blocklist page)',
      },
      section: 'chatroom-member-blocklist',
      errors: [
        {
          error: '400-invalid-parameter-kickmember-kickmembers-number-more-than',
          note: {
            zh: '文档在这里前后不一致：接口说明写每次最多可传 100 个用户 ID，错误表和这条消息写的却是 60。哪个数字才是实际上限，文档没有说清；每批不超过 60 个，两种说法都能满足。',
            en: 'The documentation contradicts itself here: the endpoint description allows up to 100 user IDs per call, while the error table and this message say 60. It does not make clear which number is the actual limit; batches of 60 or fewer satisfy both.',
          },
        },
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {error: '400-forbidden-op-users-not-members-group'},
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {
          error: '404-resource-not-found-username-doesnt-exist',
          note: {
            zh: '这里是路径参数 `usernames` 中用逗号分隔的某个用户不存在。',
            en: 'Here one of the comma-separated users in the `usernames` path parameter does not exist.',
          },
        },
        {
          error: '200-user-doesnt-exist-in-group',
          note: {
            zh: '要移除的用户不在聊天室中时，在 `data[].reason` 中给出，HTTP 状态码仍为 200。',
            en: 'A user to remove who is not in the chat room is reported in `data[].reason`; the HTTP status is still 200.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.blocklist-page-list-admins',
      method: 'GET',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/admin',
      title: {
        zh: '获取聊天室管理员列表',
        en: 'List chat room admins (as listed on the blocklist page)',
      },
      section: 'chatroom-member-blocklist',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'chatrooms.get-mute-list',
      method: 'GET',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/mute',
      title: {
        zh: '获取禁言列表',
        en: 'Get the chat room mute list',
      },
      section: 'chatroom-member-mutelist',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'chatrooms.mute-members',
      method: 'POST',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/mute',
      title: {
        zh: '禁言聊天室成员',
        en: 'Mute chat room members',
      },
      section: 'chatroom-member-mutelist',
      errors: [
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {
          error: '400-forbidden-op-users-not-members-group',
          note: {
            zh: '只能禁言聊天室的现有成员，请求体 `usernames` 中的用户必须都在聊天室中。',
            en: 'Only current members can be muted; every user in `usernames` in the request body must be in the chat room.',
          },
        },
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {error: '400-invalid-parameter-usernames-size-more-than-max-limit-60'},
        {error: '400-invalid-parameter-users-not-members-group'},
      ],
    },
    {
      id: 'chatrooms.mute-all',
      method: 'POST',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/ban',
      title: {
        zh: '禁言聊天室全体成员',
        en: 'Mute all chat room members',
      },
      section: 'chatroom-member-mutelist',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'chatrooms.unmute-members',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/mute/{member1}(,{member2},…)',
      title: {
        zh: '解除聊天室禁言成员',
        en: 'Unmute chat room members',
      },
      section: 'chatroom-member-mutelist',
      errors: [
        {
          error: '400-invalid-parameter-removemute-member-size-more-than',
          note: {
            zh: '这里的用户 ID 放在路径中，多个 ID 用英文逗号分隔（URL 中转义为 `%2C`），每次最多 60 个。',
            en: 'Here the user IDs go in the path, separated by commas (encoded as `%2C` in the URL), at most 60 per call.',
          },
        },
        {error: '404-resource-not-found-grpid-does-not-exist'},
      ],
    },
    {
      id: 'chatrooms.unmute-all',
      method: 'DELETE',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/ban',
      title: {
        zh: '解除聊天室全员禁言',
        en: 'Unmute all chat room members',
      },
      section: 'chatroom-member-mutelist',
      errors: [{error: '404-resource-not-found-grpid-does-not-exist'}],
    },
    {
      id: 'chatrooms.mute-by-tag',
      method: 'PUT',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/tag/mute',
      title: {
        zh: '按用户在聊天室中的标签禁言',
        en: 'Mute chat room members by tag',
      },
      section: 'chatroom-label-mute',
      errors: [
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {error: '403-forbidden-op-group-tag-mute-disabled'},
        {error: '404-resource-not-found-group-tag'},
        {
          error: '403-exceed-limit-tag-length-exceeds',
          note: {
            zh: '这里超长的是请求体中的 `tag` 字段。',
            en: 'Here the name that is too long is `tag` in the request body.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.set-user-tags',
      method: 'PUT',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/users/{username}/tag',
      title: {
        zh: '设置用户在聊天室中的标签',
        en: "Set a user's tags in a chat room",
      },
      section: 'chatroom-label-mute',
      errors: [
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {
          error: '400-forbidden-op-users-not-members-group',
          note: {
            zh: '这里是路径参数 `username` 中的用户不在聊天室中，只能为聊天室成员设置或查询标签。',
            en: 'Here the user in the `username` path parameter is not in the chat room; tags can only be set or read for members.',
          },
        },
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {error: '403-forbidden-op-group-tag-mute-disabled'},
        {error: '403-exceed-limit-user-group-tag-count'},
        {error: '400-invalid-parameter-tags-should-type-list'},
        {
          error: '403-exceed-limit-tag-length-exceeds',
          note: {
            zh: '这里超长的是请求体 `tags` 数组中的某个标签名，每个元素都不能超过 32 个字符。',
            en: 'Here one of the names in the `tags` array is too long; every element must be 32 characters or fewer.',
          },
        },
      ],
    },
    {
      id: 'chatrooms.get-user-tags',
      method: 'GET',
      path: '/app-id/{app_id}/chatrooms/{chatroom_id}/users/{username}/tag',
      title: {
        zh: '获取用户聊天室标签',
        en: "Get a user's tags in a chat room",
      },
      section: 'chatroom-label-mute',
      errors: [
        {error: '401-unauthorized-unable-authenticate-oauth'},
        {
          error: '400-forbidden-op-users-not-members-group',
          note: {
            zh: '这里是路径参数 `username` 中的用户不在聊天室中，只能为聊天室成员设置或查询标签。',
            en: 'Here the user in the `username` path parameter is not in the chat room; tags can only be set or read for members.',
          },
        },
        {error: '404-resource-not-found-grpid-does-not-exist'},
        {error: '403-forbidden-op-group-tag-mute-disabled'},
      ],
    },
  ],
  entries: [
    {
      id: '403-forbidden-op-announce-info-length-exceeds-limit',
      status: 403,
      type: 'forbidden_op',
      message: 'announce info length exceeds limit!',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomAttribute, line: 208}],
      summary: {
        zh: '聊天室公告超过 512 个字符的长度上限。',
        en: 'The chat room announcement is longer than the 512-character limit.',
      },
      cause: {
        zh: '修改聊天室公告时，请求体中 `announcement` 字段的文本超过了 512 个字符。',
        en: 'When you update a chat room announcement, the `announcement` field in the request body contains more than 512 characters.',
      },
      situations: [
        {
          zh: '运营把整篇活动规则直接粘贴进聊天室公告，远远超过了 512 个字符。',
          en: 'An operator pastes the full event rules into the chat room announcement, far beyond 512 characters.',
        },
        {
          zh: '公告内容来自富文本编辑器，带着一堆 HTML 标签，长度被撑过了上限。',
          en: 'The announcement comes from a rich-text editor, and its HTML tags push the length over the limit.',
        },
        {
          zh: '把群组公告同步到直播间聊天室时，没有按 512 个字符截断。',
          en: "You copy a group's announcement into a live-stream chat room without trimming it to 512 characters.",
        },
      ],
      fix: {
        zh: '把 `announcement` 缩短到 512 个字符以内再提交；内容较多时，可以只在公告里放摘要，把全文放到你自己的页面上。不修改内容直接重试不会成功。',
        en: 'Shorten `announcement` to 512 characters or fewer and send it again; for longer content, keep a summary in the announcement and host the full text on your own page. Retrying unchanged will not help.',
      },
    },
    {
      id: '400-exceed-allowed-batch-size-10',
      status: 400,
      type: '',
      message: 'exceed allowed batch size 10',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomAttribute, line: 297}],
      summary: {
        zh: '一次请求中要设置或删除的自定义属性超过 10 个。',
        en: 'The request sets or deletes more than 10 chat room custom attributes at once.',
      },
      cause: {
        zh: '设置和删除聊天室自定义属性的接口（包括强制设置、强制删除）每次最多处理 10 个 key。设置时 `metaData` 中的键值对超过 10 个，或删除时 `keys` 数组中的属性名超过 10 个，请求就会被拒绝。',
        en: 'The endpoints that set or delete chat room custom attributes (forced variants included) handle at most 10 keys per call. The request is rejected when `metaData` holds more than 10 key-value pairs (set) or `keys` lists more than 10 names (delete).',
      },
      situations: [
        {
          zh: '直播间初始化时，把 15 个麦位的状态一次性写进了 `metaData`。',
          en: 'Setting up a live room, you write the state of 15 seats into `metaData` in a single call.',
        },
        {
          zh: '下播清理时把房间的全部属性名放进 `keys` 一次删除，超过了 10 个。',
          en: 'When a stream ends, your cleanup puts every attribute name of the room into one `keys` array, more than 10.',
        },
        {
          zh: '管理员调强制设置接口，一次要覆盖 12 个聊天室属性。',
          en: 'An admin calls the forced set endpoint to overwrite 12 chat room attributes in one request.',
        },
      ],
      fix: {
        zh: '把属性拆到多次请求中，每次不超过 10 个 key。同时注意：每个聊天室最多 100 个自定义属性，key 最长 128 个字符，value 最长 4096 个字符。',
        en: 'Split the attributes across several requests with at most 10 keys each. Also keep in mind that a chat room holds at most 100 custom attributes, a key is at most 128 characters long and a value at most 4096 characters.',
      },
    },
    {
      id: '401-metadataexception-user-not-in-chatroom',
      status: 401,
      type: 'MetadataException',
      message: 'user is not in chatroom',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomAttribute, line: 299}],
      summary: {
        zh: '路径中的用户不在该聊天室中，不能操作自定义属性。',
        en: 'The user in the path is not in the chat room, so it cannot manage custom attributes.',
      },
      cause: {
        zh: '聊天室自定义属性总是以某个聊天室成员的身份设置或删除。路径参数 `username` 对应的用户当前不在 `chatroom_id` 指定的聊天室中，可能从未加入、已退出或已被移出。状态码虽然是 401，但这与 App Token 无关。',
        en: 'Chat room custom attributes are always set or deleted on behalf of a member. The user in the `username` path parameter is not currently in the chat room given by `chatroom_id`: it never joined, left, or was removed. Despite the 401 status, your App Token is not the problem.',
      },
      situations: [
        {
          zh: '服务器固定用一个系统账号设置聊天室属性，但这个账号从没加入过该聊天室。',
          en: 'Your server sets chat room attributes as a fixed system account that never joined that chat room.',
        },
        {
          zh: '主播已经退出直播间，后台还以他的身份删除麦位属性。',
          en: 'The host has already left the live room when your backend deletes seat attributes on their behalf.',
        },
        {
          zh: '路径里的 `username` 在 A 房间，`chatroom_id` 却填成了 B 房间。',
          en: 'The `username` in the path is in room A, but `chatroom_id` points to room B.',
        },
      ],
      fix: {
        zh: '检查 `username` 和 `chatroom_id` 是否填对，可以先分页获取聊天室成员列表核对。如果确实要由这个用户操作属性，先把它加入聊天室再重试。',
        en: 'Check that `username` and `chatroom_id` are correct; you can list the chat room members to confirm. If this user really needs to manage the attributes, add it to the chat room first and then retry.',
      },
    },
    {
      id: '400-others-not-allowed-set',
      status: 400,
      type: '',
      message: 'others are not allowed to be set',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomAttribute, line: 300}],
      summary: {
        zh: '要设置的属性由其他成员创建，普通设置接口不能覆盖。',
        en: 'The attribute was set by another member, and the regular set endpoint cannot overwrite it.',
      },
      cause: {
        zh: '使用普通的设置接口时，用户只能修改自己设置的聊天室自定义属性。请求体 `metaData` 中的某个 key 已经由聊天室里的其他成员设置，所以无法以路径中 `username` 的身份更新。',
        en: 'With the regular set endpoint a user can only change custom attributes it set itself. A key in `metaData` was already set by another member of the chat room, so it cannot be updated on behalf of the `username` in the path.',
      },
      situations: [
        {
          zh: '两位主持人先后用普通设置接口修改同一个 key `topic`，后改的那位被拒。',
          en: 'Two hosts update the same key `topic` through the regular set endpoint, and the one who comes second is refused.',
        },
        {
          zh: '麦位的 key 还被上一位上麦的用户占着，新用户抢麦时用普通接口写入失败。',
          en: "A seat key still belongs to the previous speaker, so the new user's regular write to it fails.",
        },
        {
          zh: '运营后台想改一条观众设置的属性，却没有走 `/forced` 接口。',
          en: 'Your admin console edits an attribute a viewer set, without going through the `/forced` endpoint.',
        },
      ],
      fix: {
        zh: '如果确实要覆盖他人的属性，改用强制设置接口 `PUT /app-id/{app_id}/metadata/chatroom/{chatroom_id}/user/{username}/forced`；否则换用一个没有被他人占用的 key，或把该属性的设置者作为 `username` 发起请求。',
        en: "If you really mean to overwrite another member's attribute, call the forced endpoint `PUT /app-id/{app_id}/metadata/chatroom/{chatroom_id}/user/{username}/forced`. Otherwise pick a key nobody else has set, or send the request with the member who set the attribute as `username`.",
      },
    },
    {
      id: '403-forbidden-op-group-tag-mute-disabled',
      status: 403,
      type: 'forbidden_op',
      message: 'Group tag mute is disabled',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomLabelMute, line: 137}],
      summary: {
        zh: '当前 App 没有开通聊天室用户标签禁言功能。',
        en: 'Muting chat room members by tag is not enabled for this app.',
      },
      cause: {
        zh: '设置用户标签、查询用户标签和按标签禁言都依赖聊天室用户标签禁言功能。该功能默认关闭，需要单独开通；你的 App 还没有开通，所以这几个接口都返回此错误。',
        en: 'Setting user tags, reading them and muting by tag all rely on the chat room tag mute feature. It is off by default and has to be enabled separately; your app does not have it yet, so all of these endpoints return this error.',
      },
      situations: [
        {
          zh: '直播间想按 `visitor` 标签统一禁言游客，第一次调标签禁言接口就被拒。',
          en: 'You want to mute every guest tagged `visitor` in a live room, and the very first tag mute call is refused.',
        },
        {
          zh: '给用户打聊天室标签时报错，其实整个标签禁言功能还没找商务开通。',
          en: 'Tagging a user in a chat room fails because the tag mute feature was never enabled through sales.',
        },
        {
          zh: '测试 App 开通了标签禁言，正式 App 没开，上线后查询用户标签就出错。',
          en: 'Tag mute was enabled on the test app only, so reading user tags fails once you go live on the production app.',
        },
      ],
      fix: {
        zh: '联系商务开通聊天室用户标签禁言功能，开通后再调用这些接口。开通之前重试不会成功。',
        en: 'Contact sales to enable the chat room tag mute feature, then call these endpoints again. Retrying before it is enabled will not help.',
      },
    },
    {
      id: '404-resource-not-found-group-tag',
      status: 404,
      type: 'resource_not_found',
      message: 'group tag not found',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomLabelMute, line: 138}],
      summary: {
        zh: '聊天室中没有用户带有要禁言的这个标签。',
        en: 'No user in the chat room has the tag you want to mute.',
      },
      cause: {
        zh: '按标签禁言时，请求体中的 `tag` 必须是已经设置给该聊天室某些用户的标签。服务器在这个聊天室里找不到它：可能标签名写得不一致，或者还没有给任何用户设置过这个标签。',
        en: 'When muting by tag, the `tag` in the request body must already be assigned to some users in this chat room. The server cannot find it in this room: the name may be written differently, or no user has been given this tag yet.',
      },
      situations: [
        {
          zh: '按标签禁言时传的是 `new_user`，而给用户设置的标签其实是 `newuser`。',
          en: 'You mute by the tag `new_user`, but the users were actually tagged `newuser`.',
        },
        {
          zh: '房间刚开播还没给任何人打标签，定时任务就按标签去禁言了。',
          en: 'A scheduled job mutes by tag in a room that has just opened, before anyone has been tagged.',
        },
        {
          zh: '标签打在了另一个聊天室的用户身上，当前房间里没有人带这个标签。',
          en: 'The tag was given to users in a different chat room, and nobody in this room carries it.',
        },
      ],
      fix: {
        zh: '先通过 `PUT /app-id/{app_id}/chatrooms/{chatroom_id}/users/{username}/tag` 为相应用户设置该标签，或者获取用户的聊天室标签核对准确的标签名，然后再按标签禁言。',
        en: "First assign the tag to the users with `PUT /app-id/{app_id}/chatrooms/{chatroom_id}/users/{username}/tag`, or read a user's chat room tags to check the exact name, then mute by tag again.",
      },
      related: ['403-exceed-limit-tag-length-exceeds'],
    },
    {
      id: '403-exceed-limit-tag-length-exceeds',
      status: 403,
      type: 'exceed_limit',
      message: 'tag length exceeds limit!',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomLabelMute, line: 139}],
      summary: {
        zh: '标签名称超过 32 个字符的长度上限。',
        en: 'A tag name is longer than the 32-character limit.',
      },
      cause: {
        zh: '聊天室用户标签的名称最长 32 个字符。请求中的标签名（按标签禁言时的 `tag`，或设置标签时 `tags` 数组中的某个元素）超过了这个长度。',
        en: 'A chat room user tag name can be at most 32 characters long. A tag name in the request (`tag` when muting by tag, or an element of `tags` when setting tags) is longer than that.',
      },
      situations: [
        {
          zh: '把完整的会员等级说明当作标签名，长度超过了 32 个字符。',
          en: 'You use a full membership-level description as the tag name, which is longer than 32 characters.',
        },
        {
          zh: '标签名由房间 ID、用户 ID 和角色拼接而成，拼出来太长。',
          en: 'Your tag names are built from the room ID, user ID and role, and the result is too long.',
        },
        {
          zh: '按标签禁言时，`tag` 里传了一整句中文说明。',
          en: 'When muting by tag, you pass a whole descriptive sentence in `tag`.',
        },
      ],
      fix: {
        zh: '把标签名缩短到 32 个字符以内再重试。如果需要表达更多含义，可以使用简短的标签编码，在你自己的业务系统中维护编码与含义的对应关系。',
        en: 'Shorten the tag name to 32 characters or fewer and retry. If you need more meaning, use short tag codes and keep the mapping from codes to descriptions in your own system.',
      },
      related: ['403-exceed-limit-user-group-tag-count'],
    },
    {
      id: '400-forbidden-op-users-not-members-group',
      status: 400,
      type: 'forbidden_op',
      message: 'users [XXX] are not members of this group!',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomLabelMute, line: 230},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAddDelete, line: 298},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAllowlist, line: 194},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberBlocklist, line: 307},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberMutelist, line: 226},
      ],
      summary: {
        zh: '请求中的用户不是该聊天室的成员。',
        en: 'One or more users in the request are not members of the chat room.',
      },
      cause: {
        zh: '这个操作只能针对聊天室的现有成员，但方括号中列出的用户不在 `chatroom_id` 指定的聊天室里（从未加入、已退出或已被移出）。消息里的 group 在这里指的是聊天室。',
        en: 'The operation only applies to current members of the chat room, but the users in the square brackets are not in the chat room given by `chatroom_id` (they never joined, left, or were removed). The word "group" in the message means the chat room here.',
      },
      situations: [
        {
          zh: '禁言刷屏用户时，`usernames` 里有一位观众刚刚退出了直播间。',
          en: 'Muting spammers, one viewer in `usernames` had just left the live room.',
        },
        {
          zh: '想先把嘉宾加进聊天室白名单再让他进房间，顺序弄反了。',
          en: 'You add a guest to the chat room allowlist before they have joined the room.',
        },
        {
          zh: '给一个还没进入聊天室的用户设置聊天室标签。',
          en: 'You set chat room tags for a user who has not entered the chat room yet.',
        },
        {
          zh: '移除单个聊天室成员时，这个人其实早就被踢出去了。',
          en: 'You remove a single chat room member who had already been kicked out earlier.',
        },
      ],
      fix: {
        zh: '对照消息方括号中的用户 ID 检查请求，可以先分页获取聊天室成员列表确认成员身份。需要操作的用户应先加入聊天室；批量请求时去掉非成员后再重试。',
        en: 'Compare the user IDs in the square brackets with your request; list the chat room members to confirm who is in the room. Add the users to the chat room first, or drop the non-members from a batch request, and retry.',
      },
      sample: 'users [alice] are not members of this group!',
      variants: [{message: 'users [XX] are not members of this group!'}],
      note: {
        zh: '上游文档中的占位符有 `[XX]` 和 `[XXX]` 两种写法，本条目统一使用 `users [XXX] are not members of this group!`。',
        en: 'The upstream documentation writes the placeholder as both `[XX]` and `[XXX]`; this entry uses `users [XXX] are not members of this group!`.',
      },
    },
    {
      id: '403-exceed-limit-user-group-tag-count',
      status: 403,
      type: 'exceed_limit',
      message: 'user group tag count exceed limit',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomLabelMute, line: 233}],
      summary: {
        zh: '为用户设置的聊天室标签超过 10 个。',
        en: 'More than 10 chat room tags are set for one user.',
      },
      cause: {
        zh: '每个用户在一个聊天室中最多可以有 10 个标签，而本次请求体 `tags` 数组中的元素超过了 10 个。新设置的标签会整体替换原有标签，所以这个上限针对的是单次请求传入的数量。',
        en: 'A user can have at most 10 tags in a chat room, and the `tags` array in this request has more than 10 elements. New tags replace the existing ones as a whole, so the limit applies to what you send in one call.',
      },
      situations: [
        {
          zh: '把用户的兴趣爱好全部当作聊天室标签写进 `tags`，一共 15 个。',
          en: "You write all of a user's interests into `tags` as chat room tags, 15 in total.",
        },
        {
          zh: '合并新旧标签时没有去重，`tags` 里堆了十几个元素。',
          en: 'Merging old and new tags without removing duplicates leaves more than a dozen elements in `tags`.',
        },
      ],
      fix: {
        zh: '把 `tags` 减少到 10 个以内再重试。由于新标签会替换旧标签，请在一次请求中传入该用户需要保留的全部标签（不超过 10 个）。',
        en: 'Reduce `tags` to 10 or fewer and retry. Because new tags replace the old ones, send in one request the complete set of tags the user should keep, 10 at most.',
      },
      related: ['403-exceed-limit-tag-length-exceeds', '400-invalid-parameter-tags-should-type-list'],
    },
    {
      id: '400-invalid-parameter-tags-should-type-list',
      status: 400,
      type: 'invalid_parameter',
      message: 'tags should be type of List',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomLabelMute, line: 234}],
      summary: {
        zh: '请求体中的 `tags` 不是数组。',
        en: '`tags` in the request body is not an array.',
      },
      cause: {
        zh: '设置用户在聊天室中的标签时，`tags` 必须是 JSON 数组，例如 `["t1", "t2"]`。传入字符串（如 `"t1"` 或 `"t1,t2"`）、对象或数字都会触发这个错误。',
        en: 'When setting a user\'s chat room tags, `tags` must be a JSON array such as `["t1", "t2"]`. A string (such as `"t1"` or `"t1,t2"`), an object or a number triggers this error.',
      },
      situations: [
        {
          zh: '只有一个标签，就直接写成了 `"tags": "vip"`。',
          en: 'With only one tag, you send it as `"tags": "vip"`.',
        },
        {
          zh: '把多个标签用逗号拼成字符串 `"vip,host"` 传了上去。',
          en: 'You join several tags into the string `"vip,host"`.',
        },
        {
          zh: '表单序列化把 `tags` 转成了 `{"0": "vip"}` 这样的对象。',
          en: 'Your form serialisation turns `tags` into an object such as `{"0": "vip"}`.',
        },
      ],
      fix: {
        zh: '把 `tags` 改成字符串数组，只有一个标签时也要写成 `["t1"]`；要清空用户的标签，传空数组 `[]`。同时确认请求头 `Content-Type` 为 `application/json`。',
        en: 'Send `tags` as an array of strings, even for a single tag (`["t1"]`); to clear the user\'s tags, send an empty array `[]`. Also make sure the `Content-Type` header is `application/json`.',
      },
    },
    {
      id: '404-service-resource-not-found-do-not-find-group',
      status: 404,
      type: 'service_resource_not_found',
      message: 'do not find this group:XX',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 342},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberObtain, line: 130},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberObtain, line: 143},
      ],
      summary: {
        zh: '找不到请求中指定的聊天室或群组。',
        en: 'The chat room or chat group in the request does not exist.',
      },
      cause: {
        zh: '路径中的 ID（聊天室接口中的 `chatroom_id`，群组接口中的 `group_id`）在当前 App 中不存在：可能写错了、已经解散，或者属于另一个 App。冒号后面是服务器收到的 ID。',
        en: 'The ID in the path (`chatroom_id` for chat room endpoints, `group_id` for chat group endpoints) does not exist in this app: it may be mistyped, already dissolved, or belong to another app. The ID after the colon is the one the server received.',
      },
      situations: [
        {
          zh: '查询聊天室详情时，这个直播间在下播时已经被解散了。',
          en: 'You get the details of a live-stream chat room that was dissolved when the stream ended.',
        },
        {
          zh: '拿测试 App 里的聊天室 ID 去正式 App 分页获取成员列表。',
          en: 'You list members in the production app with a chat room ID taken from the test app.',
        },
        {
          zh: '分页获取群成员时，`group_id` 复制时多带了一位数字或一个空格。',
          en: 'Listing group members, the `group_id` picked up an extra digit or a space when it was copied.',
        },
      ],
      fix: {
        zh: '核对冒号后的 ID 和路径中的 `app_id` 是否属于同一个 App，可以获取 App 中的聊天室（或群组）列表确认该 ID 仍然存在。如果它已被解散，重试不会成功，需要使用新的 ID。',
        en: "Check that the ID after the colon and the `app_id` in the path belong to the same app; list the app's chat rooms (or chat groups) to confirm the ID still exists. If it has been dissolved, retrying will not help: use a current ID.",
      },
      sample: 'do not find this group:262146578104321',
      variants: [{message: 'do not find this group:XXX'}],
      note: {
        zh: '上游文档中的占位符有 `XX` 和 `XXX` 两种写法，本条目统一使用 `do not find this group:XX`。',
        en: 'The upstream documentation writes the placeholder as both `XX` and `XXX`; this entry uses `do not find this group:XX`.',
      },
      related: ['404-resource-not-found-grpid-does-not-exist'],
    },
    {
      id: '403-exceed-limit-appkey-create-too-many-chatrooms',
      status: 403,
      type: 'exceed_limit',
      message: 'appKey:XX#XX has create too many chatrooms!',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 430}],
      summary: {
        zh: 'App 中的聊天室数量已达上限，无法再创建。',
        en: 'The app already has its maximum number of chat rooms and cannot create more.',
      },
      cause: {
        zh: '每个 App 可拥有的聊天室数量有上限。消息中显示的 App Key 对应的 App 已经达到这个上限，所以创建聊天室的请求被拒绝。',
        en: 'Each app can own a limited number of chat rooms. The app whose App Key appears in the message has reached that limit, so the create request is refused.',
      },
      situations: [
        {
          zh: '每场直播都新建一个聊天室、下播后从不解散，攒到上限后就建不了了。',
          en: 'You create a chat room for every stream and never dissolve them, until creating one fails.',
        },
        {
          zh: '自动化测试每跑一次就建几个聊天室，从来不清理。',
          en: 'Your automated tests create a few chat rooms on every run and never clean them up.',
        },
        {
          zh: '测试和生产共用一个 App，测试建的房间把聊天室配额占满了。',
          en: "Test and production share one app, and the test rooms used up the app's chat room quota.",
        },
      ],
      fix: {
        zh: '调用 `DELETE /app-id/{app_id}/chatrooms/{chatroom_id}` 解散不再使用的聊天室后再创建；如果业务确实需要更多聊天室，联系商务提高上限。',
        en: 'Dissolve chat rooms you no longer use with `DELETE /app-id/{app_id}/chatrooms/{chatroom_id}` and create again; if you really need more chat rooms, contact sales to raise the limit.',
      },
      sample: 'appKey:1100241212162981#demo has create too many chatrooms!',
    },
    {
      id: '403-exceed-limit-user-joined-too-many-chatrooms',
      status: 403,
      type: 'exceed_limit',
      message: 'user XX has joined too many chatrooms!',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 431}],
      summary: {
        zh: '创建聊天室时，某个用户加入的聊天室数量已达上限。',
        en: 'A user in the create request has already joined the maximum number of chat rooms.',
      },
      cause: {
        zh: '每个用户可同时加入的聊天室数量有上限。创建聊天室时，`owner` 或 `members` 中的某个用户（消息中显示其用户 ID）已加入的聊天室数量达到了这个上限。',
        en: 'Each user can be in a limited number of chat rooms at the same time. A user in `owner` or `members` of the create request (its user ID is in the message) has already reached that limit.',
      },
      situations: [
        {
          zh: '每次创建聊天室都用同一个运营账号当 `owner`，这个账号已经在太多房间里了。',
          en: 'You create every chat room with the same operations account as `owner`, and it is already in too many rooms.',
        },
        {
          zh: '建房时把一个压测账号放进了 `members`，之前的测试已把它加进了大量房间。',
          en: 'You put a load-test account in `members` when creating a room, and earlier tests had added it to lots of rooms.',
        },
      ],
      fix: {
        zh: '让该用户退出、或把它移出不再使用的聊天室，也可以在 `members` 中去掉该用户，然后重新创建。如需提高每个用户可加入的聊天室数量，联系商务。',
        en: 'Have the user leave chat rooms it no longer uses (or remove it from them), or drop it from `members`, then create the room again. To raise the per-user limit, contact sales.',
      },
      sample: 'user alice has joined too many chatrooms!',
      related: ['403-forbidden-op-can-not-join-group-reason'],
    },
    {
      id: '404-resource-not-found-username-doesnt-exist',
      status: 404,
      type: 'resource_not_found',
      message: "username XXX doesn't exist!",
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 433},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAddDelete, line: 127},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAdmin, line: 204},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberBlocklist, line: 136},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomSuperadmin, line: 137},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupManage, line: 150},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAddDelete, line: 126},
      ],
      summary: {
        zh: '请求中的用户 ID 在当前 App 中不存在。',
        en: 'A user ID in the request does not exist in this app.',
      },
      cause: {
        zh: '请求中传入的某个用户 ID 没有在当前 App 中注册、已被删除，或者拼写有误。消息中会显示服务器找不到的那个用户 ID；具体是哪个参数取决于接口，见各接口的说明。',
        en: 'A user ID in the request is not registered in this app, has been deleted, or is misspelled. The message shows the user ID the server could not find; which parameter carries it depends on the endpoint, see the endpoint notes.',
      },
      situations: [
        {
          zh: '添加聊天室超级管理员时，`superadmin` 填的是用户昵称而不是用户 ID。',
          en: "Adding a chat room super admin, you pass the user's nickname in `superadmin` instead of their user ID.",
        },
        {
          zh: '创建群组时 `members` 里有个人还没注册 IM 账号。',
          en: 'Creating a group, `members` includes someone who has no chat user registered yet.',
        },
        {
          zh: '转让聊天室时，`newowner` 是一个已经被删除的用户。',
          en: 'You transfer a chat room to a `newowner` whose user has been deleted.',
        },
        {
          zh: '批量移除聊天室成员时，路径里用逗号分隔的 ID 有一个拼错了。',
          en: 'One of the comma-separated IDs in the path of a batch chat room removal is misspelled.',
        },
      ],
      fix: {
        zh: '对照消息中的用户 ID 检查请求参数，并确认该用户已在当前 App 中注册（例如先查询该用户）。尚未注册的用户要先注册；批量请求时先去掉不存在的用户 ID，再重试。',
        en: 'Compare the user ID in the message with your request and confirm the user is registered in this app (for example, query the user first). Register missing users first; in a batch request, drop the IDs that do not exist, then retry.',
      },
      sample: "username alice doesn't exist!",
      variants: [{message: "username XXXX doesn't exist!"}, {message: "username XX doesn't exist!"}],
      note: {
        zh: "上游文档中的占位符有 `XX`、`XXX` 和 `XXXX` 三种写法，本条目统一使用 `username XXX doesn't exist!`。",
        en: "The upstream documentation writes the placeholder as `XX`, `XXX` or `XXXX`; this entry uses `username XXX doesn't exist!`.",
      },
    },
    {
      id: '403-exceed-limit-title-cannot',
      status: 403,
      type: 'exceed_limit',
      message: 'title cannot exceed to XXXX',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 519}],
      summary: {
        zh: '聊天室名称超过 128 个字符的长度上限。',
        en: 'The chat room name is longer than the 128-character limit.',
      },
      cause: {
        zh: '修改聊天室信息时，请求体中的 `name` 超过了聊天室名称 128 个字符的上限。消息末尾的数字就是服务器执行的上限。',
        en: 'When modifying a chat room, `name` in the request body is longer than the 128-character limit for chat room names. The number at the end of the message is the limit the server applies.',
      },
      situations: [
        {
          zh: '修改聊天室信息时，把直播标题、副标题和一串话题标签一起写进了 `name`。',
          en: 'Updating a chat room, you put the stream title, subtitle and a string of hashtags into `name`.',
        },
        {
          zh: '运营后台把活动简介误填到了聊天室名称的输入框里。',
          en: "Your admin console fills the event's blurb into the chat room name field by mistake.",
        },
      ],
      fix: {
        zh: '把 `name` 缩短到 128 个字符以内后重试。',
        en: 'Shorten `name` to 128 characters or fewer and retry.',
      },
      sample: 'title cannot exceed to 128',
      related: ['403-exceed-limit-desc-cannot', '403-exceed-limit-maxusers-cannot'],
    },
    {
      id: '403-exceed-limit-desc-cannot',
      status: 403,
      type: 'exceed_limit',
      message: 'desc cannot exceed to XXXX',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 520}],
      summary: {
        zh: '聊天室描述超过 512 个字符的长度上限。',
        en: 'The chat room description is longer than the 512-character limit.',
      },
      cause: {
        zh: '修改聊天室信息时，请求体中的 `description` 超过了聊天室描述 512 个字符的上限。消息末尾的数字就是服务器执行的上限。',
        en: 'When modifying a chat room, `description` in the request body is longer than the 512-character limit for chat room descriptions. The number at the end of the message is the limit the server applies.',
      },
      situations: [
        {
          zh: '把主播的完整个人介绍同步到了聊天室的 `description`。',
          en: "You copy the host's full profile text into the chat room's `description`.",
        },
        {
          zh: '把房间配置以 JSON 形式存在 `description` 里，越存越长，超过了 512 个字符。',
          en: 'You keep room settings as JSON in `description`, and it has grown past 512 characters.',
        },
      ],
      fix: {
        zh: '把 `description` 缩短到 512 个字符以内后重试；需要保存更多信息时，可以改用聊天室自定义属性（每个 value 最长 4096 个字符）。',
        en: 'Shorten `description` to 512 characters or fewer and retry; to store more information, use chat room custom attributes instead (each value can be up to 4096 characters).',
      },
      sample: 'desc cannot exceed to 512',
      related: ['403-exceed-limit-title-cannot', '403-exceed-limit-maxusers-cannot'],
    },
    {
      id: '403-exceed-limit-maxusers-cannot',
      status: 403,
      type: 'exceed_limit',
      message: 'maxUsers cannot exceed XXXX',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 521}],
      summary: {
        zh: '`maxusers` 超过了允许的最大成员数。',
        en: '`maxusers` is higher than the maximum member count allowed.',
      },
      cause: {
        zh: '修改聊天室信息时，请求体中的 `maxusers`（聊天室最大成员数，包括所有者）超过了当前 App 允许的上限，默认是 10,000。消息末尾的数字就是服务器执行的上限。',
        en: 'When modifying a chat room, `maxusers` in the request body (the maximum number of members, owner included) is above what your app allows, 10,000 by default. The number at the end of the message is the limit the server applies.',
      },
      situations: [
        {
          zh: '大型活动要容纳更多观众，修改时直接把 `maxusers` 设成了 50000。',
          en: 'For a big event you update the chat room with `maxusers` set to 50000.',
        },
        {
          zh: '运营在后台输入框里多打了一个 0，`maxusers` 变成了 100000。',
          en: 'An operator types an extra zero in the admin form, and `maxusers` becomes 100000.',
        },
      ],
      fix: {
        zh: '把 `maxusers` 设为不超过消息中上限的正整数后重试；如果业务需要更大的聊天室，联系商务调整上限。',
        en: 'Set `maxusers` to a positive integer no greater than the limit in the message and retry; if you need larger chat rooms, contact sales to raise the limit.',
      },
      sample: 'maxUsers cannot exceed 10000',
      related: ['403-exceed-limit-title-cannot', '403-exceed-limit-desc-cannot'],
    },
    {
      id: '400-invalid-parameter-some-chatroom-id-not-valid',
      status: 400,
      type: 'invalid_parameter',
      message: 'some of [chatroom_id] are not valid fields',
      sources: [{kind: 'docs-table', ...DOCUMENTS.shengwangChatroomManage, line: 522}],
      summary: {
        zh: '修改聊天室信息时传入了不能修改的字段。',
        en: 'The update request contains a field that cannot be modified.',
      },
      cause: {
        zh: '修改聊天室信息的接口只接受 `name`、`description` 和 `maxusers` 三个字段，请求体中却出现了其他字段，例如 `chatroom_id`。',
        en: 'The endpoint for modifying a chat room only accepts `name`, `description` and `maxusers`, but the request body contains another field, such as `chatroom_id`.',
      },
      situations: [
        {
          zh: '修改聊天室信息时，除了路径里放了 `chatroom_id`，请求体里也带上了它。',
          en: 'Updating a chat room, you send `chatroom_id` in the body as well as in the path.',
        },
        {
          zh: '封装的请求方法把路径参数也一并序列化进请求体，多出了 `chatroom_id`。',
          en: 'Your request helper serialises the path parameters into the body too, adding `chatroom_id` to it.',
        },
      ],
      fix: {
        zh: '从请求体中删掉这三个字段以外的内容后重试。聊天室 ID 只需要放在路径参数 `chatroom_id` 中；要更换所有者，请单独调用转让聊天室的接口并传 `newowner`。',
        en: 'Remove every field other than those three from the request body and retry. The chat room ID belongs only in the `chatroom_id` path parameter; to change the owner, make a separate transfer request with `newowner`.',
      },
    },
    {
      id: '403-forbidden-op-can-not-join-group-reason',
      status: 403,
      type: 'forbidden_op',
      message: 'can not join this group, reason:user XXX has joined too many chatrooms!',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAddDelete, line: 128},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberBlocklist, line: 137},
      ],
      summary: {
        zh: '要添加的用户加入的聊天室数量已达上限。',
        en: 'The user being added has already joined the maximum number of chat rooms.',
      },
      cause: {
        zh: '每个用户可同时加入的聊天室数量有上限。向聊天室添加成员时，消息中 `user` 后面的那个用户已加入的聊天室达到了这个上限，因此不能再加入当前聊天室。',
        en: 'Each user can be in a limited number of chat rooms at the same time. The user named after `user` in the message has reached that limit, so it cannot join this chat room.',
      },
      situations: [
        {
          zh: '把一个测试账号加进新的直播间，而脚本之前已经把它加入了大量聊天室。',
          en: 'You add a test account to a new live room after scripts had already put it into lots of chat rooms.',
        },
        {
          zh: '批量拉人进聊天室时，其中一个客服账号已经挂在太多房间里。',
          en: 'In a batch add to a chat room, one support account is already sitting in too many rooms.',
        },
        {
          zh: '服务器在用户切换直播间时只把他加进新房间，从不移出旧房间。',
          en: 'Your server adds users to each live room they switch to but never removes them from the old ones.',
        },
      ],
      fix: {
        zh: '让该用户先退出、或把它移出不再使用的聊天室，再重新添加；批量添加时可以先去掉这个用户，让其他用户正常加入。如需提高每个用户的上限，联系商务。',
        en: 'Have the user leave chat rooms it no longer uses (or remove it from them), then add it again; in a batch request, drop that user so the others can join. To raise the per-user limit, contact sales.',
      },
      sample: 'can not join this group, reason:user alice has joined too many chatrooms!',
      related: ['403-exceed-limit-user-joined-too-many-chatrooms'],
    },
    {
      id: '400-invalid-parameter-addmembers-addmembers-number-more-than',
      status: 400,
      type: 'invalid_parameter',
      message: 'addMembers: addMembers number more than maxSize : 60',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAddDelete, line: 213},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberBlocklist, line: 222},
      ],
      summary: {
        zh: '一次批量添加的聊天室成员超过 60 个。',
        en: 'The batch adds more than 60 chat room members.',
      },
      cause: {
        zh: '批量添加聊天室成员时，请求体 `usernames` 数组每次最多只能包含 60 个用户 ID，本次请求超过了这个数量。',
        en: 'When adding chat room members in a batch, the `usernames` array in the request body can hold at most 60 user IDs, and this request has more.',
      },
      situations: [
        {
          zh: '开播前把预约的 200 位观众一次性加进聊天室。',
          en: 'Before a stream starts, you add all 200 users who booked it to the chat room in one call.',
        },
        {
          zh: '从一个几百人的群组同步成员到聊天室时，把整个成员列表直接塞进了 `usernames`。',
          en: 'Syncing a group of several hundred people into a chat room, you put its whole member list into `usernames`.',
        },
        {
          zh: '重试逻辑把失败的批次和下一批合并发送，人数超过了 60。',
          en: 'Your retry logic merges a failed batch with the next one and ends up with more than 60 users.',
        },
      ],
      fix: {
        zh: '把用户分成每批不超过 60 个，分多次调用；注意接口的调用限流，必要时在批次之间留出间隔。',
        en: 'Split the users into batches of 60 or fewer and call the endpoint once per batch; mind the rate limit and space the calls out if needed.',
      },
      related: ['400-invalid-parameter-kickmember-kickmembers-number-more-than'],
    },
    {
      id: '400-invalid-parameter-kickmember-kickmembers-number-more-than',
      status: 400,
      type: 'invalid_parameter',
      message: 'kickMember: kickMembers number more than maxSize : 60',
      sources: [
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberAddDelete, line: 391},
        {kind: 'docs-table', ...DOCUMENTS.shengwangChatroomMemberBlocklist, line: 400},
        {kind: 'docs-table', ...DOCUMENTS.shengwangGroupMemberAddDelete, line: 407},
      ],
      summary: {
        zh: '一次批量移除的成员超过 60 个。',
        en: 'The batch removes more than 60 members.',
      },
      cause: {
        zh: '批量移除聊天室成员或群组成员时，路径中用英文逗号分隔的用户 ID 超过了消息中的 60 个。群组文档的上限也是 60；聊天室的接口说明却写每次最多 100 个，与这条消息和错误表不一致，文档没有说明以哪个为准。',
        en: 'When removing chat room or chat group members in a batch, the comma-separated user IDs in the path number more than the 60 the message names. The group documentation gives 60 as well; the chat room endpoint description says up to 100, which contradicts this message and the error table, and the documentation does not say which one holds.',
      },
      situations: [
        {
          zh: '下播后想把聊天室里剩下的一百多位观众一次性踢出。',
          en: 'After a stream you try to kick the remaining hundred-plus viewers out of the chat room in one call.',
        },
        {
          zh: '定时任务把所有被举报的用户 ID 拼进一条路径，一次性移出聊天室，足有几百个。',
          en: 'A scheduled job puts every reported user into one path to remove them from the chat room, several hundred IDs at once.',
        },
        {
          zh: '清理群组里的不活跃成员时，路径里拼了 80 个用户 ID。',
          en: 'Clearing inactive members out of a group, you put 80 user IDs in the path.',
        },
      ],
      fix: {
        zh: '把要移除的用户分成每批不超过 60 个，分多次调用：这样无论上限是 60 还是 100 都不会超。URL 中的逗号要转义为 `%2C`。',
        en: 'Split the users into batches of 60 or fewer and call once per batch, which stays within the limit whether it is 60 or 100. Encode the commas in the URL as `%2C`.',
      },
      related: ['400-invalid-parameter-addmembers-addmembers-number-more-than'],
    },
    {
      id: '400-invalid-parameter-chatroom-must-contain-title-name-field',
      status: 400,
      type: 'invalid_parameter',
      message: 'chatroom must contain title/name field!',
      sources: [
        {kind: 'test-suite', ...DOCUMENTS.sxTestChatroomResult, line: 7},
        {kind: 'test-suite', ...DOCUMENTS.sxTest61, line: 44},
      ],
      summary: {
        zh: '创建聊天室时没有提供名称。',
        en: 'A chat room was created without a name.',
      },
      cause: {
        zh: '创建聊天室的请求体中没有 `name`，或者它的值为空。',
        en: 'The body of the create-chat-room request has no `name`, or its value is empty.',
      },
      situations: [
        {
          zh: '建房时名称变量取到了空字符串，请求体里成了 `"name": ""`。',
          en: 'The room name variable came back empty, so you create the chat room with `"name": ""`.',
        },
        {
          zh: '照搬了创建群组的请求体，名称字段写的是 `groupname` 而不是 `name`。',
          en: 'You reuse the create-group body, which names the field `groupname` instead of `name`.',
        },
        {
          zh: '请求体里的名称字段被前端命名成了 `roomName`。',
          en: 'Your front end calls the name field `roomName` in the request body.',
        },
      ],
      fix: {
        zh: '在请求体中加上非空的 `name`（最长 128 个字符），然后重试。',
        en: 'Add a non-empty `name` (up to 128 characters) to the body and retry.',
      },
      related: ['400-invalid-parameter-must-provided'],
    },
    {
      id: '403-forbidden-op-current-user-count-larger-than-maxusers',
      status: 403,
      type: 'forbidden_op',
      message: 'current user count is larger than the maxUsers that you want to update !',
      sources: [
        {kind: 'test-suite', ...DOCUMENTS.sxTestChatroomResult, line: 13},
        {kind: 'test-suite', ...DOCUMENTS.sxTest61, line: 71},
        {kind: 'sister-docs', ...DOCUMENTS.hyphenateServerChatroomManagement, line: 768},
      ],
      summary: {
        zh: '新的成员上限低于聊天室当前的成员数。',
        en: "The new member limit is below the chat room's current member count.",
      },
      cause: {
        zh: '修改聊天室信息时，请求体中的 `maxusers` 小于聊天室现有的成员数。服务器不会为了满足新上限而移除成员，所以拒绝了修改。',
        en: "When updating a chat room, `maxusers` in the body is smaller than the room's current member count. The server will not remove members to fit the new limit, so it refuses the change.",
      },
      situations: [
        {
          zh: '直播间里已经有 300 人，运营把 `maxusers` 改成了 200。',
          en: 'The live room already holds 300 people when an operator lowers `maxusers` to 200.',
        },
        {
          zh: '想通过调小 `maxusers` 给房间清场，指望多出来的人被自动移出。',
          en: 'You lower `maxusers` hoping the extra members will be dropped from the room automatically.',
        },
      ],
      fix: {
        zh: '先查询聊天室当前的成员数，把 `maxusers` 设为不小于它的值；确实要降低上限时，先移除多出的成员再修改。',
        en: "Check the room's current member count and set `maxusers` to at least that; if you really need a lower limit, remove the extra members first and update afterwards.",
      },
      related: ['403-exceed-limit-maxusers-cannot'],
    },
    {
      id: '200-user-doesnt-exist-in-chatroom',
      status: 200,
      type: '',
      message: "user: XX doesn't exist in chatroom: XX",
      section: 'chatroom-member-blocklist',
      partial: true,
      sources: [{kind: 'sister-docs', ...DOCUMENTS.easemobChatroomMember, line: 993}],
      summary: {
        zh: '批量添加聊天室黑名单部分失败：这个用户不是聊天室成员，其余用户照常加入黑名单。',
        en: 'A batch add to a chat room blocklist partly failed: this user is not a member; the others were blocked as usual.',
      },
      cause: {
        zh: '批量把用户加入聊天室黑名单时，不是成员的用户不会让整个请求失败：响应仍是 200，这个用户在 `data` 数组中对应的一项 `result` 为 `false`，`reason` 就是这条消息，前面是用户 ID，后面是聊天室 ID。这个接口（`POST /app-id/{app_id}/chatrooms/{chatroom_id}/blocks/users`）在本服务文档的聊天室黑名单页面中没有写出，这里依据同一服务另一品牌的文档。',
        en: "In a batch add to a chat room blocklist, a user who is not a member does not fail the whole request: the response is still 200, and that user's item in the `data` array has `result: false` and this message as `reason`, with the user ID first and the chat room ID after it. This service's chat room blocklist page does not document that endpoint (`POST /app-id/{app_id}/chatrooms/{chatroom_id}/blocks/users`); this entry follows the documentation of the same service under another brand.",
      },
      situations: [
        {
          zh: '批量拉黑刷屏账号时，其中一个已经自己退出了聊天室，它那一项的 `result` 是 `false`。',
          en: 'Batch-blocking spammers, one had already left the chat room, so its item comes back with `result` set to `false`.',
        },
        {
          zh: '想提前拉黑一个还没进直播间的用户，接口返回 200，他却并没有进黑名单。',
          en: 'You try to block in advance a user who has not entered the live room; the call returns 200 but they are not blocked.',
        },
      ],
      fix: {
        zh: '不要只看状态码：遍历 `data`，找出 `result` 为 `false` 的项。只有聊天室成员才能被拉黑；需要的话先把用户加入聊天室再操作。不需要重试整个批次。',
        en: 'Do not rely on the status code alone: walk `data` and pick out the items with `result: false`. Only members can be blocked, so add the user to the room first if you need to. There is no need to retry the whole batch.',
      },
      sample: "user: alice doesn't exist in chatroom: 262146578104321",
      related: ['200-user-doesnt-exist-in-group'],
    },
    {
      id: '200-properties-key-exceeding-maximum-limit-128',
      status: 200,
      type: '',
      message: "properties key 'XXX' is exceeding maximum limit 128",
      partial: true,
      sources: [
        {kind: 'docs-prose', ...DOCUMENTS.shengwangChatroomAttribute, line: 314},
        {kind: 'docs-prose', ...DOCUMENTS.shengwangChatroomAttribute, line: 583},
      ],
      summary: {
        zh: '设置聊天室自定义属性部分失败：这个属性名超过 128 个字符，其余属性照常写入。',
        en: 'Setting chat room custom attributes partly failed: this key is longer than 128 characters; the other attributes were written as usual.',
      },
      cause: {
        zh: '一次设置多个聊天室自定义属性时，校验不通过的 key 不会让整个请求失败：响应仍是 200，成功的 key 列在 `data.successKeys` 中，失败的 key 列在 `data.errorKeys` 中，值就是这条消息。属性名最多 128 个字符，只能使用字母、数字和 `_`、`-`、`.`。',
        en: 'When setting several chat room attributes at once, a key that fails validation does not fail the whole request: the response is still 200, the keys written are in `data.successKeys` and the failed ones in `data.errorKeys`, each with this message. Keys may be at most 128 characters, using letters, digits, `_`, `-` and `.` only.',
      },
      situations: [
        {
          zh: '属性名用用户 ID、麦位号加 UUID 以 `_` 拼成，个别 key 超过了 128 个字符。',
          en: 'Keys joined from the user ID, seat number and a UUID with `_` run past 128 characters for some users.',
        },
        {
          zh: '把前端配置项的层级路径直接当属性名，如 `stage.layout.left_panel.widgets`，嵌套深的几个超长。',
          en: 'You use front-end config paths such as `stage.layout.left_panel.widgets` as keys, and the deeply nested ones are too long.',
        },
      ],
      fix: {
        zh: '不要只看状态码：检查 `data.errorKeys`，把其中的属性名缩短到 128 个字符以内，只重新设置这些属性。',
        en: 'Do not rely on the status code alone: check `data.errorKeys`, shorten those keys to 128 characters or fewer, and set only those attributes again.',
      },
      sample: "properties key 'background_image_url_for_the_evening_event' is exceeding maximum limit 128",
      related: ['400-others-not-allowed-set'],
    },
  ],
};
