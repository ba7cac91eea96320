//! We Analysis (WeData) for merchants: login configuration, login links, users and their permission sets.

mod we_data_get_login_config;
mod we_data_get_perm_list;
mod we_data_query_bind_list;
mod we_data_set_login_config;
mod we_data_set_user_perm;
mod we_data_unbind_user;
mod wedata_login;

pub use we_data_get_login_config::{
    WeDataGetLoginConfig, WeDataGetLoginConfigError, WeDataLinkedApp, WeDataLoginConfig,
};
pub use we_data_get_perm_list::{WeDataGetPermList, WeDataGetPermListError, WeDataPerm, WeDataPermList};
pub use we_data_query_bind_list::{
    WeDataBindList, WeDataBinding, WeDataQueryBindList, WeDataQueryBindListError,
};
pub use we_data_set_login_config::{WeDataSetLoginConfig, WeDataSetLoginConfigError};
pub use we_data_set_user_perm::{WeDataPermGrant, WeDataSetUserPerm, WeDataSetUserPermError};
pub use we_data_unbind_user::{WeDataUnbindUser, WeDataUnbindUserError};
pub use wedata_login::{WeDataLoginLink, WedataLogin, WedataLoginError};
