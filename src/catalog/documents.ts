/**
 * Every document the catalog cites, pinned to one commit so that its links never move.
 * A source names one with its kind and line: `{kind: 'sister-docs', ...DOCUMENTS.easemobError, line: 98}`.
 * Moving a pin, or adding a document, is one edit here.
 */
import type {Source} from './types';

export const DOCUMENTS = {
  agoraChatStatusCode: {
    repo: 'AgoraIO/agora_doc_source',
    path: 'en-US/markdown/agora-chat/Reference/agora_chat_status_code.md',
    commit: '0765c9116f9c20310097527f9d70afea1950b6be',
  },
  easemobBroadcastToChatrooms: {
    repo: 'easemob/easemob-doc',
    path: 'docs/document/server-side/broadcast_to_chatrooms.md',
    commit: '0b34fdb6d3d39352c8e3239ce300e41225e1f510',
  },
  easemobBroadcastToOnlineUsers: {
    repo: 'easemob/easemob-doc',
    path: 'docs/document/server-side/broadcast_to_online_users.md',
    commit: '01b4dc8f3f66327e51fb4026905d195d0d058cab',
  },
  easemobChatroomMember: {
    repo: 'easemob/easemob-doc',
    path: 'docs/document/server-side/chatroom_member.md',
    commit: '12fa3b681204f3f5d9f1933f7b20520c55e44cae',
  },
  easemobErrorAa0017a: {
    repo: 'easemob/easemob-doc',
    path: 'docs/document/server-side/error.md',
    commit: 'aa0017a7e1c0e242f48fe7306beba1d29c9c4b16',
  },
  easemobError: {
    repo: 'easemob/easemob-doc',
    path: 'docs/document/server-side/error.md',
    commit: '7c6dce5d315233c9793721c189a63e9802124613',
  },
  easemobGroupManage: {
    repo: 'easemob/easemob-doc',
    path: 'docs/document/server-side/group_manage.md',
    commit: '12fa3b681204f3f5d9f1933f7b20520c55e44cae',
  },
  easemobMessageSingle: {
    repo: 'easemob/easemob-doc',
    path: 'docs/document/server-side/message_single.md',
    commit: '12fa3b681204f3f5d9f1933f7b20520c55e44cae',
  },
  easemobSiteErrorcodes: {
    repo: 'easemob/www.easemob.com',
    path: 'content/docs/helps/errorcodes.md',
    commit: '091a8259793841d6e989ecf896c9194fd3a63b52',
  },
  easemobUserFriendRemoveAll: {
    repo: 'easemob/easemob-doc',
    path: 'docs/document/server-side/user_friend_remove_all.md',
    commit: 'b206cbf9d164abb66b1b3ddec3ffec798d1e2ea0',
  },
  easemobUserRelationship: {
    repo: 'easemob/easemob-doc',
    path: 'docs/document/server-side/user_relationship.md',
    commit: '12fa3b681204f3f5d9f1933f7b20520c55e44cae',
  },
  hyphenateServerChatroomManagement: {
    repo: 'Jenniferazeng/hyphenateinc.github.io',
    path: 'pages/server/server_chatroom_management.md',
    commit: 'ce6dd28859f262009b4ef37d47ff518d37648fde',
  },
  hyphenateServerErrorCodes: {
    repo: 'Jenniferazeng/hyphenateinc.github.io',
    path: 'pages/server/server_error_codes.md',
    commit: 'ce6dd28859f262009b4ef37d47ff518d37648fde',
  },
  hyphenateServerGroupManagement: {
    repo: 'Jenniferazeng/hyphenateinc.github.io',
    path: 'pages/server/server_group_management.md',
    commit: 'ce6dd28859f262009b4ef37d47ff518d37648fde',
  },
  hyphenateServerSendMessage: {
    repo: 'Jenniferazeng/hyphenateinc.github.io',
    path: 'pages/server/server_send_message.md',
    commit: 'ce6dd28859f262009b4ef37d47ff518d37648fde',
  },
  hyphenateServerUserMetadata: {
    repo: 'Jenniferazeng/hyphenateinc.github.io',
    path: 'pages/server/server_user_metadata.md',
    commit: 'ce6dd28859f262009b4ef37d47ff518d37648fde',
  },
  hyphenateServerUserSystem: {
    repo: 'Jenniferazeng/hyphenateinc.github.io',
    path: 'pages/server/server_user_system.md',
    commit: 'ce6dd28859f262009b4ef37d47ff518d37648fde',
  },
  shengwangAccountSystem: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/account_system.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangCallbackPostsending: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/callback_postsending.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangChatroomAttribute: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/chatroom_attribute.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangChatroomLabelMute: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/chatroom_label_mute.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangChatroomManage: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/chatroom_manage.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangChatroomMemberAddDelete: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/chatroom_member_add_delete.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangChatroomMemberAdmin: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/chatroom_member_admin.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangChatroomMemberAllowlist: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/chatroom_member_allowlist.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangChatroomMemberBlocklist: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/chatroom_member_blocklist.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangChatroomMemberMutelist: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/chatroom_member_mutelist.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangChatroomMemberObtain: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/chatroom_member_obtain.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangChatroomSuperadmin: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/chatroom_superadmin.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangConversationDelete: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/conversation_delete.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangError: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/error.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangGroupFile: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/group_file.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangGroupManage: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/group_manage.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangGroupMemberAddDelete: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/group_member_add_delete.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangGroupMemberAdmin: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/group_member_admin.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangGroupMemberAllowlist: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/group_member_allowlist.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangGroupMemberAttribute: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/group_member_attribute.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangGroupMemberBlocklist: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/group_member_blocklist.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangGroupMemberMutelist: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/group_member_mutelist.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangGroupMemberObtain: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/group_member_obtain.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangGroupThread: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/group_thread.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangMessageAttachmentStorage: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/message_attachment_storage.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangMessageBroadcast: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/message_broadcast.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangMessageChatroom: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/message_chatroom.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangMessageDelete: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/message_delete.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangMessageDownload: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/message_download.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangMessageGroup: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/message_group.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangMessageHistorical: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/message_historical.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangMessageImport: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/message_import.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangMessageModifyTextCustom: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/message_modify_text_custom.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangMessageOffline: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/message_offline.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangMessageRecall: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/message_recall.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangMessageSingle: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/message_single.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangPresence: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/presence.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangPush: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/push.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangPushResultStatistics: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/push_result_statistics.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangReaction: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/reaction.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangUserFavorite: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/user_favorite.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangUserGlobalMute: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/user_global_mute.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangUserRelationship: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/user_relationship.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  shengwangUserprofile: {
    repo: 'haoxiuwen/shengwang-chat-doc',
    path: 'docs/docs/sdk/server-side/userprofile.md',
    commit: 'f5638d05388547b16fd4d0f14a6b1290a8f49937',
  },
  sxTest21: {
    repo: 'numbpeople/sx_test',
    path: 'RestTestCase/2.用户体系集成/2.1用户管理.robot',
    commit: 'b7fadc5b2a8094fb8a3fac48a810367dc110568c',
  },
  sxTest23: {
    repo: 'numbpeople/sx_test',
    path: 'RestTestCase/2.用户体系集成/2.3在线与离线.robot',
    commit: 'b7fadc5b2a8094fb8a3fac48a810367dc110568c',
  },
  sxTest24: {
    repo: 'numbpeople/sx_test',
    path: 'RestTestCase/2.用户体系集成/2.4账号禁用与解禁.robot',
    commit: 'b7fadc5b2a8094fb8a3fac48a810367dc110568c',
  },
  sxTest25: {
    repo: 'numbpeople/sx_test',
    path: 'RestTestCase/2.用户体系集成/2.5用户属性.robot',
    commit: '62cae275729b7f609173a48c22ce9d19cc7049d8',
  },
  sxTest51: {
    repo: 'numbpeople/sx_test',
    path: 'RestTestCase/5.群组管理/5.1群组管理.robot',
    commit: '62cae275729b7f609173a48c22ce9d19cc7049d8',
  },
  sxTest54: {
    repo: 'numbpeople/sx_test',
    path: 'RestTestCase/5.群组管理/5.4管理禁言.robot',
    commit: '62cae275729b7f609173a48c22ce9d19cc7049d8',
  },
  sxTest61: {
    repo: 'numbpeople/sx_test',
    path: 'RestTestCase/6.聊天室管理/6.1聊天室管理.robot',
    commit: '62cae275729b7f609173a48c22ce9d19cc7049d8',
  },
  sxTest63: {
    repo: 'numbpeople/sx_test',
    path: 'RestTestCase/6.聊天室管理/6.3管理禁言.robot',
    commit: '62cae275729b7f609173a48c22ce9d19cc7049d8',
  },
  sxTestBaseresullt: {
    repo: 'numbpeople/sx_test',
    path: 'Result/BaseResullt.robot',
    commit: '62cae275729b7f609173a48c22ce9d19cc7049d8',
  },
  sxTestChatroomResult: {
    repo: 'numbpeople/sx_test',
    path: 'Result/ChatroomResult/Chatroom_Result.robot',
    commit: '62cae275729b7f609173a48c22ce9d19cc7049d8',
  },
  sxTestChatroommuteResult: {
    repo: 'numbpeople/sx_test',
    path: 'Result/ChatroomResult/ChatroomMute_Result.robot',
    commit: '62cae275729b7f609173a48c22ce9d19cc7049d8',
  },
  sxTestFriendsandblacklistResult: {
    repo: 'numbpeople/sx_test',
    path: 'Result/UserResult/FriendsAndBlacklist_Result.robot',
    commit: 'c980efc6dbe7da8a7788a5ed9163bd85c5023f22',
  },
  sxTestGroupResult: {
    repo: 'numbpeople/sx_test',
    path: 'Result/GroupResult/Group_Result.robot',
    commit: '62cae275729b7f609173a48c22ce9d19cc7049d8',
  },
  sxTestGroupmuteResult: {
    repo: 'numbpeople/sx_test',
    path: 'Result/GroupResult/GroupMute_Result.robot',
    commit: '62cae275729b7f609173a48c22ce9d19cc7049d8',
  },
  sxTestUserattributeResult: {
    repo: 'numbpeople/sx_test',
    path: 'Result/UserResult/UserAttribute_Result.robot',
    commit: '62cae275729b7f609173a48c22ce9d19cc7049d8',
  },
  sxTestUsermanagementResult: {
    repo: 'numbpeople/sx_test',
    path: 'Result/UserResult/UserManagement_Result.robot',
    commit: '62cae275729b7f609173a48c22ce9d19cc7049d8',
  },
} as const satisfies Record<string, Required<Pick<Source, 'repo' | 'path' | 'commit'>>>;
