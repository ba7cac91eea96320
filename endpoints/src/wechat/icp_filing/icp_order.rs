//! The filing order: the subject, the Mini Program and their materials, as `applyIcpFiling` sends
//! them and `getOnlineIcpOrder` returns them (without images and videos, masked).
//!
//! Unverified: the fields follow the `applyIcpFiling` page as other projects transcribe it (the stored
//! copies of the page lack its tables); `getOnlineIcpOrder`'s page confirms `base_info` and its `record_number`.

use serde::{Deserialize, Serialize};

/// The filing subject (`icp_subject`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IcpSubject {
    /// The subject's basic information.
    pub base_info: IcpSubjectBaseInfo,
    /// Extra information for a personal subject.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personal_info: Option<IcpPersonalInfo>,
    /// The subject's certificate (for a personal filing, the fields shared with the principal hold the same values).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organize_info: Option<IcpOrganizeInfo>,
    /// The person responsible for the subject.
    pub principal_info: IcpPrincipalInfo,
    /// The legal person; required for a non-personal filing whose principal is not the legal person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_person_info: Option<IcpLegalPersonInfo>,
}

/// The subject's basic information (`icp_subject.base_info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IcpSubjectBaseInfo {
    /// The subject's nature, an id from `queryIcpSubjectTypes` (e.g. 5).
    #[serde(rename = "type")]
    pub subject_type: u32,
    /// The sponsoring organisation's (or person's) name.
    pub name: String,
    /// Province code, from `queryIcpDistrictCode` (e.g. "110000").
    pub province: String,
    /// City code, from `queryIcpDistrictCode` (e.g. "110100").
    pub city: String,
    /// District code, from `queryIcpDistrictCode` (e.g. "110105").
    pub district: String,
    /// Postal address inside that district, without the province, city and district.
    pub address: String,
    /// Remarks on the subject.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The subject's filing number; returned by `getOnlineIcpOrder`, not sent when applying.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_number: Option<String>,
}

/// Extra information for a personal subject (`icp_subject.personal_info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IcpPersonalInfo {
    /// media_id of a temporary residence proof, for a person filing outside their home province.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub residence_permit: Option<String>,
}

/// The subject's certificate (`icp_subject.organize_info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IcpOrganizeInfo {
    /// Certificate type, an id from `queryIcpCertificateTypes` (e.g. 2).
    pub certificate_type: u32,
    /// Certificate number.
    pub certificate_number: String,
    /// Address on the certificate.
    pub certificate_address: String,
    /// media_id of the certificate's photo; required for a non-personal subject.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate_photo: Option<String>,
}

/// A person responsible for the subject or for the Mini Program (`principal_info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IcpPrincipalInfo {
    /// Name.
    pub name: String,
    /// Mobile number.
    pub mobile: String,
    /// Email address.
    pub email: String,
    /// Emergency contact number.
    pub emergency_contact: String,
    /// Certificate type, an id from `queryIcpCertificateTypes` (a personal type for the Mini Program's principal).
    pub certificate_type: u32,
    /// Certificate number.
    pub certificate_number: String,
    /// First day of validity, `YYYYmmdd`.
    pub certificate_validity_date_start: String,
    /// Last day of validity, `YYYYmmdd`, or "长期" for a certificate without end.
    pub certificate_validity_date_end: String,
    /// media_id of the certificate's front (the portrait side of an ID card); not returned by `getOnlineIcpOrder`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate_photo_front: Option<String>,
    /// media_id of the certificate's back; not returned by `getOnlineIcpOrder`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate_photo_back: Option<String>,
    /// media_id of the authorization letter, needed when the principal is not the legal person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization_letter: Option<String>,
    /// `task_id` of the face verification (`createIcpVerifyTask`); only the Mini Program's principal needs one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verify_task_id: Option<String>,
}

/// The legal person (`icp_subject.legal_person_info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IcpLegalPersonInfo {
    /// The legal representative's name.
    pub name: String,
    /// The legal person's certificate number.
    pub certificate_number: String,
}

/// The Mini Program to file (`icp_applets`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IcpApplets {
    /// The Mini Program's basic information.
    pub base_info: IcpAppletsBaseInfo,
    /// The person responsible for the Mini Program.
    pub principal_info: IcpPrincipalInfo,
}

/// The Mini Program's basic information (`icp_applets.base_info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IcpAppletsBaseInfo {
    /// The Mini Program's AppID; filled in by the platform, not sent when applying.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
    /// The Mini Program's name; filled in by the platform, not sent when applying.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Second-level service content type ids from `queryIcpServiceContentTypes`, at most 5.
    pub service_content_types: Vec<u32>,
    /// Pre-approval items, each type once; "none of the above" (from `queryIcpNrlxTypes`) when there is none.
    pub nrlx_details: Vec<IcpNrlxDetail>,
    /// What the Mini Program actually offers, 20 to 200 characters.
    pub comment: String,
    /// The Mini Program's filing number; returned by `getOnlineIcpOrder`, not sent when applying.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_number: Option<String>,
}

/// A pre-approval item (`nrlx_details`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IcpNrlxDetail {
    /// Pre-approval type, an id from `queryIcpNrlxTypes`.
    #[serde(rename = "type")]
    pub nrlx_type: u32,
    /// Pre-approval number; required unless the type is "none of the above".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// media_id of the pre-approval document; required unless the type is "none of the above".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media: Option<String>,
}

/// Other filing materials (`icp_materials`), each a list of media_ids from `uploadIcpMedia`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IcpMaterials {
    /// The internet information service commitment letter (at most 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commitment_letter: Option<Vec<String>>,
    /// The subject's renaming letter, for a renamed non-personal subject (at most 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_name_change_letter: Option<Vec<String>>,
    /// The party-building confirmation letter (at most 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub party_building_confirmation_letter: Option<Vec<String>>,
    /// The commitment video (at most 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub promise_video: Option<Vec<String>>,
    /// The notice of responsibility for the filing's authenticity (at most 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authenticity_responsibility_letter: Option<Vec<String>>,
    /// The commitment to the filing's authenticity (at most 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authenticity_commitment_letter: Option<Vec<String>>,
    /// The Mini Program's construction plan (at most 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website_construction_proposal: Option<Vec<String>>,
    /// Other attachments of the subject (at most 10).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject_other_materials: Option<Vec<String>>,
    /// Other attachments of the Mini Program (at most 10).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applets_other_materials: Option<Vec<String>>,
    /// A photo holding the certificate (at most 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holding_certificate_photo: Option<Vec<String>>,
}
