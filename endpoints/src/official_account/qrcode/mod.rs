//! QR codes: parametric QR codes, and the rules that open a Mini Program from the account's QR codes.

mod create_qr_code;
mod qrcode_jump_delete;
mod qrcode_jump_get;
mod qrcode_jump_publish;

pub use create_qr_code::{
    CreateQrCode, CreateQrCodeError, QrCodeAction, QrCodeActionInfo, QrCodeScene, QrCodeTicket,
};
pub use qrcode_jump_delete::{QrcodeJumpDelete, QrcodeJumpDeleteError};
pub use qrcode_jump_get::{QrcodeJumpGet, QrcodeJumpGetError, QrcodeJumpRule, QrcodeJumpRules};
pub use qrcode_jump_publish::{QrcodeJumpPublish, QrcodeJumpPublishError};
