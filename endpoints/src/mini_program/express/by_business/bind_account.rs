//! `bindAccount`: `POST /cgi-bin/express/business/account/bind`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.bindAccount.html>.
//! Note: the facts were read on the current page (server/API/express/express-by-business/api_bindaccount).
//! Note: codes 9300529-9300532 are from the page's earlier version; the current one lists only 40001.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// Whether an express account is bound or unbound (`type`).
    pub enum AccountBindType: text {
        /// `bind`: bind the account.
        Bind = "bind",
        /// `unbind`: unbind the account.
        Unbind = "unbind",
    }
}

/// Binds or unbinds an express company account (customer code) for the Mini Program.
#[wx_endpoint(
    name = "bindAccount",
    path = "/cgi-bin/express/business/account/bind",
    perm_sets = [45, 71],
    errors(
        use CommonError,
        9300529 => AlreadyBound: "the account is already bound",
        9300530 => BizIdNotFound: "the biz_id to unbind does not exist",
        9300531 => WrongAccountOrPassword: "wrong account or password",
        9300532 => BindingUnderReview: "the binding was submitted and is under review",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct BindAccount {
    /// Bind or unbind.
    #[serde(rename = "type")]
    pub bind_type: AccountBindType,
    /// Customer code at the express company.
    pub biz_id: String,
    /// Express company id.
    pub delivery_id: String,
    /// Customer password at the express company.
    pub password: Option<String>,
    /// Remark required by EMS review: 电话：… 联系人：… 服务类型：… 发货地址：….
    pub remark_content: Option<String>,
}
