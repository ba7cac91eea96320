//! The fixed `action` values of the plugin-management calls: each call sends its action in the query
//! and, as the pages' samples do, in the body.

use serde::{Deserialize, Serialize};

macro_rules! action {
    ($(#[$meta:meta])* $name:ident = $wire:literal) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        pub enum $name {
            #[doc = concat!("`", $wire, "`.")]
            #[default]
            #[serde(rename = $wire)]
            Value,
        }
    };
}

action! {
    /// The action of `agreeDevPluginApply`: always `dev_agree`.
    DevAgreeAction = "dev_agree"
}

action! {
    /// The action of `refuseDevPluginApply`: always `dev_refuse`.
    DevRefuseAction = "dev_refuse"
}

action! {
    /// The action of `deleteDevPluginApply`: always `dev_delete`.
    DevDeleteAction = "dev_delete"
}

action! {
    /// The action of `getPluginDevApplyList`: always `dev_apply_list`.
    DevApplyListAction = "dev_apply_list"
}

action! {
    /// The action of `applyPlugin`: always `apply`.
    ApplyAction = "apply"
}

action! {
    /// The action of `getPluginList`: always `list`.
    ListAction = "list"
}

action! {
    /// The action of `unbindPlugin`: always `unbind`.
    UnbindAction = "unbind"
}
