//! CloudBase storage: upload and download links, file deletion.

mod delete_tcb_cloud_file;
mod get_download_tcb_file_link;
mod get_upload_tcb_file_link;

pub use delete_tcb_cloud_file::{DeleteTcbCloudFile, DeleteTcbCloudFileError, DeletedFile, DeletedFiles};
pub use get_download_tcb_file_link::{
    DownloadFile, DownloadLink, DownloadLinks, GetDownloadTcbFileLink, GetDownloadTcbFileLinkError,
};
pub use get_upload_tcb_file_link::{GetUploadTcbFileLink, GetUploadTcbFileLinkError, UploadLink};
