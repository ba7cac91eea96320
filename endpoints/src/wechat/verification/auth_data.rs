//! The verification data `secwxaapi_wxaauth` and `secwxaapi_reauth` send (`auth_data`).
//!
//! Source: the pages' `auth_data` table
//! (<https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/weapp-wxverify/api_secwxaapi_wxaauth.html>)
//! and, for `contact_info`, `invoice_info` and the last fields, the pages' request examples.
//! Unverified: the rows past `auth_ident_material` and the sub-tables of `contact_info` and
//! `invoice_info` were not read; their fields and types follow the examples.

use serde::{Deserialize, Serialize};

/// The verification data (`auth_data`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthData {
    /// The verified subject: 1 company, 12 individual business, 15 person (as `getAccountBasicInfo` codes them).
    pub customer_type: u32,
    /// The verification task's id; required when resubmitting (`secwxaapi_reauth`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taskid: Option<String>,
    /// The verification contact.
    pub contact_info: ContactInfo,
    /// Invoice details; not needed when the platform pays.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice_info: Option<InvoiceInfo>,
    /// media_id of the subject's qualification (one image); required unless the subject is a person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualification: Option<String>,
    /// media_ids of other qualification proofs (at most 10 images).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualification_other: Option<Vec<String>>,
    /// The Mini Program's name.
    pub account_name: String,
    /// How the name was chosen: 1 own words, 2 a trademark.
    pub account_name_type: u32,
    /// media_ids of supplementary material for keywords the name hits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_supplemental: Option<Vec<String>>,
    /// Who pays: 1 the platform's pre-purchased package, 2 the Mini Program's developer.
    pub pay_type: u32,
    /// For a person: the identity to verify, a leaf `name` of `secwxaapi_authidentitytree`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_identification: Option<String>,
    /// media_ids proving the identity; required with `auth_identification`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_ident_material: Option<Vec<String>>,
    /// The third-party platform's contact phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub third_party_phone: Option<String>,
    /// The service provider's AppID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_appid: Option<String>,
}

/// The verification contact (`contact_info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactInfo {
    /// The contact's name.
    pub name: String,
    /// The contact's email address.
    pub email: String,
}

/// Invoice details (`invoice_info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceInfo {
    /// The invoice type, as the page codes it.
    pub invoice_type: u32,
    /// Electronic invoice details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub electronic: Option<ElectronicInvoice>,
    /// VAT special invoice details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat: Option<VatInvoice>,
}

/// Electronic invoice details (`electronic`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElectronicInvoice {
    /// The taxpayer identification number (15, 17, 18 or 20 characters).
    pub id: String,
    /// Invoice remarks (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
}

/// VAT special invoice details (`vat`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VatInvoice {
    /// The enterprise's phone.
    pub enterprise_phone: String,
    /// The taxpayer identification number (15, 17, 18 or 20 characters).
    pub id: String,
    /// The enterprise's registered address.
    pub enterprise_address: String,
    /// The enterprise's bank.
    pub bank_name: String,
    /// The enterprise's bank account.
    pub bank_account: String,
    /// The invoice mailing address's postcode.
    pub mailing_address: String,
    /// The street address.
    pub address: String,
    /// The contact's name.
    pub name: String,
    /// The contact's phone.
    pub phone: String,
    /// The province.
    pub province: String,
    /// The city.
    pub city: String,
    /// The district.
    pub district: String,
    /// Invoice remarks (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
}
