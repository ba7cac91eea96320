use wx_endpoints::wx_endpoint;

pub struct Quota;

#[wx_endpoint(path = "/wxa/get_qrcode", method = GET, binary, response = Quota, multipart)]
pub struct GetQrcode {
    pub path: Option<String>,
}

#[wx_endpoint(family = im, path = "/v4/x/y", multipart)]
pub struct ImUpload {
    pub name: String,
}

#[wx_endpoint(path = "/wxa/uploadmedia", multipart)]
pub struct Upload {
    pub media: u32,
}

fn main() {}
