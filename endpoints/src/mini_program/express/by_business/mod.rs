//! Logistics assistant for merchants: express accounts, waybills, traces, printers, quotas.

mod add_order;
mod batch_get_order;
mod bind_account;
mod cancel_order;
mod get_all_account;
mod get_all_delivery;
mod get_order;
mod get_path;
mod get_printer;
mod get_quota;
mod test_update_order;
mod update_printer;

pub use add_order::{AddOrder, AddOrderError, AddedWaybill};
pub use batch_get_order::{BatchGetOrder, BatchGetOrderError, BatchWaybill, WaybillBatch, WaybillKey};
pub use bind_account::{AccountBindType, BindAccount, BindAccountError};
pub use cancel_order::{CancelOrder, CancelOrderError, CancelledWaybill};
pub use get_all_account::{
    AccountStatus, ExpressAccount, ExpressAccounts, GetAllAccount, GetAllAccountError,
};
pub use get_all_delivery::{ExpressCompanies, ExpressCompany, GetAllDelivery, GetAllDeliveryError};
pub use get_order::{GetOrder, GetOrderError, PrintType, WaybillPrint};
pub use get_path::{GetPath, GetPathError, PathItem, WaybillPath};
pub use get_printer::{GetPrinter, GetPrinterError, Printers};
pub use get_quota::{GetQuota, GetQuotaError, WaybillQuota};
pub use test_update_order::{TestUpdateOrder, TestUpdateOrderError};
pub use update_printer::{PrinterUpdateType, UpdatePrinter, UpdatePrinterError};
