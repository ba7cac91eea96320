//! `gamematch.deleteMatchRule`: `POST /wxa/business/gamematch/deletematchrule`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/gamematch/gamematch.deleteMatchRule.html>.
//! Note: deleting a matchid also releases its match pool. The newer page
//! (api_gamematch.deletematchrule) says third-party platforms cannot call it: the game's own token.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a mini game's match rule (matchid) and releases its match pool.
#[wx_endpoint(
    name = "gamematch.deleteMatchRule",
    path = "/wxa/business/gamematch/deletematchrule",
    credential = app,
    errors(
        use CommonError,
        1 => MatchIdNotFound: "the matchid does not exist",
        200000 => InvalidRequestData: "invalid request data",
        500005 => InvalidMatchId: "invalid matchid",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteMatchRule {
    /// The matchid to delete, as `gamematch.createMatchRule` returned it.
    #[wx(non_empty)]
    pub match_id: String,
}
