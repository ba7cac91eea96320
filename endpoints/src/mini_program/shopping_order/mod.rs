//! Shopping orders: uploading shopping details and shipments of single and combined orders, and checking the result.

mod shopping_info_verify_upload_result;
mod types;
mod upload_combined_shipping_info;
mod upload_combined_shopping_info;
mod upload_shipping_info;
mod upload_shopping_info;

pub use shopping_info_verify_upload_result::{
    ShoppingInfoVerification, ShoppingInfoVerifyUploadResult, ShoppingInfoVerifyUploadResultError,
};
pub use types::{
    DeliveryMode, JumpLink, JumpLinkType, LogisticsType, OrderNumberType, Shipment, ShipmentContact,
    ShipmentItem, ShoppingDetail, ShoppingItem, ShoppingOrderKey, ShoppingPayer,
};
pub use upload_combined_shipping_info::{
    CombinedShipping, UploadCombinedShippingInfo, UploadCombinedShippingInfoError,
};
pub use upload_combined_shopping_info::{
    CombinedShoppingDetail, UploadCombinedShoppingInfo, UploadCombinedShoppingInfoError,
};
pub use upload_shipping_info::{UploadShippingInfo, UploadShippingInfoError};
pub use upload_shopping_info::{UploadShoppingInfo, UploadShoppingInfoError};
