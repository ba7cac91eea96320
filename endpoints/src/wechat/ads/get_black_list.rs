//! `GetBlackList`: `POST /wxa/operationams?action=agency_get_black_list`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-black/GetBlackList.html>.
//! Note: the page's return table nests each list's entries under an `item` row and names the
//! avatar `url`; its sample lists the entries directly and names the avatar `icon`. The entries are
//! typed as listed directly, with both `url` and `icon`.
//! Unverified: the stored copies of the page end before its error table; the rows are those the
//! other AMS pages print (-202, 1700, 1701, 1735, 1737, 1807, 2009, 2056).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Lists the advertisers the Mini Program blocks from its ads.
#[wx_endpoint(
    name = "GetBlackList",
    path = "/wxa/operationams",
    query = "action=agency_get_black_list",
    idempotent,
    response = AdBlacklist,
    errors(
        use CommonError,
        -202 => InternalError: "internal error; retry later",
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
pub struct GetBlackList;

/// The blocked advertisers, by kind, as `GetBlackList` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AdBlacklist {
    /// Blocked Official Accounts (`id`: the account's WeChat ID).
    pub blacklist_biz: Vec<BlockedAdvertiser>,
    /// Blocked Mini Programs and mini games (`id`: the original ID, `gh_...`).
    pub blacklist_weapp: Vec<BlockedAdvertiser>,
    /// Blocked iOS apps (`id`: the app's APPID).
    pub blacklist_ios: Vec<BlockedAdvertiser>,
    /// Blocked Android apps (`id`: the app's package name).
    pub blacklist_android: Vec<BlockedAdvertiser>,
}

/// One blocked advertiser.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct BlockedAdvertiser {
    /// The advertiser's identifier (its meaning depends on the list).
    pub id: String,
    /// The advertiser's name.
    pub name: String,
    /// The advertiser's avatar or logo URL, as the page's table names it.
    pub url: String,
    /// The advertiser's avatar or logo URL, as the page's sample names it.
    pub icon: String,
}
