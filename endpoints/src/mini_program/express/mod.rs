//! Logistics assistant (express delivery): merchants' waybills and the express companies' side.

pub mod by_business;
pub mod by_provider;
mod types;

pub use types::{
    AddSource, CargoGoods, ExpressService, PathActionType, ShopGoods, TakeMode, WaybillCargo,
    WaybillDataItem, WaybillInsured, WaybillOrder, WaybillParty, WaybillShop, WaybillStatus,
};
