//! `uploadkfheadimg`: `POST /customservice/kfaccount/uploadheadimg`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html#4>.
//! Note: the interface name, permission sets, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_uploadkfheadimg> (its English
//! twin spells the name `uploadkfhead img`).
//! Note: `kf_account` travels in the query, as on the page's request line (`?access_token=...&kf_account=KF_ACCOUNT`).

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Sets a customer-service account's avatar from an image of at most 5 MB.
#[wx_endpoint(
    name = "uploadkfheadimg",
    path = "/customservice/kfaccount/uploadheadimg",
    perm_sets = [1, 6, 100..=101],
    multipart,
    errors(
        use CommonError,
        40005 => InvalidFileType: "invalid file type",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UploadKfHeadImg {
    /// The full account, `prefix@official-account-wechat-id` (a query parameter on the page).
    #[wx(query, non_empty)]
    pub kf_account: String,
    /// The avatar image, at most 5 MB.
    #[wx(max_bytes = 5242880)]
    pub media: Upload,
}
