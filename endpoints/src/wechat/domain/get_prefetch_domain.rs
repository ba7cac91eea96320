//! `getPrefetchDomain`: `GET /wxa/get_prefetchdnsdomain`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/domain-management/getPrefetchDomain.html>.
//! Unverified: perm set and fields from SKIT only.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the DNS-prefetch domains and their status.
#[wx_endpoint(
    name = "getPrefetchDomain",
    path = "/wxa/get_prefetchdnsdomain",
    method = GET,
    perm_sets = [18],
    response = PrefetchDomains,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPrefetchDomain;

/// The DNS-prefetch domains returned by `getPrefetchDomain`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrefetchDomains {
    /// The DNS-prefetch domains with their status.
    pub prefetch_dns_domain: Vec<PrefetchDomainStatus>,
    /// The size limit the server reports (`size_limit`).
    pub size_limit: i64,
}

/// One DNS-prefetch domain and its status.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrefetchDomainStatus {
    /// The domain's URL.
    pub url: String,
    /// The domain's status code.
    pub status: i64,
}
