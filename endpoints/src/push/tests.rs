//! The official pages' samples, parsed; the page's worked encryption example, opened; replies
//! rendered and read back.

use super::*;
use crate::callback::{CallbackQuery, MsgCrypt};
use crate::token::ManualClock;
use crate::Client;

fn parse(xml: &str) -> Push {
    Push::parse("wxauthorizer", xml).unwrap()
}

fn event(xml: &str) -> Event {
    match parse(xml).kind {
        PushKind::Event(event) => event,
        other => panic!("not an event: {other:?}"),
    }
}

fn message(xml: &str) -> Message {
    match parse(xml).kind {
        PushKind::Message(message) => message,
        other => panic!("not a message: {other:?}"),
    }
}

fn envelope(body: &str) -> String {
    format!(
        "<xml><ToUserName><![CDATA[gh_fb9688c2a4b2]]></ToUserName><FromUserName><![CDATA[od1P50M-fNQI5Gcq-trm4a7apsU8]]></FromUserName><CreateTime>1488856741</CreateTime>{body}</xml>"
    )
}

/// Receiving_standard_messages.html: the text sample, with `MsgDataId` and `Idx` as printed.
#[test]
fn text_message() {
    let xml = "<xml>\n  <ToUserName><![CDATA[toUser]]></ToUserName>\n  <FromUserName><![CDATA[fromUser]]></FromUserName>\n  <CreateTime>1348831860</CreateTime>\n  <MsgType><![CDATA[text]]></MsgType>\n  <Content><![CDATA[this is a test]]></Content>\n  <MsgId>1234567890123456</MsgId>\n  <MsgDataId>xxxx</MsgDataId>\n  <Idx>xxxx</Idx>\n</xml>";
    let push = parse(xml);
    assert_eq!(
        (push.to_user_name.as_str(), push.from_user_name.as_str(), push.create_time),
        ("toUser", "fromUser", 1348831860)
    );
    assert_eq!(push.msg_id, Some(1234567890123456));
    assert_eq!(push.kind, PushKind::Message(Message::Text { content: "this is a test".into() }));
    assert_eq!(push.fields["MsgDataId"], "xxxx", "fields the types leave out are kept");
    assert_eq!(push.dedup_id(), "push:wxauthorizer:msg:1234567890123456");
}

#[test]
fn media_location_and_link_messages() {
    let image = envelope("<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[this is a url]]></PicUrl><MediaId><![CDATA[media_id]]></MediaId><MsgId>1234567890123456</MsgId>");
    assert_eq!(
        message(&image),
        Message::Image { pic_url: "this is a url".into(), media_id: "media_id".into() }
    );
    let voice = envelope("<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[media_id]]></MediaId><Format><![CDATA[Format]]></Format><Recognition><![CDATA[腾讯微信团队]]></Recognition><MsgId>1234567890123456</MsgId>");
    assert_eq!(
        message(&voice),
        Message::Voice {
            media_id: "media_id".into(),
            format: "Format".into(),
            recognition: Some("腾讯微信团队".into())
        }
    );
    let video = envelope("<MsgType><![CDATA[shortvideo]]></MsgType><MediaId><![CDATA[media_id]]></MediaId><ThumbMediaId><![CDATA[thumb_media_id]]></ThumbMediaId><MsgId>1234567890123456</MsgId>");
    assert_eq!(
        message(&video),
        Message::ShortVideo { media_id: "media_id".into(), thumb_media_id: "thumb_media_id".into() }
    );
    let location = envelope("<MsgType><![CDATA[location]]></MsgType><Location_X>23.134521</Location_X><Location_Y>113.358803</Location_Y><Scale>20</Scale><Label><![CDATA[位置信息]]></Label><MsgId>1234567890123456</MsgId>");
    assert_eq!(
        message(&location),
        Message::Location {
            latitude: 23.134521, longitude: 113.358803, scale: 20, label: "位置信息".into()
        }
    );
    let link = envelope("<MsgType><![CDATA[link]]></MsgType><Title><![CDATA[公众平台官网链接]]></Title><Description><![CDATA[公众平台官网链接]]></Description><Url><![CDATA[url]]></Url><MsgId>1234567890123456</MsgId>");
    assert!(matches!(message(&link), Message::Link { url, .. } if url == "url"));
    let unknown = envelope("<MsgType><![CDATA[hologram]]></MsgType><MsgId>1</MsgId>");
    assert_eq!(message(&unknown), Message::Other { msg_type: "hologram".into() });
}

#[test]
fn follow_scan_location_and_menu_events() {
    let subscribe = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>");
    assert_eq!(event(&subscribe), Event::Subscribe { event_key: None, ticket: None });
    let by_qr = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[qrscene_123123]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>");
    assert_eq!(
        event(&by_qr),
        Event::Subscribe { event_key: Some("qrscene_123123".into()), ticket: Some("TICKET".into()) }
    );
    let scan = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[SCAN]]></Event><EventKey><![CDATA[SCENE_VALUE]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket>");
    assert_eq!(event(&scan), Event::Scan { event_key: "SCENE_VALUE".into(), ticket: "TICKET".into() });
    let location = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[LOCATION]]></Event><Latitude>23.137466</Latitude><Longitude>113.352425</Longitude><Precision>119.385040</Precision>");
    assert_eq!(
        event(&location),
        Event::Location { latitude: 23.137466, longitude: 113.352425, precision: 119.38504 }
    );
    let view = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[VIEW]]></Event><EventKey><![CDATA[www.qq.com]]></EventKey><MenuId>MENUID</MenuId>");
    assert_eq!(event(&view), Event::View { url: "www.qq.com".into(), menu_id: Some("MENUID".into()) });
    let scancode = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[scancode_push]]></Event><EventKey><![CDATA[6]]></EventKey><ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType><ScanResult><![CDATA[1]]></ScanResult></ScanCodeInfo>");
    assert_eq!(
        event(&scancode),
        Event::ScancodePush(ScanCode {
            event_key: "6".into(),
            scan_type: "qrcode".into(),
            scan_result: "1".into()
        })
    );
    let pictures = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[pic_weixin]]></Event><EventKey><![CDATA[6]]></EventKey><SendPicsInfo><Count>1</Count><PicList><item><PicMd5Sum><![CDATA[5a75aaca956d97be686719218f275c6b]]></PicMd5Sum></item></PicList></SendPicsInfo>");
    assert_eq!(
        event(&pictures),
        Event::PicWeixin(PicturesSent {
            event_key: "6".into(),
            pic_md5_sums: vec!["5a75aaca956d97be686719218f275c6b".into()]
        })
    );
    let select = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[location_select]]></Event><EventKey><![CDATA[6]]></EventKey><SendLocationInfo><Location_X><![CDATA[23]]></Location_X><Location_Y><![CDATA[113]]></Location_Y><Scale><![CDATA[15]]></Scale><Label><![CDATA[ 广州市海珠区客村艺苑路 106号]]></Label><Poiname><![CDATA[]]></Poiname></SendLocationInfo>");
    assert!(matches!(event(&select), Event::LocationSelect { latitude, scale: 15, .. } if latitude == 23.0));
}

#[test]
fn result_events() {
    let template = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>200163836</MsgID><Status><![CDATA[success]]></Status>");
    assert_eq!(
        event(&template),
        Event::TemplateSendJobFinish { msg_id: 200163836, status: "success".into() }
    );
    let mass = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[MASSSENDJOBFINISH]]></Event><MsgID>1000001625</MsgID><Status><![CDATA[err(30003)]]></Status><TotalCount>0</TotalCount><FilterCount>0</FilterCount><SentCount>0</SentCount><ErrorCount>0</ErrorCount><CopyrightCheckResult><Count>2</Count><CheckState>2</CheckState></CopyrightCheckResult>");
    assert!(
        matches!(event(&mass), Event::MassSendJobFinish { msg_id: 1000001625, ref status, .. } if status == "err(30003)")
    );
    let publish = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo><publish_id>2247503051</publish_id><publish_status>2</publish_status><fail_idx>1</fail_idx><fail_idx>2</fail_idx></PublishEventInfo>");
    let push = parse(&publish);
    assert_eq!(
        push.kind,
        PushKind::Event(Event::PublishJobFinish {
            publish_id: "2247503051".into(),
            publish_status: 2,
            article_id: None
        })
    );
    assert_eq!(push.fields["PublishEventInfo"]["fail_idx"], serde_json::json!(["1", "2"]));
    let popup = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe_msg_popup_event]]></Event><SubscribeMsgPopupEvent><List><TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId><SubscribeStatusString><![CDATA[accept]]></SubscribeStatusString><PopupScene>2</PopupScene></List><List><TemplateId><![CDATA[9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI]]></TemplateId><SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString><PopupScene>2</PopupScene></List></SubscribeMsgPopupEvent>");
    let Event::SubscribeMsgPopup(choices) = event(&popup) else { panic!() };
    assert_eq!(choices.iter().map(|c| c.status.as_str()).collect::<Vec<_>>(), ["accept", "reject"]);
    assert_eq!(choices[0].popup_scene, Some(2));
}

/// The rest of the documented types, one sample each (menu page, message page, subscription
/// notifications).
#[test]
fn every_other_documented_type() {
    let video = "<xml>\n<ToUserName><![CDATA[toUser]]></ToUserName>\n<FromUserName><![CDATA[fromUser]]></FromUserName>\n<CreateTime>1357290913</CreateTime>\n<MsgType><![CDATA[video]]></MsgType>\n<MediaId><![CDATA[media_id]]></MediaId>\n<ThumbMediaId><![CDATA[thumb_media_id]]></ThumbMediaId>\n<MsgId>1234567890123456</MsgId>\n</xml>";
    assert_eq!(
        message(video),
        Message::Video { media_id: "media_id".into(), thumb_media_id: "thumb_media_id".into() }
    );
    let click = "<xml>\n<ToUserName><![CDATA[toUser]]></ToUserName>\n<FromUserName><![CDATA[FromUser]]></FromUserName>\n<CreateTime>123456789</CreateTime>\n<MsgType><![CDATA[event]]></MsgType>\n<Event><![CDATA[CLICK]]></Event>\n<EventKey><![CDATA[EVENTKEY]]></EventKey>\n</xml>";
    let push = parse(click);
    assert_eq!(push.kind, PushKind::Event(Event::Click { event_key: "EVENTKEY".into() }));
    assert_eq!(push.dedup_id(), "push:wxauthorizer:event:FromUser:123456789:CLICK");
    let unsubscribe = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[unsubscribe]]></Event>");
    assert_eq!(event(&unsubscribe), Event::Unsubscribe);
    let waitmsg = "<xml><ToUserName><![CDATA[gh_e136c6e50636]]></ToUserName>\n<FromUserName><![CDATA[oMgHVjngRipVsoxg6TuX3vz6glDg]]></FromUserName>\n<CreateTime>1408090606</CreateTime>\n<MsgType><![CDATA[event]]></MsgType>\n<Event><![CDATA[scancode_waitmsg]]></Event>\n<EventKey><![CDATA[6]]></EventKey>\n<ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType>\n<ScanResult><![CDATA[2]]></ScanResult>\n</ScanCodeInfo>\n</xml>";
    assert_eq!(
        event(waitmsg),
        Event::ScancodeWaitmsg(ScanCode {
            event_key: "6".into(),
            scan_type: "qrcode".into(),
            scan_result: "2".into()
        })
    );
    for (name, expected) in [("pic_sysphoto", 1), ("pic_photo_or_album", 2)] {
        let photos = envelope(&format!("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{name}]]></Event><EventKey><![CDATA[6]]></EventKey><SendPicsInfo><Count>{expected}</Count><PicList><item><PicMd5Sum><![CDATA[1b5f7c23b5bf75682a53e7b6d163e185]]></PicMd5Sum></item>{}</PicList></SendPicsInfo>", if expected == 2 { "<item><PicMd5Sum><![CDATA[2b5f]]></PicMd5Sum></item>" } else { "" }));
        let (Event::PicSysphoto(sent) | Event::PicPhotoOrAlbum(sent)) = event(&photos) else {
            panic!("{name}")
        };
        assert_eq!(sent.pic_md5_sums.len(), expected, "{name}: one item or a list");
        assert_eq!(event(&photos).name(), name);
    }
    let miniprogram = "<xml>\n<ToUserName><![CDATA[toUser]]></ToUserName>\n<FromUserName><![CDATA[FromUser]]></FromUserName>\n<CreateTime>123456789</CreateTime>\n<MsgType><![CDATA[event]]></MsgType>\n<Event><![CDATA[view_miniprogram]]></Event>\n<EventKey><![CDATA[pages/index/index]]></EventKey>\n<MenuId>MENUID</MenuId>\n</xml>";
    assert_eq!(
        event(miniprogram),
        Event::ViewMiniprogram { page_path: "pages/index/index".into(), menu_id: Some("MENUID".into()) }
    );
    let change = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe_msg_change_event]]></Event><SubscribeMsgChangeEvent><List><TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId><SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString></List></SubscribeMsgChangeEvent>");
    let Event::SubscribeMsgChange(choices) = event(&change) else { panic!() };
    assert_eq!((choices.len(), choices[0].status.as_str(), choices[0].popup_scene), (1, "reject", None));
    let sent = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe_msg_sent_event]]></Event><SubscribeMsgSentEvent><List><TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId><MsgID>1700827132819554304</MsgID><ErrorCode>0</ErrorCode><ErrorStatus><![CDATA[success]]></ErrorStatus></List></SubscribeMsgSentEvent>");
    assert_eq!(
        event(&sent),
        Event::SubscribeMsgSent(vec![SubscribeSent {
            template_id: "VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc".into(),
            msg_id: "1700827132819554304".into(),
            error_code: 0,
            error_status: "success".into(),
        }])
    );
}

/// The code audit page's three samples, as printed (`ScreenShot` without CDATA, `<br>` in Reason).
#[test]
fn mini_program_review_results() {
    let success = "<xml>\n  <ToUserName><![CDATA[gh_fb9688c2a4b2]]></ToUserName>\n  <FromUserName><![CDATA[od1P50M-fNQI5Gcq-trm4a7apsU8]]></FromUserName>\n  <CreateTime>1488856741</CreateTime>\n  <MsgType><![CDATA[event]]></MsgType>\n  <Event><![CDATA[weapp_audit_success]]></Event>\n  <SuccTime>1488856741</SuccTime>\n</xml>";
    assert_eq!(event(success), Event::WeappAuditSuccess { succ_time: 1488856741 });
    let fail = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[weapp_audit_fail]]></Event><Reason><![CDATA[1:账号信息不符合规范:<br>(1):包含色情因素<br>]]></Reason><FailTime>1488856591</FailTime><ScreenShot>xxx|yyy|zzz</ScreenShot>");
    assert_eq!(
        event(&fail),
        Event::WeappAuditFail {
            reason: "1:账号信息不符合规范:<br>(1):包含色情因素<br>".into(),
            fail_time: 1488856591,
            screenshots: vec!["xxx".into(), "yyy".into(), "zzz".into()],
        }
    );
    let delay = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[weapp_audit_delay]]></Event><Reason><![CDATA[为了更好的服务小程序]]></Reason><DelayTime>1488856591</DelayTime>");
    assert_eq!(
        event(&delay),
        Event::WeappAuditDelay { reason: "为了更好的服务小程序".into(), delay_time: 1488856591 }
    );
    let nickname = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[wxa_nickname_audit]]></Event><ret>2</ret><nickname>昵称</nickname><reason>驳回原因</reason>");
    assert_eq!(
        event(&nickname),
        Event::NicknameAudit { ret: 2, nickname: "昵称".into(), reason: "驳回原因".into() }
    );
    // The category page's sample closes `<first>` with `</nickname>`: malformed as printed, so the
    // corrected form is tested, and the printed one is refused rather than misread.
    let category = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[wxa_category_audit]]></Event><ret>2</ret><first>一级类目id</first><second>二级类目id</second><reason>驳回原因</reason>");
    assert!(
        matches!(event(&category), Event::CategoryAudit { ret: 2, ref first, .. } if first == "一级类目id")
    );
    let printed = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[wxa_category_audit]]></Event><ret>2</ret><first>一级类目id</nickname>");
    assert!(Push::parse("wxauthorizer", &printed).is_err());
    let unknown = envelope("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[wxa_privacy_apply]]></Event><result_info><api_name>wx.chooseAddress</api_name></result_info>");
    let push = parse(&unknown);
    assert_eq!(push.kind, PushKind::Event(Event::Other { event: "wxa_privacy_apply".into() }));
    assert_eq!(push.fields["result_info"]["api_name"], "wx.chooseAddress");
}

#[test]
fn a_push_without_its_envelope_is_an_error() {
    assert!(matches!(
        Push::parse("wx", "<xml><MsgType>text</MsgType></xml>"),
        Err(PushError::MissingField("ToUserName"))
    ));
    assert!(Push::parse("wx", "not xml").is_err());
    assert!(Push::parse("wx", "[1, 2]").is_err());
}

fn handler_at(now_s: u64, crypt: MsgCrypt) -> PushHandler {
    let client = Client::builder()
        .wechat_base_url("http://127.0.0.1:9")
        .component("wx134c8103faa5a59e", "unused")
        .clock(ManualClock::new(now_s * 1000))
        .build()
        .unwrap();
    PushHandler::new(crypt, client)
}

/// message_push.html's worked example: token `AAAAA`, key 43 x `A`, the platform
/// `wx134c8103faa5a59e`, the Mini Program `wxba5fad812f8e6fb9`; the page's URL and body, opened.
#[tokio::test]
async fn the_pages_worked_example_opens() {
    let crypt = MsgCrypt::new("AAAAA", &"A".repeat(43), "wx134c8103faa5a59e").unwrap();
    let query = "signature=cc0c594499c1634947d5b502f158ee518947db27&timestamp=1715943329&nonce=1590219412&openid=o9AgO5Kd5ggOC-bXrbNODIiE3bGY&encrypt_type=aes&msg_signature=6c12a4205838198b8fa631b3220723bb07f1015c";
    let body = "<xml>\n    <ToUserName><![CDATA[gh_97417a04a28d]]></ToUserName>\n    <Encrypt><![CDATA[D7yzvUNAL930rd28wf21s4hvXhz0L6Uit/p2Di6C5DHyYGpEgdBRnKjBec34JwoQXicwaZC7fOVihW80F4VtsdvE//1vr7oAbqjDv8KenVp+ajKYpJnyQ4zMRhIC+a31fCVOMC03FfzV/QuC94kBP55a+Za3sJgvAn+ZbsNqZI5DkyuzkhQN8OBqCzFhizGmy0xpM0MEA4agpvE+RuNO1rhHTtuJB5yltw1FiYzecSXJ+y/D2r81VkRn2eYjh2ltsoyfbDR7Is6ookXIFxTfyeNyeHxMeT4KN5WpCDmSbTcUYrbBUlkGLJ9n/rU8YOywma6G7aTb7KZKOqCxgfoUlYEZPk4FUL/TK7ShriFDMVCLyjQJ15Ob++agDWtcxhfUfe6HIoIpRW8mKNBQiY/Jd1svvuskA1wLef1RTtzKfMpagSCX/laZINmdnX4zrF6kIaR9P4xQrWXbsTFHTYe0Mg==]]></Encrypt>\n</xml>";
    let handler = handler_at(1715943329, crypt);
    let push = handler.open("wxba5fad812f8e6fb9", &CallbackQuery::parse(query), body.as_bytes()).unwrap();
    assert_eq!(push.kind, PushKind::Event(Event::Other { event: "debug_demo".into() }));
    assert_eq!(push.fields["debug_str"], "hello world");
    assert_eq!((push.to_user_name.as_str(), push.create_time), ("gh_97417a04a28d", 1715943329));

    let late =
        handler_at(1715943329 + 301, MsgCrypt::new("AAAAA", &"A".repeat(43), "wx134c8103faa5a59e").unwrap());
    let reply =
        late.handle("wxba5fad812f8e6fb9", query, body.as_bytes(), |_| async { Answer::Nothing }).await;
    assert_eq!(reply.status, 403, "outside the replay window");
}

/// The Mini Program message-push page's JSON example (the Mini Program's own URL, where the receive
/// id is its appid).
#[test]
fn the_json_example_opens() {
    let crypt = MsgCrypt::new("AAAAA", &"A".repeat(43), "wxba5fad812f8e6fb9").unwrap();
    let query = "signature=6c5c811b55cc85e0e1b54100749188c20beb3f5d&timestamp=1714112445&nonce=415670741&openid=o9AgO5Kd5ggOC-bXrbNODIiE3bGY&encrypt_type=aes&msg_signature=046e02f8204d34f8ba5fa3b1db94908f3df2e9b3";
    let body = r#"{
    "ToUserName": "gh_97417a04a28d",
    "Encrypt": "+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04="
}"#;
    let push = handler_at(1714112445, crypt)
        .open("wxba5fad812f8e6fb9", &CallbackQuery::parse(query), body.as_bytes())
        .unwrap();
    assert_eq!(push.format, PushFormat::Json);
    assert_eq!(push.create_time, 1714112445);
    assert_eq!(push.kind, PushKind::Event(Event::Other { event: "debug_demo".into() }));
}

#[test]
fn replies_render_as_the_page_prints_them() {
    let text = Reply::Text("你好 ]]> end".into()).to_xml("toUser", "fromUser", 12345678);
    assert_eq!(
        text,
        "<xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[fromUser]]></FromUserName><CreateTime>12345678</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好 ]]]]><![CDATA[> end]]></Content></xml>"
    );
    let read = crate::callback::xml_tree(&text).unwrap();
    assert_eq!(read["Content"], "你好 ]]> end", "a `]]>` in the text survives");
    let news = Reply::News(vec![Article {
        title: "t".into(),
        description: "d".into(),
        pic_url: "p".into(),
        url: "u".into(),
    }]);
    let read = crate::callback::xml_tree(&news.to_xml("a", "b", 1)).unwrap();
    assert_eq!(
        (read["ArticleCount"].as_str(), read["Articles"]["item"]["Url"].as_str()),
        (Some("1"), Some("u"))
    );
    let music = Reply::Music {
        title: Some("TITLE".into()),
        description: None,
        music_url: Some("MUSIC_Url".into()),
        hq_music_url: Some("HQ_MUSIC_Url".into()),
        thumb_media_id: "media_id".into(),
    };
    let read = crate::callback::xml_tree(&music.to_xml("a", "b", 1)).unwrap();
    assert_eq!(read["Music"]["HQMusicUrl"], "HQ_MUSIC_Url");
}
