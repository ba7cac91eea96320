//! The file format of database imports and exports.

crate::wire_enum! {
    /// `file_type` of `exportDatabaseItem` and `importDatabaseItem`.
    pub enum MigrateFileType: code {
        /// 1: JSON.
        Json = 1,
        /// 2: CSV.
        Csv = 2,
    }
}
