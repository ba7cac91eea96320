//! Types the URL Link, URL Scheme and Short Link endpoints share.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// The Mini Program version a link opens (`env_version`); it applies outside WeChat only.
    pub enum LinkEnvVersion: text {
        /// `release`: the released version (the default).
        Release = "release",
        /// `trial`: the trial version.
        Trial = "trial",
        /// `develop`: the development version.
        Develop = "develop",
    }
}

crate::wire_enum! {
    /// How an expiring link expires (`expire_type`).
    pub enum ExpireType: code {
        /// 0: at `expire_time` (the default).
        AtTime = 0,
        /// 1: after `expire_interval` days.
        AfterDays = 1,
    }
}

crate::wire_enum! {
    /// What a link query answers (`query_type`).
    pub enum LinkQueryType: code {
        /// 0: the link's configuration (the default).
        LinkInfo = 0,
        /// 1: the day's remaining visit quota.
        VisitQuota = 1,
    }
}

/// The Mini Program page a scheme opens (`jump_wxa`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JumpWxa {
    /// A page of the released Mini Program, without query; empty opens the home page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The query, at most 1024 characters of digits, letters and `!#$&'()*+,/:;=?@-._~%`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// The version opened outside WeChat (default `release`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env_version: Option<LinkEnvVersion>,
}

/// A Cloud Base static-site H5 page that relays a URL Link (`cloud_base`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CloudBase {
    /// The Cloud Base environment.
    pub env: String,
    /// The static site's custom domain; the default domain when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The H5 page's path, without query.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The H5 page's query, at most 1024 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// For third-party batch Cloud Base development: the appid that created `env`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_appid: Option<String>,
}

/// The day's remaining visit quota (`quota_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LinkQuota {
    /// Visits left today for URL Schemes (encrypted and plain) and encrypted URL Links.
    pub remain_visit_quota: i64,
}
