use wx_endpoints::{error_table, wx_endpoint};

error_table! {
    /// The errors of every command of the family.
    pub FamilyError {
        10004 => InternalError: "internal server error; try again",
        130004 => AccountNotFound: "the official account does not exist",
    }
}

#[wx_endpoint(
    family = im,
    path = "/v4/official_account_open_http_svc/destroy_official_account",
    errors(
        use FamilyError,
        130004 => Gone: "the account does not exist",
    ),
)]
pub struct Destroy {
    #[serde(rename = "Official_Account")]
    pub official_account: String,
}

fn main() {}
