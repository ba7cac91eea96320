use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/modify_merchant", perm_sets = [10..=8, 13])]
pub struct ModifyStore {
    pub intro: String,
}

fn main() {}
