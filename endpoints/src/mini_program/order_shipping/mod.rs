//! Trade management (order shipping): brand qualification applications.

mod famous_brand_apply;
mod get_famous_brand_apply_status;

pub use famous_brand_apply::{
    BrandApplication, BrandApplyFor, BrandAuditInfo, BrandType, FamousBrandApply, FamousBrandApplyError,
};
pub use get_famous_brand_apply_status::{
    BrandApplicationState, BrandApplyProgress, BrandApplyStatus, BrandAuditResult, BrandProgress,
    GetFamousBrandApplyStatus, GetFamousBrandApplyStatusError,
};
