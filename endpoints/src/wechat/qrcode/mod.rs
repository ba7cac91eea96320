//! QR codes: trial-version codes, unlimited Mini Program codes, ordinary-QR-code jump rules.

mod add_jump_qrcode;
mod download_qrcode_text;
mod get_trial_qrcode;
mod get_unlimited_qrcode;

pub use add_jump_qrcode::{AddJumpQrCode, AddJumpQrCodeError};
pub use download_qrcode_text::{DownloadQrCodeText, DownloadQrCodeTextError, QrCodeCheckFile};
pub use get_trial_qrcode::{GetTrialQrCode, GetTrialQrCodeError};
pub use get_unlimited_qrcode::{EnvVersion, GetUnlimitedQrCode, GetUnlimitedQrCodeError, LineColor};
