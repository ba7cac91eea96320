//! Custom menus: the default menu, conditional (personalized) menus, match tests and the current menu.

mod add_conditional_menu;
mod button;
mod create_custom_menu;
mod delete_conditional_menu;
mod delete_menu;
mod get_current_selfmenu_info;
mod get_menu;
mod try_match_menu;

pub use add_conditional_menu::{AddConditionalMenu, AddConditionalMenuError, ConditionalMenuCreated};
pub use button::{MatchRule, MatchRuleInfo, MenuButton, MenuButtonType};
pub use create_custom_menu::{CreateCustomMenu, CreateCustomMenuError};
pub use delete_conditional_menu::{DeleteConditionalMenu, DeleteConditionalMenuError};
pub use delete_menu::{DeleteMenu, DeleteMenuError};
pub use get_current_selfmenu_info::{
    GetCurrentSelfmenuInfo, GetCurrentSelfmenuInfoError, SelfMenu, SelfMenuButton, SelfMenuInfo,
    SelfMenuNews, SelfMenuNewsInfo, SelfMenuSubButtons,
};
pub use get_menu::{ConditionalMenu, DefaultMenu, GetMenu, GetMenuError, MenuConfig};
pub use try_match_menu::{MatchedMenu, TryMatchMenu, TryMatchMenuError};
