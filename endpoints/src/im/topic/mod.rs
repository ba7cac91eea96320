//! Community topics (`/v4/million_group_open_http_svc/...`): create, delete, read and modify the
//! topics of topic-enabled Communities (the community and topic features are enabled in the
//! console). Every command: POST, at most 200 calls per second. The pages' error tables were not
//! readable: the commands use the group family's `GroupError`.

mod create_topic;
mod destroy_topic;
mod get_topic;
mod modify_topic;

pub use create_topic::{CreateTopic, CreateTopicError, CreatedTopic};
pub use destroy_topic::{DestroyTopic, DestroyTopicError, DestroyedTopic, DestroyedTopics};
pub use get_topic::{GetTopic, GetTopicError, TopicAndSelfInfo, TopicInfo, TopicInfoList, TopicSelfInfo};
pub use modify_topic::{ModifyTopic, ModifyTopicError};
