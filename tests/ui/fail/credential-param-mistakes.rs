use wx_endpoints::wx_endpoint;

// The parameter that carries the credential: one of two names, and only where a credential is sent.
#[wx_endpoint(path = "/wxa/a", credential = component, credential_param = token)]
pub struct UnknownName {
    pub x: u8,
}

#[wx_endpoint(path = "/sns/b", credential = none, credential_param = access_token)]
pub struct NothingToCarry {
    pub x: u8,
}

#[wx_endpoint(path = "/v4/c/d", family = im, credential_param = access_token)]
pub struct ImCarriesUserSig {
    pub x: u8,
}

fn main() {}
