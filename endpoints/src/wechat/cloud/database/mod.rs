//! CloudBase database: collections, records, aggregation, indexes, imports and exports.

mod add_database_collection;
mod add_database_item;
mod aggregate_database;
mod collection_info;
mod dbcollection_manage;
mod delete_database_collection;
mod delete_database_item;
mod export_database_item;
mod get_database_collection;
mod get_database_count;
mod get_database_migrate_status;
mod get_database_record;
mod import_database_item;
mod migrate_file_type;
mod pager;
mod update_database_index;
mod update_database_record;

pub use add_database_collection::{AddDatabaseCollection, AddDatabaseCollectionError};
pub use add_database_item::{AddDatabaseItem, AddDatabaseItemError, AddedItems};
pub use aggregate_database::{AggregateDatabase, AggregateDatabaseError, AggregateResult};
pub use collection_info::CollectionInfo;
pub use dbcollection_manage::{
    DbCollectionAction, DbCollections, DbcollectionManage, DbcollectionManageError,
};
pub use delete_database_collection::{DeleteDatabaseCollection, DeleteDatabaseCollectionError};
pub use delete_database_item::{DeleteDatabaseItem, DeleteDatabaseItemError, DeletedItems};
pub use export_database_item::{ExportDatabaseItem, ExportDatabaseItemError, ExportJob};
pub use get_database_collection::{DatabaseCollections, GetDatabaseCollection, GetDatabaseCollectionError};
pub use get_database_count::{DatabaseCount, GetDatabaseCount, GetDatabaseCountError};
pub use get_database_migrate_status::{
    GetDatabaseMigrateStatus, GetDatabaseMigrateStatusError, MigrateStatus,
};
pub use get_database_record::{DatabaseRecords, GetDatabaseRecord, GetDatabaseRecordError};
pub use import_database_item::{ConflictMode, ImportDatabaseItem, ImportDatabaseItemError, ImportJob};
pub use migrate_file_type::MigrateFileType;
pub use pager::DatabasePager;
pub use update_database_index::{
    CreateIndex, DropIndex, IndexDirection, IndexKey, UpdateDatabaseIndex, UpdateDatabaseIndexError,
};
pub use update_database_record::{UpdateDatabaseRecord, UpdateDatabaseRecordError, UpdatedRecords};
