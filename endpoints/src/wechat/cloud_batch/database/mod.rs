//! Databases of CloudBase environments: aggregation, records, indexes, access rules, import and export.

mod acl_tag;
mod db_aggregate;
mod db_export;
mod db_import;
mod dbindex_manage;
mod dbrecord_manage;
mod get_migration_state;
mod get_permission;
mod migration_file_type;
mod set_permission;

pub use acl_tag::AclTag;
pub use db_aggregate::{DbAggregate, DbAggregateError, DbAggregateResult};
pub use db_export::{DbExport, DbExportError, DbExportJob};
pub use db_import::{ConflictMode, DbImport, DbImportError, DbImportJob};
pub use dbindex_manage::{
    DbIndex, DbIndexAction, DbIndexDirection, DbIndexKey, DbindexManage, DbindexManageError,
};
pub use dbrecord_manage::{
    DbRecordAction, DbRecordPager, DbRecordResult, DbrecordManage, DbrecordManageError,
};
pub use get_migration_state::{GetMigrationState, GetMigrationStateError, MigrationState};
pub use get_permission::{CollectionAcl, GetPermission, GetPermissionError};
pub use migration_file_type::MigrationFileType;
pub use set_permission::{SetPermission, SetPermissionError};
