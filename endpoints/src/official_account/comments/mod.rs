//! Official Account article comments: open or close comments, list them, feature, delete and reply.

mod close_comment;
mod del_comment;
mod del_reply_comment;
mod elect_comment;
mod list_comment;
mod open_article_comment;
mod reply_comment;
mod unelect_comment;

pub use close_comment::{CloseComment, CloseCommentError};
pub use del_comment::{DelComment, DelCommentError};
pub use del_reply_comment::{DelReplyComment, DelReplyCommentError};
pub use elect_comment::{ElectComment, ElectCommentError};
pub use list_comment::{
    Comment, CommentList, CommentListType, CommentReply, CommentType, ListComment, ListCommentError,
};
pub use open_article_comment::{OpenArticleComment, OpenArticleCommentError};
pub use reply_comment::{ReplyComment, ReplyCommentError};
pub use unelect_comment::{UnelectComment, UnelectCommentError};
