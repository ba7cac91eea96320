//! Transaction guarantee: the guarantee mark's state and the experience score's violations.

mod get_guarantee_status;
mod get_penalty_list;

pub use get_guarantee_status::{GetGuaranteeStatus, GetGuaranteeStatusError, GuaranteeStatus};
pub use get_penalty_list::{GetPenaltyList, GetPenaltyListError, PenaltyList, PenaltyRecord};
