//! `getappinfo`: `POST /v4/openconfigsvr/getappinfo`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34886>.
//! Note: every figure is returned as a string of digits, as the page's example shows.
//! Unverified: the stored copy ends inside the response example and before the field and error
//! tables; the remaining fields are from the Chinese twin
//! (<https://cloud.tencent.com/document/product/269/4193>) as the doocs SDK records them, and the
//! golden response is completed from them. No own error rows are declared.

use serde::Deserialize;

use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the app's operations data of the last 30 days, one entry per day.
#[wx_endpoint(
    name = "getappinfo",
    family = im,
    path = "/v4/openconfigsvr/getappinfo",
    response = AppInfoDays,
    idempotent,
    errors(use ImCommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetAppInfo {
    /// The fields to read, by wire name (e.g. `ChainIncrease`); all when unset.
    pub request_field: Option<Vec<String>>,
}

/// One day's operations data (`Result` item); figures are strings of digits.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct AppInfoDay {
    /// The app's name.
    #[serde(rename = "AppName")]
    pub app_name: Option<String>,
    /// The app's SDKAppID.
    #[serde(rename = "AppId")]
    pub app_id: Option<String>,
    /// The customer's name.
    #[serde(rename = "Company")]
    pub company: Option<String>,
    /// Active users.
    #[serde(rename = "ActiveUserNum")]
    pub active_user_num: Option<String>,
    /// New registrations that day.
    #[serde(rename = "RegistUserNumOneDay")]
    pub regist_user_num_one_day: Option<String>,
    /// Total registrations.
    #[serde(rename = "RegistUserNumTotal")]
    pub regist_user_num_total: Option<String>,
    /// Logins.
    #[serde(rename = "LoginTimes")]
    pub login_times: Option<String>,
    /// Users who logged in.
    #[serde(rename = "LoginUserNum")]
    pub login_user_num: Option<String>,
    /// Upstream messages.
    #[serde(rename = "UpMsgNum")]
    pub up_msg_num: Option<String>,
    /// Users who sent messages.
    #[serde(rename = "SendMsgUserNum")]
    pub send_msg_user_num: Option<String>,
    /// APNs pushes.
    #[serde(rename = "APNSMsgNum")]
    pub apns_msg_num: Option<String>,
    /// Upstream one-to-one messages.
    #[serde(rename = "C2CUpMsgNum")]
    pub c2c_up_msg_num: Option<String>,
    /// Downstream one-to-one messages.
    #[serde(rename = "C2CDownMsgNum")]
    pub c2c_down_msg_num: Option<String>,
    /// Users who sent one-to-one messages.
    #[serde(rename = "C2CSendMsgUserNum")]
    pub c2c_send_msg_user_num: Option<String>,
    /// APNs pushes of one-to-one messages.
    #[serde(rename = "C2CAPNSMsgNum")]
    pub c2c_apns_msg_num: Option<String>,
    /// Peak online users.
    #[serde(rename = "MaxOnlineNum")]
    pub max_online_num: Option<String>,
    /// Downstream messages (one-to-one and group).
    #[serde(rename = "DownMsgNum")]
    pub down_msg_num: Option<String>,
    /// Relationship chain pairs added.
    #[serde(rename = "ChainIncrease")]
    pub chain_increase: Option<String>,
    /// Relationship chain pairs deleted.
    #[serde(rename = "ChainDecrease")]
    pub chain_decrease: Option<String>,
    /// Upstream group messages.
    #[serde(rename = "GroupUpMsgNum")]
    pub group_up_msg_num: Option<String>,
    /// Downstream group messages.
    #[serde(rename = "GroupDownMsgNum")]
    pub group_down_msg_num: Option<String>,
    /// Users who sent group messages.
    #[serde(rename = "GroupSendMsgUserNum")]
    pub group_send_msg_user_num: Option<String>,
    /// APNs pushes of group messages.
    #[serde(rename = "GroupAPNSMsgNum")]
    pub group_apns_msg_num: Option<String>,
    /// Groups that sent messages.
    #[serde(rename = "GroupSendMsgGroupNum")]
    pub group_send_msg_group_num: Option<String>,
    /// Group joins.
    #[serde(rename = "GroupJoinGroupTimes")]
    pub group_join_group_times: Option<String>,
    /// Group quits.
    #[serde(rename = "GroupQuitGroupTimes")]
    pub group_quit_group_times: Option<String>,
    /// Groups created.
    #[serde(rename = "GroupNewGroupNum")]
    pub group_new_group_num: Option<String>,
    /// Total groups.
    #[serde(rename = "GroupAllGroupNum")]
    pub group_all_group_num: Option<String>,
    /// Groups dismissed.
    #[serde(rename = "GroupDestroyGroupNum")]
    pub group_destroy_group_num: Option<String>,
    /// Webhook requests.
    #[serde(rename = "CallBackReq")]
    pub call_back_req: Option<String>,
    /// Webhook responses.
    #[serde(rename = "CallBackRsp")]
    pub call_back_rsp: Option<String>,
    /// The day, as `YYYYMMDD`.
    #[serde(rename = "Date")]
    pub date: Option<String>,
}

/// The operations data read by `getappinfo`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct AppInfoDays {
    /// One entry per day of the last 30 days.
    #[serde(rename = "Result")]
    pub result: Vec<AppInfoDay>,
}
