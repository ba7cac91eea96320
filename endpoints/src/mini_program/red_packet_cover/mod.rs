//! WeChat red packet covers: claim links for users.

mod get_red_packet_cover_url;

pub use get_red_packet_cover_url::{
    GetRedPacketCoverUrl, GetRedPacketCoverUrlError, RedPacketCoverLink, RedPacketCoverUrl,
};
