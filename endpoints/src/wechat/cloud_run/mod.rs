//! WeChat Cloud Run (cloudrun) managed by a third-party platform: environments, services and their
//! versions.

mod create_cloudbase_env;
mod create_cloudbase_micrservice;
mod create_cloudbase_service;
mod create_cloudbase_service_version;
mod delete_cloudbase_service_version;
mod describe_cloudbase_run_envs;
mod release_cloudbase_service_version;
mod run_spec;
mod update_cloudbase_service_version;

pub use create_cloudbase_env::{CreateCloudbaseEnv, CreateCloudbaseEnvError, CreatedCloudbaseEnv};
pub use create_cloudbase_micrservice::{CreateCloudbaseMicrservice, CreateCloudbaseMicrserviceError};
pub use create_cloudbase_service::{
    CreateCloudbaseService, CreateCloudbaseServiceError, ServiceLogType, ServiceVpcInfo,
};
pub use create_cloudbase_service_version::{
    Capabilities, CreateCloudbaseServiceVersion, CreateCloudbaseServiceVersionError, EmptyDirVolume,
    SecurityContext, ServiceVersionCreated, ServiceVolume, ServiceVolumeMount, SidecarSpec,
};
pub use delete_cloudbase_service_version::{
    DeleteCloudbaseServiceVersion, DeleteCloudbaseServiceVersionError, ServiceVersionDeleted,
};
pub use describe_cloudbase_run_envs::{
    CloudbaseRunEnv, CloudbaseRunEnvs, DescribeCloudbaseRunEnvs, DescribeCloudbaseRunEnvsError,
    EnvCustomLogService, EnvDatabase, EnvDatabaseStatus, EnvFunction, EnvLogService, EnvSource,
    EnvStaticStorage, EnvStatus, EnvStorage, EnvTag,
};
pub use release_cloudbase_service_version::{
    ReleaseCloudbaseServiceVersion, ReleaseCloudbaseServiceVersionError, ServiceVersionReleased,
};
pub use run_spec::{
    EsInfo, HpaPolicy, NfsVolumeSource, RunCodeDetail, RunCodeRepoName, RunImageInfo, RunImageSecretInfo,
    RunRepositoryType, RunUploadType, VolumeMount,
};
pub use update_cloudbase_service_version::{
    ServiceVersionUpdated, UpdateCloudbaseServiceVersion, UpdateCloudbaseServiceVersionError,
};
