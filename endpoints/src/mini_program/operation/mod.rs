//! Mini Program operation (运维中心): user feedback and its pictures, JS errors, performance, visit sources, client versions, real-time logs.

mod get_feedback;
mod get_feedbackmedia;
mod get_js_err_detail;
mod get_js_err_list;
mod get_performance;
mod get_scene_list;
mod get_version_list;
mod realtimelog_search;

pub use get_feedback::{Feedback, FeedbackList, FeedbackType, GetFeedback, GetFeedbackError};
pub use get_feedbackmedia::{GetFeedbackmedia, GetFeedbackmediaError};
pub use get_js_err_detail::{GetJsErrDetail, GetJsErrDetailError, JsErrDetail, JsErrDetails};
pub use get_js_err_list::{GetJsErrList, GetJsErrListError, JsErrList, JsErrSummary};
pub use get_performance::{CostTimeType, GetPerformance, GetPerformanceError, PerformanceTimes};
pub use get_scene_list::{GetSceneList, GetSceneListError, Scene, SceneList, SceneValue};
pub use get_version_list::{
    ClientType, ClientVersionList, ClientVersions, GetVersionList, GetVersionListError,
};
pub use realtimelog_search::{
    LogLevel, LogPlatform, RealtimeLog, RealtimeLogData, RealtimeLogMessage, RealtimeLogs, RealtimelogSearch,
    RealtimelogSearchError,
};
