//! `createCloudUser`: `POST /tcb/createclouduser`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/admin-management/createCloudUser.html>.
//! Note: the merchant must accept the CloudBase agreement, pushed to the Mini Program administrator as a
//! template message (or a service notification).
//! Unverified: the stored page shows no error table; the CloudBase table of its sibling pages is used.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Opens CloudBase for the Mini Program (the administrator confirms through a pushed template message).
#[wx_endpoint(
    name = "createCloudUser",
    path = "/tcb/createclouduser",
    perm_sets = [49, 64],
    errors(
        use CommonError,
        -1000 => SystemError: "system error",
        40014 => InvalidAccessToken: "invalid access_token: check that it is current and belongs to this account",
        40097 => InvalidArgs: "invalid arguments",
        40101 => MissingParameter: "a required parameter is missing",
        41001 => AccessTokenMissing: "the access_token parameter is missing",
        42001 => AccessTokenExpired: "access_token expired",
        43002 => RequirePostMethod: "the call must be a POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the body could not be parsed or lacks parameters",
        85088 => NoCloudBasePrivilege: "CloudBase is not enabled for this account",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateCloudUser;
