//! A collection's access rule (`acl_tag`), shared by `getPermission` and `setPermission`.

crate::wire_enum! {
    /// Who may read and write a collection's records.
    pub enum AclTag: text {
        /// Everyone reads; only the creator writes.
        ReadOnly = "READONLY",
        /// Only the creator reads and writes.
        Private = "PRIVATE",
        /// Everyone reads; only administrators write.
        AdminWrite = "ADMINWRITE",
        /// Only administrators read and write.
        AdminOnly = "ADMINONLY",
        /// The custom security rule in `rule`.
        Custom = "CUSTOM",
    }
}
