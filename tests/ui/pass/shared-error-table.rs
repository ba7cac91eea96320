use wx_endpoints::{error_table, wx_endpoint, ApiErrorKind, Endpoint, ErrorTable};

error_table! {
    /// The errors every command of the family may answer, declared once.
    pub FamilyError {
        10004 => InternalError: "internal server error; try again",
        130004 => AccountNotFound: "the official account does not exist",
    }
}

mod common {
    wx_endpoints::error_table! {
        pub BusyError {
            -1 => SystemBusy: "system busy; retry later",
        }
    }
}

/// The family's table, and a row of its own.
#[wx_endpoint(
    family = im,
    path = "/v4/official_account_open_http_svc/create_official_account",
    errors(
        use FamilyError,
        130008 => AccountIdTaken: "the official account user ID is already in use",
    ),
)]
pub struct Create {
    #[serde(rename = "Owner_Account")]
    pub owner_account: String,
}

/// Two shared tables (one through a path) and no row of its own.
#[wx_endpoint(
    family = im,
    path = "/v4/official_account_open_http_svc/destroy_official_account",
    errors(use FamilyError, use common::BusyError),
)]
pub struct Destroy {
    #[serde(rename = "Official_Account")]
    pub official_account: String,
}

fn main() {
    assert_eq!(FamilyError::ACCOUNT_NOT_FOUND, 130004);
    assert_eq!(FamilyError::from_code(130004), Some(FamilyError::AccountNotFound));
    assert_eq!(FamilyError::from_code(1), None);
    assert_eq!(<FamilyError as ErrorTable>::NAME, "FamilyError");
    assert_eq!(format!("{:?}", FamilyError::InternalError), "InternalError");

    assert_eq!(CreateError::from_code(130008), CreateError::AccountIdTaken);
    assert_eq!(CreateError::from_code(130004), CreateError::FamilyError(FamilyError::AccountNotFound));
    assert_eq!(CreateError::FamilyError(FamilyError::InternalError).code(), 10004);
    assert_eq!(CreateError::from_code(7), CreateError::Unknown(7));
    assert!(CreateError::from_code(130004).is_documented());
    assert_eq!(format!("{:?}", CreateError::from_code(130004)), "FamilyError(AccountNotFound)");
    assert_eq!(CreateError::from_code(130004).to_string(), "the official account does not exist");
    let codes: Vec<i64> = Create::ERRORS.iter().map(|row| row.code).collect();
    assert_eq!(codes, [130008, 10004, 130004]);
    assert_eq!(Create::ERRORS[2].table, Some("FamilyError"));

    assert_eq!(DestroyError::from_code(-1), DestroyError::BusyError(common::BusyError::SystemBusy));
    assert_eq!(<DestroyError as ApiErrorKind>::DOCS.len(), 3);
}
