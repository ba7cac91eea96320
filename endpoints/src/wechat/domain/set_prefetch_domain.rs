//! `setPrefetchDomain`: `POST /wxa/set_prefetchdnsdomain`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/domain-management/setPrefetchDomain.html>.
//! Unverified: perm set and fields from SKIT only.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Sets the DNS-prefetch domains.
#[wx_endpoint(
    name = "setPrefetchDomain",
    path = "/wxa/set_prefetchdnsdomain",
    perm_sets = [18],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetPrefetchDomain {
    /// The DNS-prefetch domains.
    #[wx(non_empty)]
    pub prefetch_dns_domain: Vec<PrefetchDomain>,
}

/// One DNS-prefetch domain.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrefetchDomain {
    /// The domain's URL.
    pub url: String,
}
