//! Mini game open data: user cloud storage, interactive storage and analysis data.

mod get_game_analysis_data;
mod remove_user_storage;
mod set_user_interactive_data;
mod set_user_storage;

pub use get_game_analysis_data::{
    AnalysisDataPoint, DimensionFilter, GameAnalysisData, GetGameAnalysisData, GetGameAnalysisDataError,
    GroupDimension,
};
pub use remove_user_storage::{RemoveUserStorage, RemoveUserStorageError};
pub use set_user_interactive_data::{
    InteractiveKeyValue, SetUserInteractiveData, SetUserInteractiveDataError,
};
pub use set_user_storage::{SetUserStorage, SetUserStorageError, StorageKeyValue};
