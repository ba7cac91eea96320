//! `applyIcpFiling`: `POST /wxa/icp/apply_icp_filing`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/applyIcpFiling.html>.
//! Unverified: the stored copies of the page lack its tables: fields from the page's sample and as other projects
//! transcribe the page (see `IcpSubject`); permission sets and the error table not captured.

use super::{IcpApplets, IcpMaterials, IcpSubject};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Submits the Mini Program's ICP filing: the subject, the Mini Program and the materials (media from `uploadIcpMedia`).
#[wx_endpoint(
    name = "applyIcpFiling",
    path = "/wxa/icp/apply_icp_filing",
    response = IcpFilingApplied,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ApplyIcpFiling {
    /// The filing subject.
    pub icp_subject: IcpSubject,
    /// The Mini Program to file.
    pub icp_applets: IcpApplets,
    /// Other filing materials.
    pub icp_materials: Option<IcpMaterials>,
}

/// The answer of `applyIcpFiling`: hints on the fields that failed the checks.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpFilingApplied {
    /// One hint per field that failed a check.
    pub hints: Vec<IcpFilingHint>,
}

/// A field of the filing that failed a check.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IcpFilingHint {
    /// The check's error code.
    pub errcode: i64,
    /// The check's error message.
    pub errmsg: String,
    /// The failed field's path, e.g. `icp_subject.principal_info.certificate_photo_front`.
    pub err_field: String,
}
