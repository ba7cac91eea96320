use wx_endpoints::wx_endpoint;

// The runtime already sends the credential: a field of the same name would send it twice.
#[wx_endpoint(path = "/wxa/getpaidunionid", method = GET)]
pub struct WithToken {
    pub access_token: String,
    pub openid: String,
}

#[wx_endpoint(path = "/cgi-bin/component/api_get_authorizer_info", credential = component)]
pub struct WithComponentToken {
    pub component_appid: String,
    #[serde(rename = "component_access_token")]
    pub token: String,
}

// Tencent IM's query parameters, reached through rename_all.
#[wx_endpoint(family = im, path = "/v4/openim/querystate")]
#[serde(rename_all = "lowercase")]
pub struct ImCollision {
    pub usersig: String,
    pub random: u32,
}

// Two fields on the wire under one name.
#[wx_endpoint(path = "/wxa/thing")]
pub struct SameWireName {
    pub name: String,
    #[serde(rename = "name")]
    pub other: String,
}

fn main() {}
