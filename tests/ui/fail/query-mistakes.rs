use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/plugin", query = "action=apply&access_token=TOKEN")]
pub struct CredentialInQuery {
    pub plugin_appid: String,
}

#[wx_endpoint(path = "/wxa/plugin", query = "action=a b")]
pub struct Unencoded {
    pub plugin_appid: String,
}

#[wx_endpoint(path = "/wxa/plugin", query = "action=apply&action=list")]
pub struct Twice {
    pub plugin_appid: String,
}

#[wx_endpoint(path = "/wxa/plugin", query = "")]
pub struct Empty {
    pub plugin_appid: String,
}

#[wx_endpoint(path = "/publisher/stat", query = "action=publisher_settlement", method = GET)]
pub struct FieldRepeatsFixed {
    pub action: String,
}

#[wx_endpoint(family = im, path = "/v4/openim/querystate", query = "usersig=x")]
pub struct ImManaged {
    pub to_account: Vec<String>,
}

fn main() {}
