//! `getLicensePkgList`: `POST /wxa/business/license/getpkglist`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/hardware-device/getLicensePkgList.html>.
//! Unverified: permission set 118 is assumed from the sibling license pages; this page's section was not read.
//! The page lists no own error codes.

use super::LicensePkgType;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the license resource packages the Mini Program bought.
#[wx_endpoint(
    name = "getLicensePkgList",
    path = "/wxa/business/license/getpkglist",
    perm_sets = [118],
    response = LicensePkgList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct GetLicensePkgList {
    /// The package type to list.
    pub pkg_type: LicensePkgType,
}

/// The packages returned by `getLicensePkgList`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LicensePkgList {
    /// The packages.
    pub pkg_list: Vec<LicensePkg>,
    /// The highest activation number used; deprecated.
    pub max_active_number: i64,
}

/// A resource package (`pkg_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LicensePkg {
    /// The package's id.
    pub pkg_id: String,
    /// The package's type.
    pub pkg_type: Option<LicensePkgType>,
    /// When the package was ordered (Unix seconds).
    pub start_time: i64,
    /// When the package expires (Unix seconds).
    pub end_time: i64,
    /// The package's state.
    pub pkg_status: Option<LicensePkgStatus>,
    /// The quota used.
    pub used: i64,
    /// The package's total quota.
    pub all: i64,
}

crate::wire_enum! {
    /// A resource package's state (`pkg_status`).
    pub enum LicensePkgStatus: code {
        /// 1: in effect.
        Active = 1,
        /// 2: not yet in effect.
        Pending = 2,
        /// 3: expired.
        Expired = 3,
    }
}
