//! `batchsetcspropotion`: `POST /componenttcb/batchsetcspropotion`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/batchSetCSPropotion.html>.
//! Note: this family's 2.0 pages give no English interface name; the name is the path's last
//! segment (WeChat's spelling "propotion").
//! Unverified: the page is not in the stored copies; the fields follow the corpus samples, and a failed
//! item's `errmsg` a third-party model of the page (the samples' `fail_list` is empty); errors are the
//! family's table (from the sibling page `createcontainerservice`).
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use super::VersionFlow;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Sets the traffic split between versions of several services at once.
#[wx_endpoint(
    name = "batchsetcspropotion",
    path = "/componenttcb/batchsetcspropotion",
    credential = component,
    credential_param = access_token,
    response = BatchSetCsPropotions,
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
pub struct BatchSetCsPropotion {
    /// The services and their versions' traffic shares.
    #[wx(non_empty)]
    pub items: Vec<ServiceFlows>,
}

/// A service's traffic split.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceFlows {
    /// The environment's id.
    pub env: String,
    /// The service's name.
    pub service_name: String,
    /// Each version's share of the traffic.
    pub items: Vec<VersionFlow>,
}

/// Which services `batchsetcspropotion` updated and which it could not.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BatchSetCsPropotions {
    /// The updated services.
    pub succ_list: Vec<ServiceFlowSet>,
    /// The services that could not be updated.
    pub fail_list: Vec<ServiceFlowFailure>,
}

/// A service whose traffic split was set.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ServiceFlowSet {
    /// The environment's id.
    pub env: String,
    /// The service's name.
    pub service_name: String,
}

/// A service whose traffic split could not be set.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ServiceFlowFailure {
    /// The environment's id.
    pub env: String,
    /// The service's name.
    pub service_name: String,
    /// Why it failed.
    pub errmsg: String,
}
