use wx_endpoints::{wx_endpoint, Binary, Endpoint, JsonString, Upload};

/// An image endpoint of a user's own.
#[wx_endpoint(path = "/wxa/getwxacode", binary)]
pub struct GetCode {
    pub path: String,
}

/// A multipart upload of a user's own.
#[wx_endpoint(path = "/cgi-bin/media/upload", multipart)]
pub struct UploadMedia {
    pub media: Upload,
    pub description: Option<String>,
}

#[wx_endpoint(path = "/wxa/commit")]
pub struct Commit {
    pub ext_json: JsonString<Vec<u32>>,
}

fn main() {
    assert!(GetCode::METADATA.binary && !UploadMedia::METADATA.binary);
    let _: fn(Binary) -> <GetCode as Endpoint>::Response = |b| b;
    let upload = UploadMedia { media: Upload::new("a.png", "image/png", vec![1u8]), description: None };
    let parts = upload.form_parts().unwrap();
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0].name, "media");
    let _ = Commit { ext_json: JsonString(vec![1]) };
}
