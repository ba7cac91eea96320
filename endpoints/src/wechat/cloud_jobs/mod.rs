//! Container services (CloudBase Cloud Run) of authorized Mini Programs' environments, managed in
//! batch by a third-party platform: services, versions, configuration and traffic split.

mod batch_create_cs_version;
mod batch_del_cs_version;
mod batch_set_cs_propotion;
mod create_container_service;
mod create_cs_version;
mod del_container_service;
mod del_cs_version;
mod get_cs_list;
mod get_cs_version_detail;
mod get_cs_version_list;
mod open_container_service;
mod set_cs_propotion;
mod set_cs_version_config;
mod version_spec;

pub use batch_create_cs_version::{
    BatchCreateCsVersion, BatchCreateCsVersionError, BatchCreatedCsVersions, CreatedCsVersion,
    CsVersionCreateFailure,
};
pub use batch_del_cs_version::{
    BatchDelCsVersion, BatchDelCsVersionError, BatchDeletedCsVersions, CsVersionDeleteFailure, CsVersionRef,
    DeletedCsVersion,
};
pub use batch_set_cs_propotion::{
    BatchSetCsPropotion, BatchSetCsPropotionError, BatchSetCsPropotions, ServiceFlowFailure, ServiceFlowSet,
    ServiceFlows,
};
pub use create_container_service::{
    CreateContainerService, CreateContainerServiceError, ServiceVpc, VpcCreateType,
};
pub use create_cs_version::{CreateCsVersion, CreateCsVersionError, CreatedVersion};
pub use del_container_service::{DelContainerService, DelContainerServiceError};
pub use del_cs_version::{DelCsVersion, DelCsVersionError};
pub use get_cs_list::{ContainerServiceInfo, CsList, GetCsList, GetCsListError};
pub use get_cs_version_detail::{CsVersionDetail, GetCsVersionDetail, GetCsVersionDetailError};
pub use get_cs_version_list::{CsVersionList, CsVersionSummary, GetCsVersionList, GetCsVersionListError};
pub use open_container_service::{OpenContainerService, OpenContainerServiceError};
pub use set_cs_propotion::{SetCsPropotion, SetCsPropotionError};
pub use set_cs_version_config::{SetCsVersionConfig, SetCsVersionConfigError};
pub use version_spec::{
    CodeDetail, CodeRepoName, ImageInfo, ImageSecretInfo, RepositoryType, UploadType, VersionFlow,
};
