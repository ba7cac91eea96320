//! Plugin management: applying for, listing and removing plugins; a plugin's applicants.

mod agree_dev_plugin_apply;
mod apply_plugin;
mod delete_dev_plugin_apply;
mod get_plugin_dev_apply_list;
mod get_plugin_list;
mod refuse_dev_plugin_apply;
mod types;
mod unbind_plugin;

pub use agree_dev_plugin_apply::{AgreeDevPluginApply, AgreeDevPluginApplyError};
pub use apply_plugin::{ApplyPlugin, ApplyPluginError};
pub use delete_dev_plugin_apply::{DeleteDevPluginApply, DeleteDevPluginApplyError};
pub use get_plugin_dev_apply_list::{
    GetPluginDevApplyList, GetPluginDevApplyListError, PluginApplicant, PluginApplicantCategory,
    PluginApplyList,
};
pub use get_plugin_list::{GetPluginList, GetPluginListError, PluginInfo, PluginList, PluginStatus};
pub use refuse_dev_plugin_apply::{RefuseDevPluginApply, RefuseDevPluginApplyError};
pub use types::{
    ApplyAction, DevAgreeAction, DevApplyListAction, DevDeleteAction, DevRefuseAction, ListAction,
    UnbindAction,
};
pub use unbind_plugin::{UnbindPlugin, UnbindPluginError};
