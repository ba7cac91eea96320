use wx_endpoints::wx_endpoint;

#[wx_endpoint(path = "/wxa/modify_merchant", perm_sets = [8..10])]
pub struct ModifyStore {
    #[wx(chars = 1..5)]
    pub intro: String,
}

fn main() {}
