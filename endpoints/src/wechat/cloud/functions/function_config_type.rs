//! The kinds of cloud function configuration.

crate::wire_enum! {
    /// `type` of `getFuntionConfig` and `getUploadFuntionConfig`.
    pub enum FunctionConfigType: code {
        /// 1: cloud call (open API permission) configuration.
        CloudCall = 1,
        /// 2: timer trigger configuration.
        TimerTrigger = 2,
        /// 3: environment configuration (`timeout` in seconds, 1-300, default 3; `environment` variables).
        Environment = 3,
    }
}
