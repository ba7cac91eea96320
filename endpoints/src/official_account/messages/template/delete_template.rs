//! `deleteTemplate`: `POST /cgi-bin/template/del_private_template`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Template_Message_Interface.html#4>.
//! Note: the interface name, permission sets, fields and error table (no codes but 0) were read on the newer
//! page <https://developers.weixin.qq.com/doc/service/api/notify/template/api_deletetemplate>.
//! Note: the page names it `deleteTemplate`, as the Open Platform's template library call (`/wxa/deletetemplate`) is named; the registry keeps names unique, so this one is named after its path.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a template from the account.
#[wx_endpoint(
    name = "deletePrivateTemplate",
    path = "/cgi-bin/template/del_private_template",
    perm_sets = [7, 100..=101],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteTemplate {
    /// The template's id on the account (category templates included).
    #[wx(non_empty)]
    pub template_id: String,
}
