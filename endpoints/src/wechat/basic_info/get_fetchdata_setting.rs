//! `getFetchdataSetting`: `POST /wxa/fetchdatasetting`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/basic-info-management/getFetchdataSetting.html>.
//! Note: one call, three functions, chosen by `action`; the fetch URLs' domains must be business
//! domains of the Mini Program (and of the third-party platform).
//! Unverified: the error rows come from the older third-party pages (get_fetchdatasetting,
//! set_pre_fetchdatasetting, set_period_fetchdatasetting); this page's own table was not read.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// What a `getFetchdataSetting` call does (`action`).
    pub enum FetchdataAction: text {
        /// `get`: read the pre-fetch and periodic-fetch settings.
        Get = "get",
        /// `set_pre_fetch`: set data pre-fetch.
        SetPreFetch = "set_pre_fetch",
        /// `set_period_fetch`: set periodic data fetch.
        SetPeriodFetch = "set_period_fetch",
    }
}

crate::wire_enum! {
    /// Where fetched data comes from (`pre_fetch_type`, `period_fetch_type`).
    pub enum FetchSource: code {
        /// 0: the developer's server (a download URL).
        DeveloperServer = 0,
        /// 1: a cloud function (an environment and a function name).
        CloudFunction = 1,
    }
}

/// Reads the data pre-fetch and periodic-fetch settings, or sets one of them, as `action` says.
#[wx_endpoint(
    name = "getFetchdataSetting",
    path = "/wxa/fetchdatasetting",
    perm_sets = [18],
    response = FetchdataSetting,
    errors(
        use CommonError,
        9410013 => InvalidAction: "invalid action",
        40166 => NotMiniProgram: "the call was not made for a Mini Program",
        9410014 => InvalidFetchType: "invalid pre_fetch_type or period_fetch_type",
        9410016 => InvalidUrl: "invalid URL: it must be a business domain",
        9410017 => InvalidEnvOrFunction: "invalid env or function_name",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct GetFetchdataSetting {
    /// `get`, `set_pre_fetch` or `set_period_fetch`.
    pub action: FetchdataAction,
    /// Whether data pre-fetch is on; required for `set_pre_fetch`.
    pub is_pre_fetch_open: Option<bool>,
    /// Where pre-fetched data comes from; required for `set_pre_fetch`.
    pub pre_fetch_type: Option<FetchSource>,
    /// The download URL, required when `pre_fetch_type` is 0; its domain must be a business domain.
    pub pre_fetch_url: Option<String>,
    /// The cloud environment id, required when `pre_fetch_type` is 1.
    pub pre_env: Option<String>,
    /// The cloud function name, required when `pre_fetch_type` is 1.
    pub pre_function_name: Option<String>,
    /// Whether periodic fetch is on; required for `set_period_fetch`.
    pub is_period_fetch_open: Option<bool>,
    /// Where periodically fetched data comes from; required for `set_period_fetch`.
    pub period_fetch_type: Option<FetchSource>,
    /// The download URL, required when `period_fetch_type` is 0; its domain must be a business domain.
    pub period_fetch_url: Option<String>,
    /// The cloud environment id, required when `period_fetch_type` is 1.
    pub period_env: Option<String>,
    /// The cloud function name, required when `period_fetch_type` is 1.
    pub period_function_name: Option<String>,
}

/// The fetch settings returned by `getFetchdataSetting` (for `action = get`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FetchdataSetting {
    /// Whether data pre-fetch is on.
    pub is_pre_fetch_open: bool,
    /// Where pre-fetched data comes from: 0 the developer's server, 1 a cloud function.
    pub pre_fetch_type: Option<FetchSource>,
    /// The pre-fetch download URL (when `pre_fetch_type` is 0).
    pub pre_fetch_url: String,
    /// The pre-fetch cloud environment id (when `pre_fetch_type` is 1).
    pub pre_env: String,
    /// The pre-fetch cloud function name (when `pre_fetch_type` is 1).
    pub pre_function_name: String,
    /// Whether periodic fetch is on.
    pub is_period_fetch_open: bool,
    /// Where periodically fetched data comes from: 0 the developer's server, 1 a cloud function.
    pub period_fetch_type: Option<FetchSource>,
    /// The periodic-fetch download URL (when `period_fetch_type` is 0).
    pub period_fetch_url: String,
    /// The periodic-fetch cloud environment id (when `period_fetch_type` is 1).
    pub period_env: String,
    /// The periodic-fetch cloud function name (when `period_fetch_type` is 1).
    pub period_function_name: String,
}
