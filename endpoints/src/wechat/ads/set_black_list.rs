//! `SetBlackList`: `POST /wxa/operationams?action=agency_set_black_list`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-black/SetBlackList.html>.
//! Note: at most 20 Official Accounts, 10 iOS apps, 10 Android apps and 20 Mini Programs or mini
//! games can be blocked; past that the call fails.
//! Unverified: the stored copies of the page end after the error table's 1735 row; the later rows
//! are those the other AMS pages print (1737, 1807, 2009, 2056).

use serde::{Deserialize, Serialize};

use crate::wechat::CommonError;
use crate::{wx_endpoint, JsonString};

/// Blocks advertisers from the Mini Program's ads, or unblocks them.
#[wx_endpoint(
    name = "SetBlackList",
    path = "/wxa/operationams",
    query = "action=agency_set_black_list",
    errors(
        use CommonError,
        1700 => InvalidParameter: "parameter error; check the parameters against the document",
        1701 => InvalidParameterValue: "parameter error; check the parameters against the document",
        1735 => AgreementNotSigned: "the merchant has not finished signing the agreement",
        1737 => TooFrequent: "operating too fast; wait a minute and retry",
        1807 => NotPublisher: "not a publisher; open the publisher for this appid (AgencyCreatePublisher)",
        2009 => InvalidPublisher: "invalid publisher; open the publisher for this appid (AgencyCreatePublisher)",
        2056 => MonetizationNotOpened: "the platform has no account in the monetization zone; open it on the third-party platform's pages",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetBlackList {
    /// 1 block the advertisers, 2 unblock them.
    #[wx(one_of = [1, 2])]
    pub op: u8,
    /// The advertisers, sent as a JSON string (`"[{\"type\":1,\"id\":\"gh_...\"}]"`).
    pub list: JsonString<Vec<BlacklistEntry>>,
}

/// One advertiser to block or unblock (an entry of `list`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BlacklistEntry {
    /// What kind of advertiser `id` names.
    #[serde(rename = "type")]
    pub kind: BlacklistType,
    /// The Official Account's WeChat ID, the iOS app's APPID, the Android app's package name, or
    /// the Mini Program's or mini game's original ID.
    pub id: String,
}

crate::wire_enum! {
    /// The kind of a blocked advertiser (`type` of a `list` entry).
    pub enum BlacklistType: code {
        /// 1: an Official Account (`id`: its WeChat ID).
        OfficialAccount = 1,
        /// 2: an iOS app (`id`: its APPID).
        IosApp = 2,
        /// 3: an Android app (`id`: its package name).
        AndroidApp = 3,
        /// 4: a Mini Program or mini game (`id`: its original ID).
        MiniProgram = 4,
    }
}
