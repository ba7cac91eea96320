//! The third-party platform's event stream (the "authorization events" URL): typed where WeChat
//! documents the InfoType, kept as raw XML otherwise.

use super::xml::{self, required};
use super::CryptError;
use crate::secret::Secret;

/// One decrypted push.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ComponentEvent {
    /// `component_verify_ticket`, pushed every 10 minutes, valid 12 hours.
    VerifyTicket {
        /// The third-party platform's appid (`AppId`).
        component_appid: String,
        /// When WeChat sent the push, as a Unix timestamp (`CreateTime`).
        create_time: i64,
        /// The ticket (`ComponentVerifyTicket`).
        ticket: Secret,
    },
    /// `authorized`: a merchant authorized the platform.
    Authorized(Authorization),
    /// `updateauthorized`: a merchant changed the granted permission sets.
    UpdateAuthorized(Authorization),
    /// `unauthorized`: a merchant revoked the authorization.
    Unauthorized {
        /// The third-party platform's appid (`AppId`).
        component_appid: String,
        /// When WeChat sent the push, as a Unix timestamp (`CreateTime`).
        create_time: i64,
        /// The appid of the account that revoked the authorization (`AuthorizerAppid`).
        authorizer_appid: String,
    },
    /// An InfoType this version does not model; the decrypted XML is kept whole.
    Other {
        /// The InfoType.
        info_type: String,
        /// `CreateTime`, when present and a number.
        create_time: Option<i64>,
        /// The decrypted XML.
        xml: String,
    },
}

/// The fields of `authorized` and `updateauthorized`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authorization {
    /// The third-party platform's appid (`AppId`).
    pub component_appid: String,
    /// When WeChat sent the push, as a Unix timestamp (`CreateTime`).
    pub create_time: i64,
    /// The appid of the account that authorized the platform (`AuthorizerAppid`).
    pub authorizer_appid: String,
    /// Exchanged with `api_query_auth` for the authorizer's tokens.
    pub authorization_code: Secret,
    /// When the authorization code expires, as a Unix timestamp (`AuthorizationCodeExpiredTime`).
    pub authorization_code_expired_time: i64,
    /// The pre-authorization code used to authorize (`PreAuthCode`), when present.
    pub pre_auth_code: Option<Secret>,
}

impl ComponentEvent {
    /// Reads a decrypted push.
    pub fn parse(plaintext: &str) -> Result<Self, CryptError> {
        let fields = xml::tree(plaintext)?;
        let info_type = required(&fields, "InfoType")?;
        let number = |name: &'static str| -> Result<i64, CryptError> {
            required(&fields, name)?
                .trim()
                .parse()
                .map_err(|_| CryptError::MalformedXml(format!("`{name}` is not a number")))
        };
        let text = |name: &'static str| required(&fields, name).map(str::to_owned);
        Ok(match info_type {
            "component_verify_ticket" => ComponentEvent::VerifyTicket {
                component_appid: text("AppId")?,
                create_time: number("CreateTime")?,
                ticket: Secret::from(required(&fields, "ComponentVerifyTicket")?),
            },
            "authorized" | "updateauthorized" => {
                let authorization = Authorization {
                    component_appid: text("AppId")?,
                    create_time: number("CreateTime")?,
                    authorizer_appid: text("AuthorizerAppid")?,
                    authorization_code: Secret::from(required(&fields, "AuthorizationCode")?),
                    authorization_code_expired_time: number("AuthorizationCodeExpiredTime")?,
                    pre_auth_code: xml::field(&fields, "PreAuthCode").map(Secret::from),
                };
                if info_type == "authorized" {
                    ComponentEvent::Authorized(authorization)
                } else {
                    ComponentEvent::UpdateAuthorized(authorization)
                }
            }
            "unauthorized" => ComponentEvent::Unauthorized {
                component_appid: text("AppId")?,
                create_time: number("CreateTime")?,
                authorizer_appid: text("AuthorizerAppid")?,
            },
            other => ComponentEvent::Other {
                info_type: other.to_owned(),
                create_time: xml::field(&fields, "CreateTime").and_then(|t| t.trim().parse().ok()),
                xml: plaintext.to_owned(),
            },
        })
    }

    /// The InfoType.
    pub fn info_type(&self) -> &str {
        match self {
            ComponentEvent::VerifyTicket { .. } => "component_verify_ticket",
            ComponentEvent::Authorized(_) => "authorized",
            ComponentEvent::UpdateAuthorized(_) => "updateauthorized",
            ComponentEvent::Unauthorized { .. } => "unauthorized",
            ComponentEvent::Other { info_type, .. } => info_type,
        }
    }

    /// What identifies a push across WeChat's re-sends (same InfoType, time and subject).
    pub(crate) fn dedup_id(&self) -> String {
        match self {
            // Two tickets pushed within one second are two events (the newer one is the valid one);
            // the key holds a one-way digest of the ticket, never the ticket.
            ComponentEvent::VerifyTicket { create_time, ticket, .. } => {
                format!("component_verify_ticket:{create_time}:{}", digest(ticket.expose()))
            }
            ComponentEvent::Authorized(a) | ComponentEvent::UpdateAuthorized(a) => {
                format!("{}:{}:{}", self.info_type(), a.create_time, a.authorizer_appid)
            }
            ComponentEvent::Unauthorized { create_time, authorizer_appid, .. } => {
                format!("unauthorized:{create_time}:{authorizer_appid}")
            }
            ComponentEvent::Other { info_type, create_time, xml } => match create_time {
                Some(time) => format!("{info_type}:{time}:{}", digest(xml)),
                None => format!("{info_type}:{}", digest(xml)),
            },
        }
    }
}

/// A short, stable digest for de-duplication keys.
fn digest(text: &str) -> String {
    use sha1::Digest;
    hex::encode(&sha1::Sha1::digest(text.as_bytes())[..8])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_tickets_in_one_second_are_two_events() {
        let ticket = |value: &str| {
            ComponentEvent::parse(&format!(
                "<xml><AppId>wxc</AppId><CreateTime>1413192605</CreateTime><InfoType>component_verify_ticket</InfoType>\
                 <ComponentVerifyTicket>{value}</ComponentVerifyTicket></xml>"
            ))
            .unwrap()
        };
        let (first, second) = (ticket("ticket@@@one"), ticket("ticket@@@two"));
        assert_ne!(first.dedup_id(), second.dedup_id());
        assert_eq!(first.dedup_id(), ticket("ticket@@@one").dedup_id());
        assert!(!first.dedup_id().contains("ticket@@@"), "the key never holds the ticket");
    }

    #[test]
    fn documented_info_types_are_typed() {
        let ticket = ComponentEvent::parse(
            "<xml><AppId>wxc</AppId><CreateTime>1413192605</CreateTime><InfoType>component_verify_ticket</InfoType>\
             <ComponentVerifyTicket>ticket@@@x</ComponentVerifyTicket></xml>",
        )
        .unwrap();
        assert_eq!(
            ticket,
            ComponentEvent::VerifyTicket {
                component_appid: "wxc".into(),
                create_time: 1413192605,
                ticket: Secret::from("ticket@@@x")
            }
        );
        let authorized = ComponentEvent::parse(
            "<xml><AppId>wxc</AppId><CreateTime>1413192760</CreateTime><InfoType>updateauthorized</InfoType>\
             <AuthorizerAppid>wxm</AuthorizerAppid><AuthorizationCode>code</AuthorizationCode>\
             <AuthorizationCodeExpiredTime>1413196360</AuthorizationCodeExpiredTime><PreAuthCode>pre</PreAuthCode></xml>",
        )
        .unwrap();
        let ComponentEvent::UpdateAuthorized(a) = &authorized else { panic!("{authorized:?}") };
        assert_eq!((a.authorizer_appid.as_str(), a.authorization_code.expose()), ("wxm", "code"));
        assert_eq!(authorized.dedup_id(), "updateauthorized:1413192760:wxm");
    }

    #[test]
    fn unknown_info_types_are_kept_whole() {
        let xml = "<xml><AppId>wxc</AppId><CreateTime>1</CreateTime><InfoType>notify_third_fasteregister</InfoType><x>1</x></xml>";
        let event = ComponentEvent::parse(xml).unwrap();
        assert_eq!(
            event,
            ComponentEvent::Other {
                info_type: "notify_third_fasteregister".into(),
                create_time: Some(1),
                xml: xml.into()
            }
        );
    }

    #[test]
    fn missing_and_malformed_fields_are_errors() {
        assert_eq!(
            ComponentEvent::parse("<xml><AppId>wxc</AppId></xml>"),
            Err(CryptError::MissingField("InfoType"))
        );
        let no_ticket = "<xml><AppId>a</AppId><CreateTime>1</CreateTime><InfoType>component_verify_ticket</InfoType></xml>";
        assert_eq!(ComponentEvent::parse(no_ticket), Err(CryptError::MissingField("ComponentVerifyTicket")));
        let bad_time = "<xml><AppId>a</AppId><CreateTime>x</CreateTime><InfoType>unauthorized</InfoType><AuthorizerAppid>b</AuthorizerAppid></xml>";
        assert!(matches!(ComponentEvent::parse(bad_time), Err(CryptError::MalformedXml(_))));
    }
}
