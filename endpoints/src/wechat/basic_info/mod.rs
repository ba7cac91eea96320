//! Mini Program basic information: account info, name, avatar, feature introduction, search visibility.

mod apply_set_order_path_info;
mod check_nick_name;
mod get_account_basic_info;
mod get_bind_open_account;
mod get_bind_open_account_entity;
mod get_fetchdata_setting;
mod get_nick_name_status;
mod get_order_path_info;
mod get_search_status;
mod set_head_image;
mod set_nick_name;
mod set_search_status;
mod set_signature;

pub use apply_set_order_path_info::{
    ApplySetOrderPathInfo, ApplySetOrderPathInfoError, OrderPathApplication,
};
pub use check_nick_name::{CheckNickName, CheckNickNameError, NickNameCheck};
pub use get_account_basic_info::{
    AccountBasicInfo, GetAccountBasicInfo, GetAccountBasicInfoError, QuotaInfo, WxVerifyInfo,
};
pub use get_bind_open_account::{GetBindOpenAccount, GetBindOpenAccountError, OpenAccountBinding};
pub use get_bind_open_account_entity::{
    GetBindOpenAccountEntity, GetBindOpenAccountEntityError, OpenAccountEntity,
};
pub use get_fetchdata_setting::{
    FetchSource, FetchdataAction, FetchdataSetting, GetFetchdataSetting, GetFetchdataSettingError,
};
pub use get_nick_name_status::{GetNickNameStatus, GetNickNameStatusError, NickNameStatus};
pub use get_order_path_info::{
    GetOrderPathInfo, GetOrderPathInfoError, OrderPath, OrderPathInfo, OrderPathStatus,
};
pub use get_search_status::{GetSearchStatus, GetSearchStatusError, SearchStatusInfo};
pub use set_head_image::{SetHeadImage, SetHeadImageError};
pub use set_nick_name::{NickNameSet, SetNickName, SetNickNameError};
pub use set_search_status::{SearchStatus, SetSearchStatus, SetSearchStatusError};
pub use set_signature::{SetSignature, SetSignatureError};
