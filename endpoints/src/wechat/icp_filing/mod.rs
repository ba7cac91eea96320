//! ICP filing of Mini Programs (apply, withdraw, cancel, face verification, reference lists) and violation records.

mod apply_icp_filing;
mod cancel_apply_icp_filing;
mod cancel_icpfiling;
mod create_icp_verify_task;
mod get_appeal_records;
mod get_icp_entrance_info;
mod get_illegal_records;
mod get_online_icp_order;
mod icp_order;
mod query_icp_certificate_types;
mod query_icp_district_code;
mod query_icp_nrlx_types;
mod query_icp_service_content_types;
mod query_icp_subject_types;
mod query_icp_verify_task;
mod upload_icp_media;

pub use apply_icp_filing::{ApplyIcpFiling, ApplyIcpFilingError, IcpFilingApplied, IcpFilingHint};
pub use cancel_apply_icp_filing::{CancelApplyIcpFiling, CancelApplyIcpFilingError};
pub use cancel_icpfiling::{CancelIcpfiling, CancelIcpfilingError};
pub use create_icp_verify_task::{CreateIcpVerifyTask, CreateIcpVerifyTaskError, IcpVerifyTaskCreated};
pub use get_appeal_records::{
    AppealMaterial, AppealMaterials, AppealRecord, AppealRecords, AppealSource, AppealStatus,
    GetAppealRecords, GetAppealRecordsError, IllegalMaterial,
};
pub use get_icp_entrance_info::{
    GetIcpEntranceInfo, GetIcpEntranceInfoError, IcpAuditData, IcpEntrance, IcpEntranceInfo, IcpFilingStatus,
    IcpSmsVerifyStatus,
};
pub use get_illegal_records::{GetIllegalRecords, GetIllegalRecordsError, IllegalRecord, IllegalRecords};
pub use get_online_icp_order::{GetOnlineIcpOrder, GetOnlineIcpOrderError, IcpOnlineOrder};
pub use icp_order::{
    IcpApplets, IcpAppletsBaseInfo, IcpLegalPersonInfo, IcpMaterials, IcpNrlxDetail, IcpOrganizeInfo,
    IcpPersonalInfo, IcpPrincipalInfo, IcpSubject, IcpSubjectBaseInfo,
};
pub use query_icp_certificate_types::{
    IcpCertificateType, IcpCertificateTypes, QueryIcpCertificateTypes, QueryIcpCertificateTypesError,
};
pub use query_icp_district_code::{
    IcpDistrict, IcpDistrictLevel, IcpDistricts, QueryIcpDistrictCode, QueryIcpDistrictCodeError,
};
pub use query_icp_nrlx_types::{IcpNrlxType, IcpNrlxTypes, QueryIcpNrlxTypes, QueryIcpNrlxTypesError};
pub use query_icp_service_content_types::{
    IcpServiceContentType, IcpServiceContentTypes, QueryIcpServiceContentTypes,
    QueryIcpServiceContentTypesError,
};
pub use query_icp_subject_types::{
    IcpSubjectType, IcpSubjectTypes, QueryIcpSubjectTypes, QueryIcpSubjectTypesError,
};
pub use query_icp_verify_task::{
    IcpFaceStatus, IcpVerifyTaskResult, QueryIcpVerifyTask, QueryIcpVerifyTaskError,
};
pub use upload_icp_media::{IcpMedia, UploadIcpMedia, UploadIcpMediaError};
