//! The file format of a database import or export (`file_type`), shared by `dbImport` and `dbExport`.

crate::wire_enum! {
    /// The format of an import or export file.
    pub enum MigrationFileType: code {
        /// JSON.
        Json = 1,
        /// CSV.
        Csv = 2,
    }
}
