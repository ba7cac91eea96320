//! The mass sending speed levels `getSpeed` reports and `setSpeed` sets.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html#9>.
//! Note: the levels were read on the newer pages
//! <https://developers.weixin.qq.com/doc/service/api/notify/message/api_getspeed> and `api_setspeed`.

crate::wire_enum! {
    /// A mass sending speed level (`speed`).
    pub enum MassSpeed: code {
        /// 0: 800,000 a minute.
        PerMinute800k = 0,
        /// 1: 600,000 a minute.
        PerMinute600k = 1,
        /// 2: 450,000 a minute.
        PerMinute450k = 2,
        /// 3: 300,000 a minute.
        PerMinute300k = 3,
        /// 4: 100,000 a minute.
        PerMinute100k = 4,
    }
}
