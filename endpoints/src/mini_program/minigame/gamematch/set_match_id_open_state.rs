//! `gamematch.setMatchIdOpenState`: `POST /wxa/business/gamematch/setmatchopenstate`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/gamematch/gamematch.setMatchIdOpenState.html>.
//! Note: closing a matchid releases its match pool; only closed matchids can be changed with
//! `gamematch.updateMatchRule`. The newer page (api_gamematch.setmatchidopenstate) says third-party
//! platforms cannot call it: the game's own token.
//! Unverified: the page types `match_id` as a number, but matchids are strings (as
//! `gamematch.createMatchRule` returns them and as this page's sample sends them); typed as a string.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Opens or closes a matchid: players can join only open matchids.
#[wx_endpoint(
    name = "gamematch.setMatchIdOpenState",
    path = "/wxa/business/gamematch/setmatchopenstate",
    credential = app,
    response = MatchOpenStateSet,
    errors(
        use CommonError,
        1 => MatchIdNotFound: "the matchid does not exist",
        200000 => InvalidRequestData: "invalid request data",
        500005 => InvalidMatchId: "invalid matchid",
        500012 => InvalidOpenState: "invalid open_state value",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetMatchIdOpenState {
    /// The matchid, as `gamematch.createMatchRule` returned it.
    #[wx(non_empty)]
    pub match_id: String,
    /// 0 closed, 1 open.
    #[wx(one_of = [0, 1])]
    pub open_state: u8,
}

/// The answer of `gamematch.setMatchIdOpenState`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MatchOpenStateSet {
    /// The matchid (the newer page lists it in the answer; its sample omits it).
    pub match_id: Option<String>,
}
