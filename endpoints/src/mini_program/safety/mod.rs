//! Safety and risk control: users' risk levels.

mod get_user_risk_rank;

pub use get_user_risk_rank::{GetUserRiskRank, GetUserRiskRankError, UserRiskRank};
