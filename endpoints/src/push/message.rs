//! What arrives on the message-and-event URL: the authorizers' users' messages and the events of
//! their accounts, typed where the official pages document them, and every field kept as received.
//!
//! Pages: Official Account messages
//! (<https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html>),
//! events (<https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_event_pushes.html>),
//! menu events (<https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Custom_Menu_Push_Events.html>),
//! Mini Program code audit results
//! (<https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/audit_event.html>).

use serde_json::{Map, Value};

use super::fields::Fields;
use super::PushError;

/// The body format the push came in: XML (every third-party platform push), or JSON (a Mini
/// Program's own push URL, where it chose JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PushFormat {
    /// `<xml>...</xml>`.
    Xml,
    /// `{...}`.
    Json,
}

/// One decrypted push for an authorizer.
#[derive(Clone, Debug, PartialEq)]
pub struct Push {
    /// The authorizer the push is for: the appid WeChat put in the URL (`$APPID$`).
    pub authorizer_appid: String,
    /// The account's original ID (`ToUserName`, `gh_...`): the sender of any reply.
    pub to_user_name: String,
    /// The user's openid, or a system account for events (`FromUserName`): the reply's recipient.
    pub from_user_name: String,
    /// When WeChat created the push, Unix seconds (`CreateTime`).
    pub create_time: i64,
    /// A message's ID (`MsgId`), the key WeChat's retries share.
    pub msg_id: Option<u64>,
    /// What was pushed.
    pub kind: PushKind,
    /// Every field as received (nested elements as objects, repeated ones as arrays), for what this
    /// version does not type.
    pub fields: Map<String, Value>,
    /// The body format.
    pub format: PushFormat,
}

/// A user's message or an account's event.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum PushKind {
    /// A user's message (`MsgType` other than `event`).
    Message(Message),
    /// An event (`MsgType` `event`).
    Event(Event),
}

/// A user's message to an Official Account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Message {
    /// `text`.
    Text {
        /// `Content`.
        content: String,
    },
    /// `image`.
    Image {
        /// The picture's URL (`PicUrl`).
        pic_url: String,
        /// Downloadable with the media API (`MediaId`).
        media_id: String,
    },
    /// `voice`.
    Voice {
        /// `MediaId`.
        media_id: String,
        /// The audio format, e.g. `amr` (`Format`).
        format: String,
        /// The recognised text, where the account turned recognition on (`Recognition`).
        recognition: Option<String>,
    },
    /// `video`.
    Video {
        /// `MediaId`.
        media_id: String,
        /// The thumbnail's media ID (`ThumbMediaId`).
        thumb_media_id: String,
    },
    /// `shortvideo`.
    ShortVideo {
        /// `MediaId`.
        media_id: String,
        /// The thumbnail's media ID (`ThumbMediaId`).
        thumb_media_id: String,
    },
    /// `location`.
    Location {
        /// Latitude (`Location_X`).
        latitude: f64,
        /// Longitude (`Location_Y`).
        longitude: f64,
        /// The map's zoom (`Scale`).
        scale: i64,
        /// The place, in words (`Label`).
        label: String,
    },
    /// `link`.
    Link {
        /// `Title`.
        title: String,
        /// `Description`.
        description: String,
        /// `Url`.
        url: String,
    },
    /// A message type this version does not type; its fields are in [`Push::fields`].
    Other {
        /// `MsgType`.
        msg_type: String,
    },
}

/// A scan of the scan-code menu buttons (`ScanCodeInfo`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScanCode {
    /// The menu button's key (`EventKey`).
    pub event_key: String,
    /// `qrcode`, `barcode`... (`ScanType`).
    pub scan_type: String,
    /// What the code says (`ScanResult`).
    pub scan_result: String,
}

/// Pictures sent through a picture menu button (`SendPicsInfo`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PicturesSent {
    /// The menu button's key (`EventKey`).
    pub event_key: String,
    /// Each picture's MD5 (`PicList/item/PicMd5Sum`).
    pub pic_md5_sums: Vec<String>,
}

/// One template of a subscription-notification event (`List`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SubscribeChoice {
    /// `TemplateId`.
    pub template_id: String,
    /// `accept` or `reject` (`SubscribeStatusString`).
    pub status: String,
    /// Where the popup was: 1 a web page, 2 an article (`PopupScene`), for popup events.
    pub popup_scene: Option<i64>,
}

/// One subscription notification's delivery (`subscribe_msg_sent_event`'s `List`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SubscribeSent {
    /// `TemplateId`.
    pub template_id: String,
    /// The message's ID (`MsgID`).
    pub msg_id: String,
    /// 0 delivered (`ErrorCode`).
    pub error_code: i64,
    /// `success`, `fail:user refuse`... (`ErrorStatus`).
    pub error_status: String,
}

/// An event of an authorizer's account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// `subscribe`: a user followed; through a parametric QR code when `event_key` is
    /// `qrscene_...` and `ticket` is set.
    Subscribe {
        /// `EventKey`, e.g. `qrscene_123`.
        event_key: Option<String>,
        /// The QR code's ticket (`Ticket`).
        ticket: Option<String>,
    },
    /// `unsubscribe`: a user unfollowed (the page asks to delete the user's data).
    Unsubscribe,
    /// `SCAN`: a follower scanned a parametric QR code.
    Scan {
        /// The scene (`EventKey`).
        event_key: String,
        /// `Ticket`.
        ticket: String,
    },
    /// `LOCATION`: a follower's reported position.
    Location {
        /// `Latitude`.
        latitude: f64,
        /// `Longitude`.
        longitude: f64,
        /// `Precision`.
        precision: f64,
    },
    /// `CLICK`: a menu button.
    Click {
        /// The button's key (`EventKey`).
        event_key: String,
    },
    /// `VIEW`: a menu link.
    View {
        /// The link (`EventKey`).
        url: String,
        /// The menu's ID, for personalised menus (`MenuId`).
        menu_id: Option<String>,
    },
    /// `scancode_push`.
    ScancodePush(ScanCode),
    /// `scancode_waitmsg`.
    ScancodeWaitmsg(ScanCode),
    /// `pic_sysphoto`.
    PicSysphoto(PicturesSent),
    /// `pic_photo_or_album`.
    PicPhotoOrAlbum(PicturesSent),
    /// `pic_weixin`.
    PicWeixin(PicturesSent),
    /// `location_select`.
    LocationSelect {
        /// The menu button's key (`EventKey`).
        event_key: String,
        /// Latitude (`Location_X`).
        latitude: f64,
        /// Longitude (`Location_Y`).
        longitude: f64,
        /// `Scale`.
        scale: i64,
        /// `Label`.
        label: String,
        /// The place's name (`Poiname`).
        poiname: Option<String>,
    },
    /// `view_miniprogram`: a menu button opened a Mini Program.
    ViewMiniprogram {
        /// The page path (`EventKey`).
        page_path: String,
        /// `MenuId`.
        menu_id: Option<String>,
    },
    /// `TEMPLATESENDJOBFINISH`: a template message's delivery.
    TemplateSendJobFinish {
        /// The `msgid` the send returned (`MsgID`).
        msg_id: i64,
        /// `success`, `failed:user block`, `failed: system failed` (`Status`).
        status: String,
    },
    /// `MASSSENDJOBFINISH`: a mass send finished (figures are approximate, per the page).
    MassSendJobFinish {
        /// `MsgID`.
        msg_id: i64,
        /// `send success`, `send fail`, `err(num)` (`Status`).
        status: String,
        /// `TotalCount`.
        total_count: i64,
        /// Sent after filtering (`FilterCount`).
        filter_count: i64,
        /// `SentCount`.
        sent_count: i64,
        /// `ErrorCount`.
        error_count: i64,
    },
    /// `PUBLISHJOBFINISH`: a publication finished.
    PublishJobFinish {
        /// `PublishEventInfo/publish_id`.
        publish_id: String,
        /// 0 published, others failed (`publish_status`).
        publish_status: i64,
        /// The article's ID once published (`article_id`).
        article_id: Option<String>,
    },
    /// `subscribe_msg_popup_event`: a user answered a subscription popup.
    SubscribeMsgPopup(Vec<SubscribeChoice>),
    /// `subscribe_msg_change_event`: a user declined notifications in the settings.
    SubscribeMsgChange(Vec<SubscribeChoice>),
    /// `subscribe_msg_sent_event`: subscription notifications' delivery.
    SubscribeMsgSent(Vec<SubscribeSent>),
    /// `weapp_audit_success`: a submitted Mini Program version passed review.
    WeappAuditSuccess {
        /// `SuccTime`.
        succ_time: i64,
    },
    /// `weapp_audit_fail`: the review refused it.
    WeappAuditFail {
        /// Why (`Reason`, with `<br>` separators as sent).
        reason: String,
        /// `FailTime`.
        fail_time: i64,
        /// Media IDs of example screenshots (`ScreenShot`, `|`-separated).
        screenshots: Vec<String>,
    },
    /// `weapp_audit_delay`: the review is delayed.
    WeappAuditDelay {
        /// `Reason`.
        reason: String,
        /// `DelayTime`.
        delay_time: i64,
    },
    /// `wxa_nickname_audit`: a Mini Program name change was reviewed.
    NicknameAudit {
        /// 2 refused, 3 approved (`ret`).
        ret: i64,
        /// `nickname`.
        nickname: String,
        /// Why it was refused (`reason`).
        reason: String,
    },
    /// `wxa_category_audit`: a category was reviewed.
    CategoryAudit {
        /// 2 refused, 3 approved (`ret`).
        ret: i64,
        /// The first-level category ID (`first`).
        first: String,
        /// The second-level category ID (`second`).
        second: String,
        /// Why it was refused (`reason`).
        reason: String,
    },
    /// An event this version does not type; its fields are in [`Push::fields`].
    Other {
        /// `Event`.
        event: String,
    },
}

impl Push {
    /// Reads a decrypted push for `authorizer_appid`. Only the envelope (`ToUserName`,
    /// `FromUserName`, `CreateTime`, `MsgType`) is required: a type or field this version does not
    /// know is kept, never an error.
    pub fn parse(authorizer_appid: &str, plaintext: &str) -> Result<Push, PushError> {
        let (fields, format) = if plaintext.trim_start().starts_with('{') {
            match serde_json::from_str(plaintext) {
                Ok(Value::Object(fields)) => (fields, PushFormat::Json),
                _ => return Err(PushError::Malformed("the JSON push is not an object".into())),
            }
        } else {
            let fields =
                wx_runtime::callback::xml_tree(plaintext).map_err(|e| PushError::Malformed(e.to_string()))?;
            (fields, PushFormat::Xml)
        };
        let f = Fields(&fields);
        let required = |name: &'static str| f.text(name).ok_or(PushError::MissingField(name));
        let to_user_name = required("ToUserName")?;
        let from_user_name = required("FromUserName")?;
        let create_time = f.int("CreateTime").ok_or(PushError::MissingField("CreateTime"))?;
        let msg_type = required("MsgType")?;
        let kind = match msg_type.as_str() {
            "event" => PushKind::Event(Event::read(f, &required("Event")?)),
            other => PushKind::Message(Message::read(f, other)),
        };
        let msg_id = f.text("MsgId").and_then(|id| id.trim().parse().ok());
        Ok(Push {
            authorizer_appid: authorizer_appid.to_owned(),
            to_user_name,
            from_user_name,
            create_time,
            msg_id,
            kind,
            fields,
            format,
        })
    }

    /// The key WeChat's retries of this push share: the message's `MsgId`, or sender, time and
    /// event for events (as the pages advise).
    pub fn dedup_id(&self) -> String {
        match (&self.kind, self.msg_id) {
            (PushKind::Message(_), Some(msg_id)) => format!("push:{}:msg:{msg_id}", self.authorizer_appid),
            (PushKind::Event(event), _) => format!(
                "push:{}:event:{}:{}:{}",
                self.authorizer_appid,
                self.from_user_name,
                self.create_time,
                event.name()
            ),
            (PushKind::Message(_), None) => {
                format!("push:{}:msg:{}:{}", self.authorizer_appid, self.from_user_name, self.create_time)
            }
        }
    }
}

impl Message {
    fn read(f: Fields<'_>, msg_type: &str) -> Message {
        match msg_type {
            "text" => Message::Text { content: f.string("Content") },
            "image" => Message::Image { pic_url: f.string("PicUrl"), media_id: f.string("MediaId") },
            "voice" => Message::Voice {
                media_id: f.string("MediaId"),
                format: f.string("Format"),
                recognition: f.text("Recognition"),
            },
            "video" => {
                Message::Video { media_id: f.string("MediaId"), thumb_media_id: f.string("ThumbMediaId") }
            }
            "shortvideo" => Message::ShortVideo {
                media_id: f.string("MediaId"),
                thumb_media_id: f.string("ThumbMediaId"),
            },
            "location" => Message::Location {
                latitude: f.float("Location_X").unwrap_or_default(),
                longitude: f.float("Location_Y").unwrap_or_default(),
                scale: f.int("Scale").unwrap_or_default(),
                label: f.string("Label"),
            },
            "link" => Message::Link {
                title: f.string("Title"),
                description: f.string("Description"),
                url: f.string("Url"),
            },
            other => Message::Other { msg_type: other.to_owned() },
        }
    }
}

impl Event {
    fn read(f: Fields<'_>, event: &str) -> Event {
        let scan = || {
            let info = f.object("ScanCodeInfo");
            ScanCode {
                event_key: f.string("EventKey"),
                scan_type: info.map(|i| i.string("ScanType")).unwrap_or_default(),
                scan_result: info.map(|i| i.string("ScanResult")).unwrap_or_default(),
            }
        };
        let pictures = || PicturesSent {
            event_key: f.string("EventKey"),
            pic_md5_sums: f
                .object("SendPicsInfo")
                .and_then(|info| info.object("PicList"))
                .map(|list| list.list("item").into_iter().map(|item| item.string("PicMd5Sum")).collect())
                .unwrap_or_default(),
        };
        let choices = |wrapper: &str| {
            f.object(wrapper)
                .map(|w| w.list("List"))
                .unwrap_or_default()
                .into_iter()
                .map(|item| SubscribeChoice {
                    template_id: item.string("TemplateId"),
                    status: item.string("SubscribeStatusString"),
                    popup_scene: item.int("PopupScene"),
                })
                .collect()
        };
        // Event names are upper case for the older events and lower case for the newer; WeChat has
        // sent both spellings of some (`subscribe`, `SCAN`), so they are matched case-insensitively.
        match event.to_ascii_lowercase().as_str() {
            "subscribe" => Event::Subscribe {
                event_key: f.text("EventKey").filter(|key| !key.is_empty()),
                ticket: f.text("Ticket").filter(|ticket| !ticket.is_empty()),
            },
            "unsubscribe" => Event::Unsubscribe,
            "scan" => Event::Scan { event_key: f.string("EventKey"), ticket: f.string("Ticket") },
            "location" => Event::Location {
                latitude: f.float("Latitude").unwrap_or_default(),
                longitude: f.float("Longitude").unwrap_or_default(),
                precision: f.float("Precision").unwrap_or_default(),
            },
            "click" => Event::Click { event_key: f.string("EventKey") },
            "view" => Event::View {
                url: f.string("EventKey"),
                menu_id: f.text("MenuId").or_else(|| f.text("MenuID")),
            },
            "scancode_push" => Event::ScancodePush(scan()),
            "scancode_waitmsg" => Event::ScancodeWaitmsg(scan()),
            "pic_sysphoto" => Event::PicSysphoto(pictures()),
            "pic_photo_or_album" => Event::PicPhotoOrAlbum(pictures()),
            "pic_weixin" => Event::PicWeixin(pictures()),
            "location_select" => {
                let info = f.object("SendLocationInfo");
                let text = |name| info.map(|i| i.string(name)).unwrap_or_default();
                Event::LocationSelect {
                    event_key: f.string("EventKey"),
                    latitude: info.and_then(|i| i.float("Location_X")).unwrap_or_default(),
                    longitude: info.and_then(|i| i.float("Location_Y")).unwrap_or_default(),
                    scale: info.and_then(|i| i.int("Scale")).unwrap_or_default(),
                    label: text("Label"),
                    poiname: info.and_then(|i| i.text("Poiname")),
                }
            }
            "view_miniprogram" => Event::ViewMiniprogram {
                page_path: f.string("EventKey"),
                menu_id: f.text("MenuId").or_else(|| f.text("MenuID")),
            },
            "templatesendjobfinish" => Event::TemplateSendJobFinish {
                msg_id: f.int("MsgID").unwrap_or_default(),
                status: f.string("Status"),
            },
            "masssendjobfinish" => Event::MassSendJobFinish {
                msg_id: f.int("MsgID").unwrap_or_default(),
                status: f.string("Status"),
                total_count: f.int("TotalCount").unwrap_or_default(),
                filter_count: f.int("FilterCount").unwrap_or_default(),
                sent_count: f.int("SentCount").unwrap_or_default(),
                error_count: f.int("ErrorCount").unwrap_or_default(),
            },
            "publishjobfinish" => {
                let info = f.object("PublishEventInfo");
                Event::PublishJobFinish {
                    publish_id: info.map(|i| i.string("publish_id")).unwrap_or_default(),
                    publish_status: info.and_then(|i| i.int("publish_status")).unwrap_or(-1),
                    article_id: info.and_then(|i| i.text("article_id")),
                }
            }
            "subscribe_msg_popup_event" => Event::SubscribeMsgPopup(choices("SubscribeMsgPopupEvent")),
            "subscribe_msg_change_event" => Event::SubscribeMsgChange(choices("SubscribeMsgChangeEvent")),
            "subscribe_msg_sent_event" => Event::SubscribeMsgSent(
                f.object("SubscribeMsgSentEvent")
                    .map(|w| w.list("List"))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|item| SubscribeSent {
                        template_id: item.string("TemplateId"),
                        msg_id: item.string("MsgID"),
                        error_code: item.int("ErrorCode").unwrap_or_default(),
                        error_status: item.string("ErrorStatus"),
                    })
                    .collect(),
            ),
            "weapp_audit_success" => {
                Event::WeappAuditSuccess { succ_time: f.int("SuccTime").unwrap_or_default() }
            }
            "weapp_audit_fail" => Event::WeappAuditFail {
                reason: f.string("Reason"),
                fail_time: f.int("FailTime").unwrap_or_default(),
                screenshots: f
                    .text("ScreenShot")
                    .map(|shots| shots.split('|').filter(|s| !s.is_empty()).map(str::to_owned).collect())
                    .unwrap_or_default(),
            },
            "weapp_audit_delay" => Event::WeappAuditDelay {
                reason: f.string("Reason"),
                delay_time: f.int("DelayTime").unwrap_or_default(),
            },
            "wxa_nickname_audit" => Event::NicknameAudit {
                ret: f.int("ret").unwrap_or_default(),
                nickname: f.string("nickname"),
                reason: f.string("reason"),
            },
            "wxa_category_audit" => Event::CategoryAudit {
                ret: f.int("ret").unwrap_or_default(),
                first: f.string("first"),
                second: f.string("second"),
                reason: f.string("reason"),
            },
            _ => Event::Other { event: event.to_owned() },
        }
    }

    /// The event's name as WeChat spells it (`Event`).
    pub fn name(&self) -> &str {
        match self {
            Event::Subscribe { .. } => "subscribe",
            Event::Unsubscribe => "unsubscribe",
            Event::Scan { .. } => "SCAN",
            Event::Location { .. } => "LOCATION",
            Event::Click { .. } => "CLICK",
            Event::View { .. } => "VIEW",
            Event::ScancodePush(_) => "scancode_push",
            Event::ScancodeWaitmsg(_) => "scancode_waitmsg",
            Event::PicSysphoto(_) => "pic_sysphoto",
            Event::PicPhotoOrAlbum(_) => "pic_photo_or_album",
            Event::PicWeixin(_) => "pic_weixin",
            Event::LocationSelect { .. } => "location_select",
            Event::ViewMiniprogram { .. } => "view_miniprogram",
            Event::TemplateSendJobFinish { .. } => "TEMPLATESENDJOBFINISH",
            Event::MassSendJobFinish { .. } => "MASSSENDJOBFINISH",
            Event::PublishJobFinish { .. } => "PUBLISHJOBFINISH",
            Event::SubscribeMsgPopup(_) => "subscribe_msg_popup_event",
            Event::SubscribeMsgChange(_) => "subscribe_msg_change_event",
            Event::SubscribeMsgSent(_) => "subscribe_msg_sent_event",
            Event::WeappAuditSuccess { .. } => "weapp_audit_success",
            Event::WeappAuditFail { .. } => "weapp_audit_fail",
            Event::WeappAuditDelay { .. } => "weapp_audit_delay",
            Event::NicknameAudit { .. } => "wxa_nickname_audit",
            Event::CategoryAudit { .. } => "wxa_category_audit",
            Event::Other { event } => event,
        }
    }
}
