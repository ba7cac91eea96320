//! Shopping orders: opening the product permission and submitting the access review.

mod confirm_product_permission;
mod open_shopping_order_product_permission;

pub use confirm_product_permission::{
    ConfirmProductPermission, ConfirmProductPermissionError, ProductPermissionReview,
};
pub use open_shopping_order_product_permission::{
    OpenShoppingOrderProductPermission, OpenShoppingOrderProductPermissionError,
};
