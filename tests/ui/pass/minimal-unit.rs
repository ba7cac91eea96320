use wx_endpoints::{wx_endpoint, Endpoint, Method};

/// The smallest declaration: a path.
#[wx_endpoint(path = "/cgi-bin/component/api_start_push_ticket")]
pub struct StartPushTicket;

fn main() {
    assert_eq!(StartPushTicket::PATH, "/cgi-bin/component/api_start_push_ticket");
    assert_eq!(StartPushTicket::METHOD, Method::Post);
    assert!(StartPushTicket::PERM_SETS.is_empty() && StartPushTicket::ERRORS.is_empty());
    assert_eq!(StartPushTicket::NAME, "StartPushTicket");
    assert!(StartPushTicket.validate().is_ok());
    assert_eq!(StartPushTicketError::from_code(7), StartPushTicketError::Unknown(7));
}
