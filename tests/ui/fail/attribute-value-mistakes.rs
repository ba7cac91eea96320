use wx_endpoints::wx_endpoint;

// Each mistake is one error saying what to write; nothing else is reported.
#[wx_endpoint(path = "/wxa/a", errors(use))]
pub struct UseWithoutTable {
    pub x: u8,
}

#[wx_endpoint(path = "/wxa/b", method = get)]
pub struct LowerCaseMethod {
    pub x: u8,
}

#[wx_endpoint(path = "/wxa/c", query = "action")]
pub struct QueryWithoutValue {
    pub x: u8,
}

#[wx_endpoint(path = "/wxa/d", perm_sets = 18)]
pub struct SetsWithoutBrackets {
    pub x: u8,
}

#[wx_endpoint(path = "/wxa/e", errors = (1 => One: "one"))]
pub struct ErrorsWithEquals {
    pub x: u8,
}

#[wx_endpoint(path = "/wxa/f")]
#[serde(rename_all = "camelcase")]
pub struct RenameRuleTypo {
    pub x_y: u8,
}

#[wx_endpoint("/wxa/g")]
pub struct PathWithoutKey {
    pub x: u8,
}

#[wx_endpoint(path = "/wxa/h", errors(85083 => banned: "banned", 85084 => Banned: "banned again"))]
pub struct LowerCaseVariant {
    pub x: u8,
}

fn main() {}
