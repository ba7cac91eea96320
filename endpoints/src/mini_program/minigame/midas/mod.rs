//! Mini game virtual payment (Midas): game-currency balance, deduction, cancellation and gifts (v1,
//! production and sandbox), friend-payment orders, and order queries (v2).

use serde::Deserialize;

mod cancel_pay;
mod get_balance;
mod get_pay_for_order;
mod pay;
mod present;
mod query_order;
mod sandbox_cancel_pay;
mod sandbox_get_balance;
mod sandbox_pay;
mod sandbox_present;

pub use cancel_pay::{CancelPay, CancelPayError};
pub use get_balance::{GetBalance, GetBalanceError};
pub use get_pay_for_order::{
    GetPayForOrder, GetPayForOrderError, MidasEnv, PayForOrder, PayForOrderInfo, PayForOrderStatus,
};
pub use pay::{Pay, PayError};
pub use present::{Present, PresentError};
pub use query_order::{DeliverState, OrderInfo, PayState, QueryOrder, QueryOrderError};
pub use sandbox_cancel_pay::{SandboxCancelPay, SandboxCancelPayError};
pub use sandbox_get_balance::{SandboxGetBalance, SandboxGetBalanceError};
pub use sandbox_pay::{SandboxPay, SandboxPayError};
pub use sandbox_present::{SandboxPresent, SandboxPresentError};

/// The cancelled deduction, as `midas.cancelPay` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CancelledPay {
    /// The order number of the cancelled deduction.
    pub bill_no: String,
}

/// A user's game-currency balance, as `midas.getBalance` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Balance {
    /// The game currency held, gifts included.
    pub balance: i64,
    /// The gifted game currency held.
    pub gen_balance: i64,
    /// Whether the user meets "first top-up ever"; the page types it boolean, its sample sends `1`:
    /// read from either.
    #[serde(deserialize_with = "crate::wechat::lenient::bool")]
    pub first_save: bool,
    /// The game currency bought with money, in total.
    pub save_amt: i64,
    /// The game currency ever held, in total.
    pub save_sum: i64,
    /// The game currency ever spent, in total.
    pub cost_sum: i64,
    /// The game currency ever received as gifts, in total.
    pub present_sum: i64,
}

/// A deduction, as `midas.pay` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Payment {
    /// The order number, valid for 48 hours.
    pub bill_no: String,
    /// The balance after the deduction.
    pub balance: i64,
    /// The gifted currency this deduction used.
    pub used_gen_amt: i64,
}

/// A gift of game currency, as `midas.present` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Presented {
    /// The gift's order number.
    pub bill_no: String,
    /// The balance after the gift.
    pub balance: i64,
}
