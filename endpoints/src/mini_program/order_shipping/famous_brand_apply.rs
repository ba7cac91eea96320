//! `famousBrandApply`: `POST /wxa/sec/famousbrand/apply`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_famousbrandapply.html>.
//! Note: proof materials are media ids from the upload-temporary-media call.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// What a brand application is for (`apply_for`).
    pub enum BrandApplyFor: code {
        /// 1: a famous brand.
        FamousBrand = 1,
        /// 2: already connected to the WeChat Shop goods component.
        ShopGoodsComponent = 2,
    }
}

crate::wire_enum! {
    /// The kind of a famous brand (`brand_type`).
    pub enum BrandType: code {
        /// 1: on the MIIT consumer goods list.
        MiitConsumerGoods = 1,
        /// 2: China Chain Store & Franchise Association online retail.
        ChainStoreAssociation = 2,
        /// 3: a China time-honoured brand (中华老字号).
        TimeHonoured = 3,
        /// 4: an e-commerce platform flagship store.
        FlagshipStore = 4,
        /// 5: a Global 500 company's brand.
        Global500 = 5,
        /// 6: a brand run by a China 500 company.
        China500 = 6,
        /// 7: a well-known or famous trademark recognised by the authorities.
        RecognisedTrademark = 7,
        /// 8: on the MIIT list of growing famous consumer goods companies.
        MiitGrowingBrand = 8,
    }
}

/// Applies for the Mini Program's brand qualification (for trade management).
#[wx_endpoint(
    name = "famousBrandApply",
    path = "/wxa/sec/famousbrand/apply",
    perm_sets = [142],
    errors(
        use CommonError,
        43002 => RequirePost: "the HTTP request must use POST",
        44002 => EmptyPostBody: "the POST body is empty",
        47001 => InvalidFormat: "the input format is wrong",
        10210001 => InvalidParameter: "invalid parameter",
        10210002 => InvalidState: "wrong state",
        10210003 => ImageParseFailed: "an image could not be parsed",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct FamousBrandApply {
    /// The brand application.
    #[serde(rename = "Application")]
    pub application: BrandApplication,
}

/// A brand application (`Application`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandApplication {
    /// What the application is for.
    pub apply_for: BrandApplyFor,
    /// The brand; required for a famous brand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audit_info: Option<BrandAuditInfo>,
}

/// The brand applied for (`Application.audit_info`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandAuditInfo {
    /// Brand name.
    pub brand_name: String,
    /// The brand's kind.
    pub brand_type: BrandType,
    /// For a flagship store: the e-commerce platform, such as 淘宝.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flagship_in_which_ec_platform: Option<String>,
    /// For a flagship store: media ids of images proving the official flagship store.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ec_platform_proof_list: Option<Vec<String>>,
    /// Media ids of other supporting images.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_material_list: Option<Vec<String>>,
    /// For a recognised trademark: media ids of images proving the recognition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authority_certified_proof_list: Option<Vec<String>>,
}
