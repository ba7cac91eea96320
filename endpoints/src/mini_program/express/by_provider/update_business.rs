//! `updateBusiness`: `POST /cgi-bin/express/delivery/service/business/update`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-provider/logistics.updateBusiness.html>.
//! Note: an express company's own call: the current page (express-by-provider/api_updatebusiness)
//! takes only the app's access_token. Codes 40013 and 9300525 are from the page's earlier version.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Answers a merchant's account review (for the express company).
#[wx_endpoint(
    name = "updateBusiness",
    path = "/cgi-bin/express/delivery/service/business/update",
    credential = app,
    errors(
        use CommonError,
        40013 => InvalidShopAppId: "invalid merchant Mini Program AppID",
        9300525 => ReviewNotRequested: "the merchant has not applied for review",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct UpdateBusiness {
    /// The merchant Mini Program's AppID (`ShopAppID` of the review event).
    pub shop_app_id: String,
    /// The merchant's account.
    pub biz_id: String,
    /// The review result: 0 approved, anything else rejected.
    pub result_code: i64,
    /// Why the review failed; set only when `result_code` is not 0.
    pub result_msg: Option<String>,
}
