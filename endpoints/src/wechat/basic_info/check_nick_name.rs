//! `checkNickName`: `POST /cgi-bin/wxverify/checkwxverifynickname`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/basic-info-management/checkNickName.html>.
//! Unverified: error table from 2019 mirror (wording abbreviated); new doc says only mini programs created via API may call it.
//! Unverified: perm set 62 is not in any permission-set list found.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Checks whether a name needs proof material under the naming rules.
#[wx_endpoint(
    name = "checkNickName",
    path = "/cgi-bin/wxverify/checkwxverifynickname",
    perm_sets = [3, 31, 62],
    response = NickNameCheck,
    errors(
        use CommonError,
        53010 => InvalidNameFormat: "the name's format is invalid",
        53011 => NameCheckRateLimited: "name checks hit the frequency limit",
        53012 => NameForbidden: "this name may not be used",
        53013 => NameTaken: "the name duplicates an existing one",
        53014 => NamePlusNeedsSameSubject: "an account named {A+} exists: {A} needs the same subject",
        53015 => NameTakenNeedsSameSubject: "the name duplicates an Official Account or Mini Program name: it needs the same subject",
        53016 => NameTakenSeveralTimes: "the name duplicates several names: not supported",
        53017 => NamePlusNeedsSameSubjectAcrossTypes: "an account named {A+} exists: the same subject is needed (across types)",
        53018 => NameIsWechatId: "the name hits a WeChat ID",
        53019 => NameProtected: "the name is in a protection period",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CheckNickName {
    /// The name to check.
    #[wx(non_empty)]
    pub nick_name: String,
}

/// The result of `checkNickName`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NickNameCheck {
    /// The name hits the keyword policy: proof material is advisable.
    pub hit_condition: bool,
    /// The server's explanation of the result.
    pub wording: String,
}
