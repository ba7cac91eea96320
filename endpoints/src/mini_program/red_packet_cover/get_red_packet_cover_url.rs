//! `getRedPacketCoverUrl`: `POST /redpacketcover/wxapp/cover_url/get_by_token`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/redpacketcover/redpacketcover.getAuthenticationUrl.html>.
//! Note: the interface name is the newer page's (api_getredpacketcoverurl); this page is titled
//! `redpacketcover.getAuthenticationUrl` (the cloud-call name). The `ctoken` comes from the red
//! packet cover open platform.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Gets the authenticated link through which a given user can claim a red packet cover.
#[wx_endpoint(
    name = "getRedPacketCoverUrl",
    path = "/redpacketcover/wxapp/cover_url/get_by_token",
    perm_sets = [112],
    response = RedPacketCoverUrl,
    errors(
        use CommonError,
        9600001 => OpenidMissing: "openid is missing",
        9600002 => CtokenMissing: "ctoken is missing",
        9600003 => SystemError: "system error",
        9600004 => InvalidCtoken: "wrong ctoken",
        9600005 => InvalidOpenid: "wrong openid",
        9600006 => AppNotConfigured: "the Mini Program is not in the ctoken's configured list",
        9600007 => AppOpenidMismatch: "the Mini Program does not match the openid",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetRedPacketCoverUrl {
    /// The OpenID of the user who may claim the cover.
    #[wx(non_empty)]
    pub openid: String,
    /// The issuing ctoken from the red packet cover platform (it names the AppIDs allowed to issue).
    #[wx(non_empty)]
    pub ctoken: String,
}

/// The link, as `getRedPacketCoverUrl` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RedPacketCoverUrl {
    /// The link's data.
    pub data: RedPacketCoverLink,
}

/// The link's data (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RedPacketCoverLink {
    /// The authenticated link through which the user claims the cover.
    pub url: String,
}
