use wx_endpoints::{wx_endpoint, Upload};

#[wx_endpoint(path = "/wxa/a", name = setThing)]
pub struct Thing {
    #[wx(max_bytes = "150")]
    pub a: String,
    #[wx(non_empty = true)]
    pub b: String,
    #[wx(chars(1..=3))]
    pub c: String,
}

#[wx_endpoint(path = "/wxa/upload", method = GET)]
pub struct UploadWithoutMultipart {
    pub file: Upload,
}

fn main() {}
