//! `setNickName`: `POST /wxa/setnickname`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/basic-info-management/setNickName.html>.
//! Unverified: errors 91001-91010 from 2019 doc mirror; 91013-91017 only from WxJava enum.
//! Unverified: naming_other_stuff_3..5 from new doc/SKIT (old doc had 1..2).
//! Unverified: audit result pushed as event wxa_nickname_audit (ret 2 fail/3 ok, nickname, reason) per old doc.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sets the Mini Program's name; names needing review return an `audit_id` (the result is also pushed as `wxa_nickname_audit`).
#[wx_endpoint(
    name = "setNickName",
    path = "/wxa/setnickname",
    perm_sets = [30, 61],
    response = NickNameSet,
    errors(
        use CommonError,
        91001 => NotFastRegistered: "not a Mini Program created quickly through an Official Account",
        91002 => NameLockedAfterRelease: "the name cannot change after release",
        91003 => InvalidRenameStatus: "invalid rename status",
        91004 => InvalidNickName: "invalid nickname",
        91005 => NickNameSubjectProtected: "the nickname hits a subject protection",
        91006 => NickNameIsWechatId: "the nickname hits a WeChat ID",
        91007 => NickNameTaken: "the nickname is taken",
        91008 => NickNameInfringementProtected: "the nickname is in a 7-day infringement protection period",
        91009 => MaterialsRequired: "supporting materials are required",
        91010 => OtherError: "other error",
        91013 => TooManyNamesHeld: "too many names are held",
        91014 => PlusRuleSameTypeSubjectMismatch: "+ rule: associated names of the same type have different subjects",
        91015 => OriginalNameSubjectMismatch: "the original name's subjects differ across types",
        91016 => NameHeldByTwoOrMore: "the name is held by two or more accounts",
        91017 => PlusRuleCrossTypeSubjectMismatch: "+ rule: associated names of different types have different subjects",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetNickName {
    /// Must not contain the keyword 小程序.
    #[wx(non_empty)]
    pub nick_name: String,
    /// media_id of an ID-card photo: required for personal accounts.
    pub id_card: Option<String>,
    /// media_id of the business licence or organisation certificate: required for organisations.
    pub license: Option<String>,
    /// media_ids of extra proof.
    pub naming_other_stuff_1: Option<String>,
    /// media_id of extra proof.
    pub naming_other_stuff_2: Option<String>,
    /// media_id of extra proof.
    pub naming_other_stuff_3: Option<String>,
    /// media_id of extra proof.
    pub naming_other_stuff_4: Option<String>,
    /// media_id of extra proof.
    pub naming_other_stuff_5: Option<String>,
}

/// The result of `setNickName`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NickNameSet {
    /// Which materials to provide.
    pub wording: String,
    /// Present only when the name needs review; absent means the name is set.
    pub audit_id: Option<u64>,
}
