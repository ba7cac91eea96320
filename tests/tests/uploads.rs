//! Uploads streamed from a file: the content sent as it is on disk (with its length declared), the
//! documented size checked before anything is sent, a file that changed size refused, and the
//! command line's JSON form `{"path": ...}`.

use std::path::PathBuf;

use serde_json::json;
use wiremock::{MockServer, ResponseTemplate};
use wx_endpoints::official_account::customer_service::UploadKfHeadImg;
use wx_endpoints::official_account::materials::{MediaType, UploadTempMedia};
use wx_endpoints::{registry, Error, PartContent, TransportErrorKind, Upload};
use wx_tests::*;

/// A file of `len` bytes in a fresh temporary directory, removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, content: &[u8]) -> Self {
        let dir =
            std::env::temp_dir().join(format!("wx-uploads-{}-{}", std::process::id(), fastrand::u64(..)));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, content).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(self.0.parent().unwrap());
    }
}

async fn media_server() -> MockServer {
    let server = MockServer::start().await;
    let body = json!({"errcode": 0, "errmsg": "ok", "type": "image", "media_id": "m1", "created_at": 1});
    respond::<UploadTempMedia>(&server, ResponseTemplate::new(200).set_body_json(body)).await;
    server
}

#[tokio::test]
async fn a_file_is_streamed_as_it_is_on_disk() {
    let content: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    let file = TempFile::new("photo.jpg", &content);
    let media = Upload::file(&file.0, "image/jpeg").unwrap();
    assert_eq!(media.filename, "photo.jpg");
    assert_eq!(media.content, PartContent::File { path: file.0.clone(), len: 200_000 });

    let server = media_server().await;
    UploadTempMedia { media_type: MediaType::Image, media }.call(&client_for(&server)).await.unwrap();
    let request = &server.received_requests().await.unwrap()[0];
    let start = b"filename=\"photo.jpg\"\r\ncontent-type: image/jpeg\r\n\r\n";
    let at = request.body.windows(start.len()).position(|w| w.eq_ignore_ascii_case(start)).expect("the part");
    assert_eq!(&request.body[at + start.len()..][..content.len()], &content[..], "the bytes as on disk");
    assert!(request.headers.get("content-length").is_some(), "the length is declared, not chunked");
}

#[tokio::test]
async fn a_file_over_the_documented_limit_is_refused_before_sending() {
    let file = TempFile::new("avatar.png", b"");
    // Sparse: 5 MB + 1 without writing them.
    std::fs::OpenOptions::new().write(true).open(&file.0).unwrap().set_len(5 * 1024 * 1024 + 1).unwrap();
    let server = MockServer::start().await;
    let request =
        UploadKfHeadImg { kf_account: "kf@acct".into(), media: Upload::file(&file.0, "image/png").unwrap() };
    let Err(Error::Invalid(invalid)) = request.call(&client_for(&server)).await else {
        panic!("not refused")
    };
    assert_eq!(invalid.field(), "media");
    assert!(server.received_requests().await.unwrap().is_empty(), "nothing sent");
}

#[tokio::test]
async fn a_file_that_changed_size_is_not_sent() {
    let file = TempFile::new("photo.jpg", b"12345");
    let media = Upload::file(&file.0, "image/jpeg").unwrap();
    std::fs::write(&file.0, b"1234567890").unwrap();
    let server = media_server().await;
    let error =
        UploadTempMedia { media_type: MediaType::Image, media }.call(&client_for(&server)).await.unwrap_err();
    let Error::Transport(transport) = &error else { panic!("{error:?}") };
    assert_eq!(transport.kind(), TransportErrorKind::File);
    assert!(error.to_string().contains("changed size"), "{error}");
    assert!(server.received_requests().await.unwrap().is_empty(), "nothing sent");

    let missing = Upload::file(file.0.with_file_name("absent.jpg"), "image/jpeg").unwrap_err();
    assert_eq!(missing.kind(), std::io::ErrorKind::NotFound);
    assert!(Upload::file(file.0.parent().unwrap(), "image/jpeg").is_err(), "a directory is not a file");
}

#[test]
fn the_command_line_names_a_file_or_gives_the_content() {
    let file = TempFile::new("voice.mp3", b"ID3");
    let encode = registry::endpoint("uploadTempMedia").unwrap().encode_json().unwrap();
    let by_path = json!({"type": "voice", "media": {"path": file.0, "content_type": "audio/mpeg"}});
    let encoded = encode(by_path).unwrap();
    assert_eq!(encoded.query, [("type".to_owned(), "voice".to_owned())]);
    assert_eq!(encoded.body, registry::EncodedBody::Multipart(vec!["media".into()]));

    let inline = json!({"type": "image", "media": {"filename": "a.png", "content_type": "image/png", "base64": "iVBO"}});
    assert!(encode(inline).is_ok());
    let both =
        json!({"type": "image", "media": {"path": file.0, "content_type": "image/png", "base64": "iVBO"}});
    assert!(encode(both).unwrap_err().contains("either `base64`"));
    let absent =
        json!({"type": "image", "media": {"path": "/nonexistent/a.png", "content_type": "image/png"}});
    assert!(encode(absent).unwrap_err().contains("cannot upload /nonexistent/a.png"));
}
