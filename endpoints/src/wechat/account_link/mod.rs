//! Linking Mini Programs to an Official Account: link, list the linked ones, unlink (permission set 33, "Mini Program management").

mod get_link_miniprogram;
mod link_miniprogram;
mod unlink_miniprogram;

pub use get_link_miniprogram::{
    GetLinkMiniprogram, GetLinkMiniprogramError, LinkFuncInfo, LinkStatus, LinkedMiniprogram,
    LinkedMiniprogramList, LinkedMiniprograms,
};
pub use link_miniprogram::{LinkMiniprogram, LinkMiniprogramError};
pub use unlink_miniprogram::{UnlinkMiniprogram, UnlinkMiniprogramError};
