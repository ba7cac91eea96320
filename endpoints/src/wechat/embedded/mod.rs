//! Half-screen (embedded) Mini Programs: applications to open others half-screen, and who may open this one.

mod add_embedded;
mod delete_authorized_embedded;
mod delete_embedded;
mod embedded_app;
mod get_embedded_list;
mod get_own_list;
mod set_authorized_embedded;

pub use add_embedded::{AddEmbedded, AddEmbeddedError};
pub use delete_authorized_embedded::{DeleteAuthorizedEmbedded, DeleteAuthorizedEmbeddedError};
pub use delete_embedded::{DeleteEmbedded, DeleteEmbeddedError};
pub use embedded_app::{EmbeddedApp, EmbeddedFlag, EmbeddedList, EmbeddedStatus};
pub use get_embedded_list::{GetEmbeddedList, GetEmbeddedListError};
pub use get_own_list::{GetOwnList, GetOwnListError};
pub use set_authorized_embedded::{SetAuthorizedEmbedded, SetAuthorizedEmbeddedError};
