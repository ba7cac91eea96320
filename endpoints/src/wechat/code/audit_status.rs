//! A code review's status.

use serde::{Deserialize, Deserializer};

/// `status` of `get_auditstatus` / `get_latest_auditstatus`; codes this version does not know are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AuditStatus {
    /// 0: approved.
    Approved,
    /// 1: rejected.
    Rejected,
    /// 2: under review.
    UnderReview,
    /// 3: withdrawn.
    Withdrawn,
    /// 4: review delayed.
    Delayed,
    /// A code this version does not know, as sent.
    Unknown(i64),
}

impl AuditStatus {
    /// The status for a wire code; unknown codes become `Unknown`.
    pub fn from_code(code: i64) -> Self {
        match code {
            0 => AuditStatus::Approved,
            1 => AuditStatus::Rejected,
            2 => AuditStatus::UnderReview,
            3 => AuditStatus::Withdrawn,
            4 => AuditStatus::Delayed,
            other => AuditStatus::Unknown(other),
        }
    }
}

impl<'de> Deserialize<'de> for AuditStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(AuditStatus::from_code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_status_and_an_unknown_one() {
        let statuses: Vec<AuditStatus> = serde_json::from_str("[0, 1, 2, 3, 4, 9]").unwrap();
        assert_eq!(
            statuses,
            [
                AuditStatus::Approved,
                AuditStatus::Rejected,
                AuditStatus::UnderReview,
                AuditStatus::Withdrawn,
                AuditStatus::Delayed,
                AuditStatus::Unknown(9)
            ]
        );
    }
}
