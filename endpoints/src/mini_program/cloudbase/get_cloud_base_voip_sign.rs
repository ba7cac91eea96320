//! `getCloudBaseVoIPSign`: `POST /tcb/getvoipsign`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.getVoIPSign.html>.
//! Unverified: path: the current pages (miniprogram/dev/OpenApiDoc/cloudbase/getCloudBaseVoIPSign.html and
//! server/API/cloudbase/others/api_getcloudbasevoipsign.html) give `POST /wxa/getvoipsign`; `/tcb/getvoipsign` is
//! the older page's, kept here as the corpus has it.
//! Note: the interface name is the one of the current pages; the stored page calls it `cloudbase.getVoIPSign`. The
//! page lets an `openid` go in the URL: the optional `openid` travels in the query.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Signs a game room's real-time voice (VoIP) session.
#[wx_endpoint(
    name = "getCloudBaseVoIPSign",
    path = "/tcb/getvoipsign",
    perm_sets = [18],
    response = VoipSignature,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetCloudBaseVoipSign {
    /// The user the call concerns (the page lets it go in the URL).
    #[wx(query)]
    pub openid: Option<String>,
    /// The game room's id.
    pub group_id: String,
    /// A random string, shorter than 128 characters.
    #[wx(chars = ..=127)]
    pub nonce: String,
    /// When the random string was made (Unix seconds).
    pub timestamp: i64,
}

/// The signature returned by `getCloudBaseVoIPSign`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VoipSignature {
    /// The signature.
    pub signature: String,
}
