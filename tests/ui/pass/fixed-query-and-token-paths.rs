use wx_endpoints::{wx_endpoint, CredentialKind, Endpoint, Method};

/// A fixed query parameter from the document's request line.
#[wx_endpoint(
    name = "fastRegisterWeapp",
    path = "/cgi-bin/component/fastregisterweapp",
    query = "action=create",
    credential = component,
)]
pub struct FastRegisterWeapp {
    pub name: String,
    pub code: String,
}

/// Several fixed parameters, on a GET with fields of its own.
#[wx_endpoint(path = "/publisher/stat", query = "action=publisher_adpos_general&version=2", method = GET)]
pub struct PublisherStat {
    pub page: u32,
}

/// Web authorization: `access_token` inside a path is a path, not a credential.
#[wx_endpoint(path = "/sns/oauth2/access_token", method = GET, credential = none, sensitive)]
pub struct OauthAccessToken {
    pub appid: String,
    pub secret: String,
    pub code: String,
    pub grant_type: String,
}

/// The same for third-party platforms, with the component token managed by the runtime.
#[wx_endpoint(path = "/sns/oauth2/component/access_token", method = GET, credential = component, sensitive)]
pub struct ComponentOauthAccessToken {
    pub appid: String,
    pub code: String,
    pub grant_type: String,
    pub component_appid: String,
}

/// With `credential = none` nothing is managed: a user's own web token is a field like any other.
#[wx_endpoint(path = "/sns/userinfo", method = GET, credential = none)]
pub struct UserInfo {
    pub access_token: String,
    pub openid: String,
}

fn main() {
    assert_eq!(FastRegisterWeapp::QUERY, "action=create");
    assert_eq!(FastRegisterWeapp::CREDENTIAL, CredentialKind::Component);
    assert_eq!(PublisherStat::QUERY, "action=publisher_adpos_general&version=2");
    assert_eq!(PublisherStat::METHOD, Method::Get);
    assert_eq!(OauthAccessToken::PATH, "/sns/oauth2/access_token");
    assert_eq!(OauthAccessToken::QUERY, "");
    assert_eq!(ComponentOauthAccessToken::PATH, "/sns/oauth2/component/access_token");
    assert_eq!(UserInfo::CREDENTIAL, CredentialKind::None);
}
