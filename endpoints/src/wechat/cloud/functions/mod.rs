//! CloudBase cloud functions: create, list, download, configure, code protection key and upload signature.

mod create_function;
mod function_config_type;
mod get_code_secret;
mod get_funtion_config;
mod get_funtion_link;
mod get_funtion_list;
mod get_upload_funtion_config;
mod get_ypload_signature;

pub use create_function::{CreateFunction, CreateFunctionError};
pub use function_config_type::FunctionConfigType;
pub use get_code_secret::{CodeSecret, GetCodeSecret, GetCodeSecretError};
pub use get_funtion_config::{FunctionConfig, GetFuntionConfig, GetFuntionConfigError};
pub use get_funtion_link::{FunctionDownloadLink, GetFuntionLink, GetFuntionLinkError};
pub use get_funtion_list::{FunctionInfo, FunctionList, GetFuntionList, GetFuntionListError};
pub use get_upload_funtion_config::{GetUploadFuntionConfig, GetUploadFuntionConfigError};
pub use get_ypload_signature::{GetYploadSignature, GetYploadSignatureError, UploadSignature};
