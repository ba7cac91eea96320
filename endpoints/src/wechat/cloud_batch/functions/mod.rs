//! Cloud functions of CloudBase environments: creating, updating code and configuration, triggers,
//! listing, deleting and invoking them.

mod batchu_uload_cloud_function;
mod delete_cloud_function;
mod get_cloud_function_list;
mod get_triggers;
mod invoke_cloud_function;
mod update_triggers;
mod upload_cloud_function_code;
mod upload_cloud_function_config;

pub use batchu_uload_cloud_function::{
    BatchuUloadCloudFunction, BatchuUloadCloudFunctionError, CloudFunctionCreateFailure,
    CloudFunctionsCreated,
};
pub use delete_cloud_function::{DeleteCloudFunction, DeleteCloudFunctionError};
pub use get_cloud_function_list::{
    CloudFunctionInfo, CloudFunctionList, CloudFunctionStatusReason, GetCloudFunctionList,
    GetCloudFunctionListError,
};
pub use get_triggers::{CloudFunctionTriggers, GetTriggers, GetTriggersError, TriggerInfo};
pub use invoke_cloud_function::{CloudFunctionOutput, InvokeCloudFunction, InvokeCloudFunctionError};
pub use update_triggers::{
    TriggerSpec, TriggerUpdateFailure, TriggersUpdated, UpdateTriggers, UpdateTriggersError,
};
pub use upload_cloud_function_code::{
    CloudFunctionCodeFailure, CloudFunctionCodeUploaded, UploadCloudFunctionCode,
    UploadCloudFunctionCodeError,
};
pub use upload_cloud_function_config::{
    CloudFunctionEnvVar, PublicNetConfig, UploadCloudFunctionConfig, UploadCloudFunctionConfigError,
    VpcConfig,
};
