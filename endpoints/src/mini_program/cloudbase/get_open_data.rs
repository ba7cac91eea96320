//! `getOpenData`: `POST /tcb/getopendata`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.getOpenData.html>.
//! Unverified: path: the current pages (miniprogram/dev/OpenApiDoc/cloudbase/getOpenData.html and
//! server/API/cloudbase/others/api_getopendata.html) give `POST /wxa/getopendata`; `/tcb/getopendata` is the older
//! page's, kept here as the corpus has it.
//! Note: the page types `json` as a string while its example shows an object; the SDK keeps a string and reads
//! an object as its JSON text.
//! Note: the page lets an `openid` go in the URL (for sensitive data): the optional `openid` travels in the query.
//! Note: permission sets 18 and 49 are from the newer server/API page; the OpenApiDoc twin names none.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Exchanges CloudIDs for the open data they stand for.
#[wx_endpoint(
    name = "getOpenData",
    path = "/tcb/getopendata",
    perm_sets = [18, 49],
    response = OpenDataList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetOpenData {
    /// The user whose data it is, for sensitive data (the page lets it go in the URL).
    #[wx(query)]
    pub openid: Option<String>,
    /// The CloudIDs.
    pub cloudid_list: Vec<String>,
}

/// The open data returned by `getOpenData`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OpenDataList {
    /// One entry per CloudID.
    pub data_list: Vec<OpenDataEntry>,
}

/// One CloudID's open data (`data_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OpenDataEntry {
    /// The CloudID.
    pub cloud_id: String,
    /// The open data: free-form JSON text (its structure depends on the kind of data, e.g. `stepInfoList`).
    #[serde(deserialize_with = "crate::wechat::lenient::text")]
    pub json: String,
}
