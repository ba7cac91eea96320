use wx_endpoints::wx_endpoint;

// The document's request line, pasted whole: the credential is the runtime's, `action` is fixed.
#[wx_endpoint(path = "/cgi-bin/component/fastregisterweapp?action=create&component_access_token=TOKEN", credential = component)]
pub struct FastRegister {
    pub name: String,
}

// A user's own placeholders are fields, not fixed parameters.
#[wx_endpoint(path = "/sns/userinfo?access_token=ACCESS_TOKEN&openid=OPENID", method = GET, credential = none)]
pub struct UserInfo {
    pub access_token: String,
    pub openid: String,
}

fn main() {}
