//! `getStaticStore`: `POST /componenttcb/describestaticstore`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/staticstore-management/getStaticStore.html>.
//! Note: the region field is spelled `regoin` on the wire (page and sample); `region` is read too.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the status of an environment's static website hosting.
#[wx_endpoint(
    name = "getStaticStore",
    path = "/componenttcb/describestaticstore",
    credential = component,
    credential_param = access_token,
    response = StaticStores,
    errors(
        use CommonError,
        -1000 => SystemError: "system error",
        40014 => InvalidAccessToken: "invalid access_token: check that it is the latest and unexpired",
        40097 => InvalidArgs: "invalid arguments",
        40101 => MissingParameter: "a required parameter is missing",
        41001 => AccessTokenMissing: "the access_token parameter is missing",
        42001 => AccessTokenExpired: "access_token expired",
        43002 => RequirePost: "the request must use POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the POST body is not valid JSON or lacks parameters",
        85088 => CloudBaseNotEnabled: "CloudBase is not enabled for this app",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetStaticStore {
    /// The environment's id.
    pub env: String,
}

/// The static websites, as `getStaticStore` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct StaticStores {
    /// The static websites.
    pub data: Vec<StaticStoreInfo>,
}

/// A static website (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct StaticStoreInfo {
    /// The environment's id.
    pub env: String,
    /// The website's domain.
    pub domain: String,
    /// The storage bucket holding the website.
    pub bucket: String,
    /// The region (`ap-shanghai`); the wire spells it `regoin`.
    #[serde(rename = "regoin", alias = "region")]
    pub region: String,
    /// The website's status (`online` when serving).
    pub status: String,
}
