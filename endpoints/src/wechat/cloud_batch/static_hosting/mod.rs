//! Static website hosting of CloudBase environments: enabling it, its status, its files and uploads.

mod create_static_store;
mod get_static_store;
mod get_static_store_file;
mod get_upload_static_store_file;

pub use create_static_store::{CreateStaticStore, CreateStaticStoreError};
pub use get_static_store::{GetStaticStore, GetStaticStoreError, StaticStoreInfo, StaticStores};
pub use get_static_store_file::{
    GetStaticStoreFile, GetStaticStoreFileError, StaticStoreFile, StaticStoreFiles,
};
pub use get_upload_static_store_file::{
    GetUploadStaticStoreFile, GetUploadStaticStoreFileError, StaticStoreUploadLink,
};
