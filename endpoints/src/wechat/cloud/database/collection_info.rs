//! A database collection's statistics, as `getDatabaseCollection` and `dbcollectionManage` return them.

use serde::Deserialize;

/// A collection (`collections`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CollectionInfo {
    /// The collection's name.
    pub name: String,
    /// Number of documents in the collection.
    pub count: u64,
    /// Total size of the documents, in bytes.
    pub size: u64,
    /// Number of indexes.
    pub index_count: u64,
    /// Size of the indexes, in bytes.
    pub index_size: u64,
}
