//! `describecloudbaserunenvs`: `POST /componenttcb/describecloudbaserunenvs`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudrun-batch/cloudenv-mgnt/getWxCloudBaseRunEnvs.html>.
//! Note: the page's interface-name heading is empty; the name is the path's last segment (the page's
//! URL says `getWxCloudBaseRunEnvs`).
//! Unverified: the stored page copy ends inside `storages`; the later fields (`functions`,
//! `package_id`, `package_name`, `log_services`, `static_storages`, `is_auto_degrade`,
//! `env_channel`, `pay_mode`, `is_default`, `region`, `tags`, `custom_log_services`) follow the
//! corpus sample, and the errors are the family's table.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the platform's WeChat Cloud Run environments with their resources.
#[wx_endpoint(
    name = "describecloudbaserunenvs",
    path = "/componenttcb/describecloudbaserunenvs",
    credential = component,
    credential_param = access_token,
    response = CloudbaseRunEnvs,
    errors(
        use CommonError,
        -1000 => SystemError: "system error",
        40014 => InvalidAccessToken: "invalid access_token: check that it is the latest and unexpired",
        40097 => InvalidArgs: "invalid arguments",
        40101 => MissingParameter: "a required parameter is missing",
        41001 => AccessTokenMissing: "the access_token parameter is missing",
        42001 => AccessTokenExpired: "access_token expired",
        43002 => RequirePost: "the request must use POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the POST body is not valid JSON or lacks parameters",
        85088 => CloudBaseNotEnabled: "CloudBase is not enabled for this app",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DescribeCloudbaseRunEnvs;

/// The environments `describecloudbaserunenvs` returns.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CloudbaseRunEnvs {
    /// The environments.
    pub env_list: Vec<CloudbaseRunEnv>,
}

/// A WeChat Cloud Run environment.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CloudbaseRunEnv {
    /// The environment's id, unique within the account.
    pub env_id: String,
    /// Where the environment comes from.
    pub source: Option<EnvSource>,
    /// The environment's alias.
    pub alias: String,
    /// When the environment was created (`yyyy-MM-dd HH:mm:ss`).
    pub create_time: String,
    /// When the environment was last changed (`yyyy-MM-dd HH:mm:ss`).
    pub update_time: String,
    /// The environment's state.
    pub status: Option<EnvStatus>,
    /// The databases.
    pub databases: Vec<EnvDatabase>,
    /// The storage buckets.
    pub storages: Vec<EnvStorage>,
    /// The cloud functions' namespaces.
    pub functions: Vec<EnvFunction>,
    /// The package's id.
    pub package_id: String,
    /// The package's name.
    pub package_name: String,
    /// The log services.
    pub log_services: Vec<EnvLogService>,
    /// The static website hostings.
    pub static_storages: Vec<EnvStaticStorage>,
    /// Whether the environment falls back to the free plan when its plan expires.
    pub is_auto_degrade: bool,
    /// The environment's channel (for example `wxrun`).
    pub env_channel: String,
    /// How the environment is paid for (for example `postpaid`).
    pub pay_mode: String,
    /// Whether this is the default environment.
    pub is_default: bool,
    /// The environment's region (for example `ap-shanghai`).
    pub region: String,
    /// The environment's tags.
    pub tags: Vec<EnvTag>,
    /// The custom (CLS) log services.
    pub custom_log_services: Vec<EnvCustomLogService>,
}

crate::wire_enum! {
    /// Where an environment comes from (`source`).
    pub enum EnvSource: text {
        /// A WeChat Mini Program.
        Miniapp = "miniapp",
        /// Tencent Cloud.
        Qcloud = "qcloud",
    }
}

crate::wire_enum! {
    /// An environment's state (`status`).
    pub enum EnvStatus: text {
        /// Available.
        Normal = "NORMAL",
        /// Unavailable: not yet initialized, or initializing.
        Unavailable = "UNAVAILABLE",
    }
}

crate::wire_enum! {
    /// A database's state (`databases[].status`).
    pub enum EnvDatabaseStatus: text {
        /// Initializing.
        Initializing = "INITIALIZING",
        /// Running and usable.
        Running = "RUNNING",
        /// Disabled and unusable.
        Unusable = "UNUSABLE",
        /// Expired.
        Overdue = "OVERDUE",
    }
}

/// A database of the environment.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct EnvDatabase {
    /// The database's unique id.
    pub instance_id: String,
    /// The database's state.
    pub status: Option<EnvDatabaseStatus>,
    /// The database's region (`ap-shanghai`).
    pub region: String,
}

/// A storage bucket of the environment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct EnvStorage {
    /// The bucket's region (`ap-shanghai`).
    pub region: String,
    /// The bucket's name, the storage's unique id.
    pub bucket: String,
    /// The CDN domain.
    pub cdn_domain: String,
    /// The Tencent Cloud AppId of the resource's owner.
    pub app_id: String,
}

/// The cloud functions of the environment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct EnvFunction {
    /// The functions' namespace.
    pub namespace: String,
    /// The functions' region.
    pub region: String,
}

/// A log service of the environment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct EnvLogService {
    /// The log set's name.
    pub logset_name: String,
    /// The log set's id.
    pub logset_id: String,
    /// The log topic's name.
    pub topic_name: String,
    /// The log topic's id.
    pub topic_id: String,
    /// The log service's region.
    pub region: String,
}

/// A static website hosting of the environment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct EnvStaticStorage {
    /// The static CDN domain.
    pub static_domain: String,
    /// The default folder.
    pub default_dir_name: String,
    /// The hosting's state.
    pub status: String,
    /// The hosting's region.
    pub region: String,
    /// The bucket's name.
    pub bucket: String,
}

/// A tag of the environment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct EnvTag {
    /// The tag's key.
    pub key: String,
    /// The tag's value.
    pub value: String,
}

/// A custom (CLS) log service of the environment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct EnvCustomLogService {
    /// The CLS region.
    pub cls_region: String,
    /// The CLS log set's id.
    pub cls_logset_id: String,
    /// The CLS topic's id.
    pub cls_topic_id: String,
    /// When it was created (`yyyy-MM-dd HH:mm:ss`).
    pub create_time: String,
}
