//! Tencent Cloud IM REST API endpoints, one module per service. Calls carry the administrator's
//! UserSig; configure the app with [`ClientBuilder::im`](crate::ClientBuilder::im). Every command is
//! a POST limited per command (200 calls per second unless its page documents fewer: the client's
//! limiter keeps to it).

/// Account management: import, check and delete accounts, invalidate login states (`im_open_login_svc`).
pub mod account;
/// Push to all users, by attribute or by tag, and the user attributes and tags behind it (`all_member_push`).
pub mod all_member_push;
/// Content moderation and blocked-word libraries (`im_msg_audit`, `im_msg_audit_mgr`).
pub mod audit;
/// Audio-video (live streaming) groups: online members, member marks and administrators (`group_open_avchatroom_http_svc`).
pub mod avchatroom;
/// Callbacks (webhooks) the IM backend sends to the app: verified, typed, answered.
pub mod callback;
/// App configuration: server IPs, operations data, global mute (`ConfigSvc`, `openconfigsvr`).
pub mod config;
/// Chat file moderation: ban, unban and sign rich-media files of messages (`im_cos_msg`).
pub mod cos;
/// Follows, fans and mutual follows (`follow`).
pub mod follow;
/// Groups: members, roles, messages, attributes, counters (`group_open_http_svc`, `group_open_attr_http_svc`).
pub mod group;
/// Hourly message history downloads (`open_msg_svc`).
pub mod history;
/// One-to-one messages (send, import, read, recall, modify, delete, read state), group message edits, online state (`openim`).
pub mod message;
/// Key-value extensions on one-to-one and group messages (`openim_msg_ext_http_svc`).
pub mod msg_ext;
/// Official accounts (`official_account_open_http_svc`).
pub mod official_account;
/// User profiles: standard and custom profile fields (`profile`).
pub mod profile;
/// Conversations: the conversation list, conversation groups and marks (`recentcontact`).
pub mod recent_contact;
/// Relationship chains: friends, blocklists and friend lists (`sns`).
pub mod relation;
/// Chatbot accounts (`openim_robot_http_svc`).
pub mod robot;
/// Community topics (`million_group_open_http_svc`).
pub mod topic;

mod errors;

pub use errors::ImCommonError;
pub use wx_runtime::im::{msg, usersig, CallbackAuth, CallbackAuthError, ImRegion, UserSigError};
