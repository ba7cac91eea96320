//! Cloud storage of CloudBase environments: listing, upload and download links, deletion.

mod delete_tcb_file;
mod get_download_file_link;
mod get_tcb_file;
mod get_upload_file_link;

pub use delete_tcb_file::{DeleteTcbFile, DeleteTcbFileError, DeletedFiles, FileDeletion};
pub use get_download_file_link::{
    DownloadFileRequest, DownloadLink, DownloadLinks, GetDownloadFileLink, GetDownloadFileLinkError,
};
pub use get_tcb_file::{BucketFile, BucketFiles, GetTcbFile, GetTcbFileError};
pub use get_upload_file_link::{GetUploadFileLink, GetUploadFileLinkError, UploadFileLink};
