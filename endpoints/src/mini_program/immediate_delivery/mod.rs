//! Immediate delivery: placing, tipping, cancelling and tracking local delivery orders, and the delivery companies' side.

mod abnormal_confirm;
mod add_local_order;
mod add_tips;
mod bind_local_account;
mod cancel_local_order;
mod get_all_imme_delivery;
mod get_bind_account;
mod get_local_order;
mod mock_update_order;
mod open_delivery;
mod pre_add_order;
mod pre_cancel_order;
mod re_order;
mod real_mock_update_order;
mod types;
mod update_order;

pub use abnormal_confirm::{AbnormalConfirm, AbnormalConfirmError};
pub use add_local_order::{AddLocalOrder, AddLocalOrderError};
pub use add_tips::{AddTips, AddTipsError};
pub use bind_local_account::{BindLocalAccount, BindLocalAccountError};
pub use cancel_local_order::{CancelLocalOrder, CancelLocalOrderError};
pub use get_all_imme_delivery::{
    GetAllImmeDelivery, GetAllImmeDeliveryError, LocalDeliveryCompanies, LocalDeliveryCompany,
};
pub use get_bind_account::{BoundShop, BoundShops, GetBindAccount, GetBindAccountError, ShopAuditResult};
pub use get_local_order::{GetLocalOrder, GetLocalOrderError, LocalOrder};
pub use mock_update_order::{MockUpdateOrder, MockUpdateOrderError};
pub use open_delivery::{OpenDelivery, OpenDeliveryError};
pub use pre_add_order::{PreAddOrder, PreAddOrderError};
pub use pre_cancel_order::{PreCancelOrder, PreCancelOrderError};
pub use re_order::{ReOrder, ReOrderError};
pub use real_mock_update_order::{RealMockUpdateOrder, RealMockUpdateOrderError};
pub use types::{
    CancelReason, CoordinateType, DeliveryResult, LocalCargo, LocalGoods, LocalGoodsDetail,
    LocalOrderCancellation, LocalOrderFee, LocalOrderInfo, LocalOrderParty, LocalOrderStatus, LocalOrderType,
    LocalShop, RiderPickMethod,
};
pub use update_order::{RiderAgent, UpdateOrder, UpdateOrderError};
