use wx_endpoints::{wx_endpoint, Upload};

#[wx_endpoint(path = "/cgi-bin/user/info", method = GET)]
pub struct OnGet {
    #[wx(query)]
    pub openid: String,
}

#[wx_endpoint(family = im, path = "/v4/openim/querystate")]
pub struct OnIm {
    #[wx(query)]
    pub to_account: String,
}

#[wx_endpoint(path = "/cgi-bin/media/upload", multipart)]
pub struct OnUpload {
    #[wx(query)]
    pub media: Upload,
}

#[wx_endpoint(path = "/wxa/plugin", query = "action=apply")]
pub struct Flattened {
    #[serde(skip_serializing_if = "String::is_empty")]
    #[wx(query)]
    pub openid: String,
    #[wx(query)]
    pub action: String,
    #[wx(query = true, query)]
    pub lang: String,
}

fn main() {}
