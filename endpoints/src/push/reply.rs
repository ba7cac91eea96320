//! Passive replies: the XML a push's HTTP answer may carry, within WeChat's 5 seconds
//! (<https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Passive_user_reply_message.html>).

use std::fmt::Write;

/// One article of a news reply.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The title.
    pub title: String,
    /// The description.
    pub description: String,
    /// The picture's URL (JPG or PNG; 360x200 large, 200x200 small).
    pub pic_url: String,
    /// Where a tap leads.
    pub url: String,
}

/// A passive reply to a user's message or event.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reply {
    /// Text (`Content`).
    Text(String),
    /// An image uploaded as media.
    Image {
        /// The media's `media_id`.
        media_id: String,
    },
    /// A voice message uploaded as media.
    Voice {
        /// The media's `media_id`.
        media_id: String,
    },
    /// A video uploaded as media.
    Video {
        /// The media's `media_id`.
        media_id: String,
        /// The title.
        title: Option<String>,
        /// The description.
        description: Option<String>,
    },
    /// Music.
    Music {
        /// The title.
        title: Option<String>,
        /// The description.
        description: Option<String>,
        /// The music's URL.
        music_url: Option<String>,
        /// The high-quality music's URL (preferred on Wi-Fi).
        hq_music_url: Option<String>,
        /// The thumbnail's `media_id`.
        thumb_media_id: String,
    },
    /// News: articles (one where the user sent a message; see the page).
    News(Vec<Article>),
}

impl Reply {
    /// The reply's XML, from the account (`from`, the push's `ToUserName`) to the user (`to`, the
    /// push's `FromUserName`), at `create_time`.
    pub fn to_xml(&self, to: &str, from: &str, create_time: i64) -> String {
        let mut xml = String::with_capacity(256);
        xml.push_str("<xml>");
        cdata(&mut xml, "ToUserName", to);
        cdata(&mut xml, "FromUserName", from);
        let _ = write!(xml, "<CreateTime>{create_time}</CreateTime>");
        match self {
            Reply::Text(content) => {
                cdata(&mut xml, "MsgType", "text");
                cdata(&mut xml, "Content", content);
            }
            Reply::Image { media_id } => {
                cdata(&mut xml, "MsgType", "image");
                xml.push_str("<Image>");
                cdata(&mut xml, "MediaId", media_id);
                xml.push_str("</Image>");
            }
            Reply::Voice { media_id } => {
                cdata(&mut xml, "MsgType", "voice");
                xml.push_str("<Voice>");
                cdata(&mut xml, "MediaId", media_id);
                xml.push_str("</Voice>");
            }
            Reply::Video { media_id, title, description } => {
                cdata(&mut xml, "MsgType", "video");
                xml.push_str("<Video>");
                cdata(&mut xml, "MediaId", media_id);
                optional(&mut xml, "Title", title);
                optional(&mut xml, "Description", description);
                xml.push_str("</Video>");
            }
            Reply::Music { title, description, music_url, hq_music_url, thumb_media_id } => {
                cdata(&mut xml, "MsgType", "music");
                xml.push_str("<Music>");
                optional(&mut xml, "Title", title);
                optional(&mut xml, "Description", description);
                optional(&mut xml, "MusicUrl", music_url);
                optional(&mut xml, "HQMusicUrl", hq_music_url);
                cdata(&mut xml, "ThumbMediaId", thumb_media_id);
                xml.push_str("</Music>");
            }
            Reply::News(articles) => {
                cdata(&mut xml, "MsgType", "news");
                let _ = write!(xml, "<ArticleCount>{}</ArticleCount><Articles>", articles.len());
                for article in articles {
                    xml.push_str("<item>");
                    cdata(&mut xml, "Title", &article.title);
                    cdata(&mut xml, "Description", &article.description);
                    cdata(&mut xml, "PicUrl", &article.pic_url);
                    cdata(&mut xml, "Url", &article.url);
                    xml.push_str("</item>");
                }
                xml.push_str("</Articles>");
            }
        }
        xml.push_str("</xml>");
        xml
    }
}

fn optional(xml: &mut String, name: &str, value: &Option<String>) {
    if let Some(value) = value {
        cdata(xml, name, value);
    }
}

/// `<name><![CDATA[value]]></name>`; a `]]>` inside the value is split across two sections.
fn cdata(xml: &mut String, name: &str, value: &str) {
    let _ = write!(xml, "<{name}><![CDATA[{}]]></{name}>", value.replace("]]>", "]]]]><![CDATA[>"));
}
