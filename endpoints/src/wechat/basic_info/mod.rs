//! Mini Program basic information: account info, name, avatar, feature introduction, search visibility.

mod check_nick_name;
mod get_account_basic_info;
mod get_nick_name_status;
mod get_search_status;
mod set_head_image;
mod set_nick_name;
mod set_search_status;
mod set_signature;

pub use check_nick_name::{CheckNickName, CheckNickNameError, NickNameCheck};
pub use get_account_basic_info::{
    AccountBasicInfo, GetAccountBasicInfo, GetAccountBasicInfoError, QuotaInfo, WxVerifyInfo,
};
pub use get_nick_name_status::{GetNickNameStatus, GetNickNameStatusError, NickNameStatus};
pub use get_search_status::{GetSearchStatus, GetSearchStatusError, SearchStatusInfo};
pub use set_head_image::{SetHeadImage, SetHeadImageError};
pub use set_nick_name::{NickNameSet, SetNickName, SetNickNameError};
pub use set_search_status::{SearchStatus, SetSearchStatus, SetSearchStatusError};
pub use set_signature::{SetSignature, SetSignatureError};
