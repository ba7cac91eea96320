//! The scan-to-follow component: which Official Account a Mini Program shows.

mod get_link_for_show;
mod get_show_item;
mod set_show_item;

pub use get_link_for_show::{GetLinkForShow, GetLinkForShowError, LinkableAccount, LinkableAccounts};
pub use get_show_item::{GetShowItem, GetShowItemError, ShowItem};
pub use set_show_item::{SetShowItem, SetShowItemError};
