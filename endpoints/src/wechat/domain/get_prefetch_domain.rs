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

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrefetchDomains {
    pub prefetch_dns_domain: Vec<PrefetchDomainStatus>,
    pub size_limit: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrefetchDomainStatus {
    pub url: String,
    pub status: i64,
}
