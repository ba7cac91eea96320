use wx_endpoints::{error_table, wx_endpoint};

error_table! {
    pub enum WithKeyword {
        1 => One: "one",
    }
}

error_table! {
    pub Repeated {
        1 => One: "one",
        1 => Uno: "one again",
        2 => Two,
    }
}

pub struct NotATable;

#[wx_endpoint(path = "/wxa/thing", errors(use NotATable))]
pub struct Thing {
    pub status: u8,
}

fn main() {}
