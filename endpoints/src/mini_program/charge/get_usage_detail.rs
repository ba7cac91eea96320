//! `getUsageDetail`: `GET /wxa/charge/usage/get`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/charge/api/charge_get_usage_detail.html>.
//! Note: the 64-bit quantities travel as strings.
//! Unverified: the values of `source` (PackageSource) and the page's error table were not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// A resource package's state (`status`, PackageStatus).
    pub enum PackageStatus: code {
        /// 1: in effect.
        Active = 1,
        /// 2: not yet in effect.
        Pending = 2,
        /// 3: expired.
        Expired = 3,
    }
}

/// Reads the usage of the resource packages bought for a paid capability (SPU).
#[wx_endpoint(
    name = "getUsageDetail",
    path = "/wxa/charge/usage/get",
    method = GET,
    perm_sets = [18],
    response = UsageDetail,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUsageDetail {
    /// The product's SPU id.
    #[serde(rename = "spuId")]
    #[wx(non_empty)]
    pub spu_id: String,
    /// The page's offset, from 0.
    pub offset: u32,
    /// The page's size, at most 20.
    #[wx(range = 1..=20)]
    pub limit: u32,
}

/// The usage, as `getUsageDetail` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct UsageDetail {
    /// The accumulated usage (a 64-bit number), for resource-package products.
    pub effective_use: String,
    /// Deprecated total (a 64-bit number); replaced by `all`.
    pub effective_all: String,
    /// The usable total (a 64-bit number): the packages in effect (before charging starts, also the ones not yet in effect).
    pub all: String,
    /// When the subscription starts (Unix seconds), for subscription products.
    pub start_service_time: i64,
    /// When the subscription ends (Unix seconds), for subscription products.
    pub end_service_time: i64,
    /// The number of packages.
    pub total: u32,
    /// The packages.
    pub detail_list: Vec<PackageUsage>,
}

/// One resource package's usage (`detailList`, UsageDetail).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PackageUsage {
    /// The package's id.
    pub pkg_id: String,
    /// The package's state.
    pub status: Option<PackageStatus>,
    /// When the quota becomes valid (Unix seconds).
    pub start_time: i64,
    /// When the quota stops being valid (Unix seconds).
    pub end_time: i64,
    /// The quota (a 64-bit number).
    pub all: String,
    /// The quota used (a 64-bit number).
    pub used: String,
    /// The SPU id the quota comes from (a 64-bit number).
    pub spu_id: String,
    /// The SKU id the quota comes from (a 64-bit number).
    pub sku_id: String,
    /// Where the quota comes from, as a PackageSource code.
    pub source: Option<i64>,
}
