use wx_endpoints::{wx_endpoint, ApiFamily, CredentialKind, Endpoint, Method, Rule};

#[derive(Debug, wx_endpoints::serde::Deserialize)]
#[serde(crate = "wx_endpoints::serde")]
pub struct Quota {
    pub remain: u64,
}

/// Every key of the attribute and every field rule.
#[wx_endpoint(
    name = "getQuota",
    path = "/cgi-bin/openapi/quota/get",
    method = GET,
    credential = component,
    perm_sets = [8..=10, 13, 1],
    response = Quota,
    errors(
        -1 => SystemBusy: "system busy",
        45009 => DailyQuotaExhausted: "daily quota exhausted",
    ),
)]
#[derive(Clone, Debug, Default)]
pub struct GetQuota {
    #[wx(chars = 1..=64, prefix = "/")]
    pub cgi_path: String,
    #[wx(chars = ..=10, max_bytes = 30)]
    pub note: Option<String>,
    #[wx(range = -5..=100)]
    pub offset: i32,
    #[wx(one_of = [0, 1])]
    pub flag: Option<u8>,
    #[wx(non_empty, max_items = 2)]
    pub ids: Vec<String>,
    #[wx(nullable)]
    #[serde(rename = "Intro")]
    pub intro: Option<String>,
}

#[wx_endpoint(family = im, path = "/v4/im_open_login_svc/account_check", calls_per_second = 100)]
pub struct AccountCheck {
    #[serde(rename = "CheckItem")]
    #[wx(non_empty, max_items = 100)]
    pub check_item: Vec<String>,
}

#[wx_endpoint(path = "/cgi-bin/stable_token", credential = none)]
pub struct StableToken {
    pub appid: String,
}

fn main() {
    assert_eq!(GetQuota::NAME, "getQuota");
    assert_eq!(GetQuota::METHOD, Method::Get);
    assert_eq!(GetQuota::CREDENTIAL, CredentialKind::Component);
    assert_eq!(GetQuota::PERM_SETS, [1, 8, 9, 10, 13]);
    assert_eq!(GetQuotaError::DAILY_QUOTA_EXHAUSTED, 45009);
    assert_eq!(GetQuotaError::from_code(-1), GetQuotaError::SystemBusy);
    assert_eq!(GetQuotaError::SystemBusy.code(), -1);
    assert_eq!(GetQuotaError::DailyQuotaExhausted.to_string(), "daily quota exhausted");
    assert_eq!(GetQuota::ERRORS[1].variant, "DailyQuotaExhausted");
    let bad = GetQuota { cgi_path: String::new(), offset: -6, flag: Some(2), ..Default::default() };
    let rules: Vec<_> = bad.validate().unwrap_err().violations().iter().map(|v| v.rule.clone()).collect();
    assert_eq!(rules.len(), 5);
    assert_eq!(rules[0], Rule::Chars { min: 1, max: 64, actual: 0 });
    assert_eq!(AccountCheck::FAMILY, ApiFamily::TencentIm);
    assert_eq!(AccountCheck::CREDENTIAL, CredentialKind::ImAdmin);
    assert_eq!(StableToken::CREDENTIAL, CredentialKind::None);
    let _: fn(&Quota) = |q| assert!(q.remain < u64::MAX);
}
