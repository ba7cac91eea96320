//! `GetAmsCategoryBlackList`: `POST /wxa/operationams?action=agency_get_mp_amscategory_blacklist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-black/GetAmsCategoryBlackList.html>.
//! Unverified: the stored copies of the page end after the error table's 1701 row; the later rows
//! are those the other AMS pages print (1735, 1737, 1807, 2009, 2056).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the advertising industries the Mini Program blocks from its ads.
#[wx_endpoint(
    name = "GetAmsCategoryBlackList",
    path = "/wxa/operationams",
    query = "action=agency_get_mp_amscategory_blacklist",
    idempotent,
    response = AmsCategoryBlacklist,
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
pub struct GetAmsCategoryBlackList;

/// The blocked advertising industries, as `GetAmsCategoryBlackList` returns them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct AmsCategoryBlacklist {
    /// The blocked industries, joined by `|`: `CHESS`, `ADULT_SUPPLIES`, `MEDICAL_HEALTH`,
    /// `INSURANCE`, `SECURITES`, `LOAN`, `LIVING_SERVICES_BEAUTY`, `LIVING_SERVICES_ENTERTAINMENT`,
    /// `LIVING_SERVICES_OTHERS`, `FOOD_INDUSTRY`, `RETAIL_AND_GENERAL_MERCHANDISE`, `FOOD_AND_DRINK`,
    /// `TECHNICAL_SERVICE`.
    pub ams_category: String,
}
