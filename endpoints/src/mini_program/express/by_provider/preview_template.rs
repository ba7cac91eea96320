//! `previewTemplate`: `POST /cgi-bin/express/delivery/template/preview`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-provider/logistics.previewTemplate.html>.
//! Note: the current page (express-by-provider/api_previewtemplate) says third-party platforms cannot
//! call it; only the app's access_token.

use super::super::types::WaybillOrder;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Renders a waybill HTML template with sample data, to debug the template (for the express company).
#[wx_endpoint(
    name = "previewTemplate",
    path = "/cgi-bin/express/delivery/template/preview",
    credential = app,
    response = RenderedTemplate,
    errors(
        use CommonError,
        40199 => WaybillNotFound: "the waybill id does not exist",
        9300502 => InvalidWaybillData: "the express company's system failed; in a preview, usually wrong waybill_data",
        9300507 => InvalidToken: "the token is wrong",
        9300512 => InvalidTemplateFormat: "the template's format is wrong; rendering failed",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct PreviewTemplate {
    /// Waybill id.
    pub waybill_id: String,
    /// The waybill HTML template, Base64-encoded.
    pub waybill_template: String,
    /// Waybill data, as `WaybillData` of the order event.
    pub waybill_data: String,
    /// The merchant's order data, as `addOrder`'s request body.
    pub custom: WaybillOrder,
}

/// The rendered waybill returned by `previewTemplate`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct RenderedTemplate {
    /// Waybill id.
    pub waybill_id: String,
    /// The rendered waybill HTML, Base64-encoded.
    pub rendered_waybill_template: String,
}
