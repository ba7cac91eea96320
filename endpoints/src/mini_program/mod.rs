//! Mini Program server APIs a platform calls for its merchants with the authorizer token
//! (feature `mini-program`), by product area.

/// Paid capabilities: usage of bought resource packages and recent average usage.
pub mod charge;
/// City services: message channel, real-name checks and links to city-service pages.
pub mod city_service;
/// CloudBase calls of a Mini Program: delayed functions, SMS (tasks, sending, records, statistics), open data, VoIP signatures, pressure tests.
pub mod cloudbase;
/// Customer service: sub-merchants, their messages and typing state, agent administration, the WeCom binding.
pub mod customer_service;
/// Data analysis: visit retention and trends, daily summary, user portraits, visit distribution, page visits, performance.
pub mod data_analysis;
/// Logistics assistant (express delivery): merchants' waybills and the express companies' side.
pub mod express;
/// Hardware devices: device messages and tickets, device groups, device licenses.
pub mod hardware_device;
/// Immediate delivery: placing, tipping, cancelling and tracking local delivery orders, and the delivery companies' side.
pub mod immediate_delivery;
/// Encrypted network channel: the user's encryption keys.
pub mod internet;
/// Employment relationships: messages to bound users and unbinding.
pub mod labor_use;
/// Links into a Mini Program: URL Links, URL Schemes (including NFC) and Short Links.
pub mod links;
/// Live streaming: rooms, replays, long-term subscribers and their pushes.
pub mod live;
/// Mini Program login: code to session, checking and resetting a user's session key.
pub mod login;
/// Messages: subscribe messages, unified service messages, updatable messages, service cards.
pub mod messages;
/// Mini games: open data, matchmaking, lock-step rooms, virtual payment (Midas) and content security.
pub mod minigame;
/// Nearby Mini Programs: adding, listing and deleting places, showing the Mini Program there.
pub mod nearby;
/// Operation (运维中心): user feedback and its pictures, JS errors, performance, visit sources, client versions, real-time logs.
pub mod operation;
/// Trade management (order shipping): brand qualification applications.
pub mod order_shipping;
/// Plugin management: applying for, listing and removing plugins; a plugin's applicants.
pub mod plugins;
/// Mini Program codes and QR codes for a page path (count-limited).
pub mod qrcode;
/// WeChat red packet covers: claim links for users.
pub mod red_packet_cover;
/// Safety and risk control: users' risk levels.
pub mod safety;
/// Mini Program search: submitting pages for indexing, searching pages by keyword or goods by image.
pub mod search;
/// Content security: text, image and asynchronous media checks.
pub mod security;
/// WeChat service market, caller side: invoking a provider's API.
pub mod service_market;
/// Shopping orders: uploading shopping details and shipments of single and combined orders, and checking the result.
pub mod shopping_order;
/// SOTER biometric authentication: server-side signature verification.
pub mod soter;
/// Transaction guarantee: the guarantee mark's state and the experience score's violations.
pub mod transaction_guarantee;
/// User information: phone numbers, encrypted-data checks, paid unionids, plugin openpids.
pub mod user_info;
