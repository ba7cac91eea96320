//! Official Account server APIs a platform calls for its merchants with the authorizer token
//! (feature `official-account`), by product area.

/// Account management tools: short key hosting and long-to-short URL conversion.
pub mod account;
/// Analytics: followers, articles, messages, the server's passive replies, and ad revenue.
pub mod analytics;
/// General calls: API quotas and their reset, call (rid) diagnostics, and medical assistant messages.
pub mod basic;
/// Official Account article comments: open or close comments, list them, feature, delete and reply.
pub mod comments;
/// Official Account customer service: accounts and avatars, sessions, chat records, customer-service messages and typing.
pub mod customer_service;
/// Official Account draft box: add, update, read, list, count and delete article and image-message drafts.
pub mod drafts;
/// Official Account basic information: WeChat server IP lists and callback network detection.
pub mod info;
/// Official Account intelligent interfaces: speech recognition and translation, image processing, OCR.
pub mod intelligence;
/// Official Account materials: temporary and permanent media upload, download, listing, counting and deletion.
pub mod materials;
/// Official Account custom menus: the default menu, conditional menus, match tests and the current menu.
pub mod menus;
/// Official Account message management: template messages, mass messages, auto-reply rules, quota reset.
pub mod messages;
/// Official Account publishing: publish drafts, query publish jobs, list, read and delete published articles.
pub mod publish;
/// QR codes: parametric QR codes, and the rules that open a Mini Program from the account's QR codes.
pub mod qrcode;
/// Official Account subscription notifications: categories, public and account templates, and sending.
pub mod subscribe_messages;
/// Followers: tags, tagging, blacklist, remarks, follower lists and basic information.
pub mod users;
/// Official Account web apps: web authorization (user tokens and profile) and the JS-SDK ticket.
pub mod web;
