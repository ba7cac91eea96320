//! Mass messages: content uploads, sending by tag or by OpenID, preview, status, deletion and sending speed.

mod content;
mod delete_mass_msg;
mod get_speed;
mod mass_msg_get;
mod mass_send;
mod preview;
mod send_all;
mod set_speed;
mod speed;
mod upload_image;
mod upload_news_msg;
mod upload_video;

pub use content::{
    MassCard, MassFilter, MassImages, MassMedia, MassMessageType, MassSent, MassText, MassVideo,
};
pub use delete_mass_msg::{DeleteMassMsg, DeleteMassMsgError};
pub use get_speed::{GetSpeed, GetSpeedError, MassSpeedInfo};
pub use mass_msg_get::{MassMsgGet, MassMsgGetError, MassMsgStatus, MassStatus};
pub use mass_send::{MassSend, MassSendError};
pub use preview::{MassPreviewed, Preview, PreviewError};
pub use send_all::{SendAll, SendAllError};
pub use set_speed::{SetSpeed, SetSpeedError};
pub use speed::MassSpeed;
pub use upload_image::{UploadImage, UploadImageError, UploadedImage};
pub use upload_news_msg::{NewsArticle, UploadNewsMsg, UploadNewsMsgError, UploadedNews};
pub use upload_video::{UploadVideo, UploadVideoError, UploadedVideo};
