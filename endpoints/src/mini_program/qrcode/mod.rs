//! Mini Program codes and QR codes for a page path (count-limited).

mod create_qrcode;
mod get_qrcode;
mod types;

pub use create_qrcode::{CreateQrCode, CreateQrCodeError};
pub use get_qrcode::{GetQrCode, GetQrCodeError};
pub use types::{EnvVersion, LineColor};
