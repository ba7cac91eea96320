//! CloudBase calls of a Mini Program: delayed functions, SMS (tasks, sending, records, statistics), open data, VoIP signatures, pressure tests.

mod add_delayed_function_task;
mod cloudbase_report_api;
mod create_pressure_test;
mod create_send_sms_task;
mod describe_extension_upload_info;
mod describe_sms_records;
mod get_cloud_base_statistics;
mod get_cloud_base_voip_sign;
mod get_open_data;
mod get_pressure_test_report;
mod get_pressure_test_status;
mod new_send_cloud_base_sms;
mod send_cloud_base_sms;
mod sms_send_status;

pub use add_delayed_function_task::{AddDelayedFunctionTask, AddDelayedFunctionTaskError};
pub use cloudbase_report_api::{CloudbaseReportApi, CloudbaseReportApiError, ReportAction};
pub use create_pressure_test::{CreatePressureTest, CreatePressureTestError, PressureTestCreated};
pub use create_send_sms_task::{CreateSendSmsTask, CreateSendSmsTaskError, SmsTaskCreated};
pub use describe_extension_upload_info::{
    DescribeExtensionUploadInfo, DescribeExtensionUploadInfoError, ExtensionFile, ExtensionFileType,
    ExtensionFileUpload, ExtensionUploadInfo, ExtensionUploadInfoBody, ExtensionUploadRequest,
};
pub use describe_sms_records::{
    DescribeSmsRecords, DescribeSmsRecordsError, SmsRecord, SmsRecordStatus, SmsRecords, SmsRecordsBody,
    SmsRecordsQuery,
};
pub use get_cloud_base_statistics::{
    CloudBaseStatistics, GetCloudBaseStatistics, GetCloudBaseStatisticsError, StatisticsActType,
    StatisticsAction, StatisticsColumn, StatisticsCondition, StatisticsDataType, StatisticsRow,
};
pub use get_cloud_base_voip_sign::{GetCloudBaseVoipSign, GetCloudBaseVoipSignError, VoipSignature};
pub use get_open_data::{GetOpenData, GetOpenDataError, OpenDataEntry, OpenDataList};
pub use get_pressure_test_report::{
    GetPressureTestReport, GetPressureTestReportError, PressureTestNetwork, PressureTestReport,
    PressureTestReportAnswer, PressureTestTimeCost,
};
pub use get_pressure_test_status::{GetPressureTestStatus, GetPressureTestStatusError, PressureTestStatus};
pub use new_send_cloud_base_sms::{NewSendCloudBaseSms, NewSendCloudBaseSmsError};
pub use send_cloud_base_sms::{SendCloudBaseSms, SendCloudBaseSmsError, SmsType};
pub use sms_send_status::{SmsSendResult, SmsSendStatus};
