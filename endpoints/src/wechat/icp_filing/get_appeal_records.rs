//! `getAppealRecords`: `POST /wxa/getappealrecords`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record-management/getAppealRecords.html>.
//! Note: the authorizer must grant sets 18 and 76.
//! Unverified: error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the appeals against a violation penalty record.
#[wx_endpoint(
    name = "getAppealRecords",
    path = "/wxa/getappealrecords",
    perm_sets = [76],
    response = AppealRecords,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAppealRecords {
    /// The penalty record's id, from `getIllegalRecords`.
    #[wx(non_empty)]
    pub illegal_record_id: String,
}

/// The appeals returned by `getAppealRecords`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AppealRecords {
    /// The appeal records.
    pub records: Vec<AppealRecord>,
}

/// An appeal.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AppealRecord {
    /// The appeal's id.
    pub appeal_record_id: u64,
    /// Unix time of the appeal.
    pub appeal_time: i64,
    /// How many times it was appealed.
    pub appeal_count: u32,
    /// Who appealed.
    pub appeal_from: Option<AppealSource>,
    /// The appeal's status.
    pub appeal_status: Option<AppealStatus>,
    /// Unix time of the review.
    pub audit_time: i64,
    /// Why the review decided as it did.
    pub audit_reason: String,
    /// The penalty's reason.
    pub punish_description: String,
    /// The offending materials with the appeal's materials for each.
    pub materials: Vec<AppealMaterials>,
}

/// An offending material and the appeal's answer to it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AppealMaterials {
    /// The offending material.
    pub illegal_material: IllegalMaterial,
    /// What the appeal provided against it.
    pub appeal_material: AppealMaterial,
}

/// An offending material.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IllegalMaterial {
    /// The offending content.
    pub content: String,
    /// Link to the offending content.
    pub content_url: String,
}

/// The appeal's materials for one offending material.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AppealMaterial {
    /// The appeal's reason.
    pub reason: String,
    /// Media ids of the proofs (downloadable as temporary media).
    pub proof_material_ids: Vec<String>,
}

crate::wire_enum! {
    /// Who appealed (`appeal_from`).
    pub enum AppealSource: code {
        /// 0: the user.
        User = 0,
        /// 1: the service provider.
        ServiceProvider = 1,
    }
}

crate::wire_enum! {
    /// An appeal's status (`appeal_status`).
    pub enum AppealStatus: code {
        /// 1: being processed.
        Processing = 1,
        /// 2: the appeal succeeded.
        Approved = 2,
        /// 3: the appeal failed.
        Rejected = 3,
        /// 4: the appeal was withdrawn.
        Withdrawn = 4,
    }
}
