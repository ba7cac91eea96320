//! `getSceneList`: `GET /wxaapi/log/get_scene`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/operation/operation.getSceneList.html>.
//! Note: the page types `value` as "string | number" (`@_all`, or a scene number). 507010 comes from the newer
//! server/API page. Permission set 18 is from the OpenApiDoc and server/API versions of the page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the visit sources (scenes) usable as the `scene` filter of `getPerformance`.
#[wx_endpoint(
    name = "getSceneList",
    path = "/wxaapi/log/get_scene",
    method = GET,
    perm_sets = [18],
    response = SceneList,
    errors(
        use CommonError,
        507010 => NotReleased: "a Mini Program never released cannot use the alarm features",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetSceneList;

/// The visit sources returned by `getSceneList`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SceneList {
    /// The visit sources.
    pub scene: Vec<Scene>,
}

/// A visit source (`scene`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Scene {
    /// The source's Chinese name.
    pub name: String,
    /// The source's value: `@_all` or a scene number.
    pub value: Option<SceneValue>,
}

/// A visit source's value, which the page prints as a string or a number.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum SceneValue {
    /// A numeric scene value.
    Number(i64),
    /// A textual value, e.g. `@_all`.
    Text(String),
}
