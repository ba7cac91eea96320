//! Groups (`group_open_http_svc`): create, read the profile and members, add and remove members,
//! send and read messages, destroy. Messages go through `Group.CallbackBeforeSendMsg` and
//! `Group.CallbackAfterSendMsg`; creation and destruction are told to the app after the fact.

use serde_json::{json, Map, Value};

use super::webhook::{self, Event, Verdict};
use super::{forbids, item_strings, msg_body, strings, text, Handled};
use crate::reply::Reply;
use crate::state::State;
use crate::Control;

#[derive(Clone, Debug)]
pub struct Group {
    pub group_type: String,
    pub name: String,
    pub owner: Option<String>,
    pub introduction: Option<String>,
    pub notification: Option<String>,
    pub face_url: Option<String>,
    pub created_at: u64,
    pub max_members: u64,
    pub members: Vec<Member>,
    /// Oldest first; sequence numbers start at 1.
    pub messages: Vec<GroupMsg>,
}

#[derive(Clone, Debug)]
pub struct Member {
    pub account: String,
    pub role: &'static str,
    pub joined_at: u64,
}

#[derive(Clone, Debug)]
pub struct GroupMsg {
    pub from: String,
    pub seq: u64,
    pub random: u32,
    pub time: u64,
    pub body: Value,
    pub cloud_custom_data: Option<Value>,
}

const GROUP_TYPES: [&str; 5] = ["Private", "Public", "ChatRoom", "AVChatRoom", "Community"];
const MAX_NAME_BYTES: usize = 100;
/// A group message's body, at most (80002 beyond).
const MAX_MSG_BYTES: usize = 8000;
/// Messages per history read.
const MAX_HISTORY_READ: u64 = 20;
const DEFAULT_MAX_MEMBERS: u64 = 2000;

fn not_found() -> Reply {
    Reply::im_error(10010, "the group does not exist, or existed and was disbanded")
}

fn invalid(info: &str) -> Reply {
    Reply::im_error(10004, info)
}

impl Group {
    fn member(&self, account: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.account == account)
    }

    fn next_seq(&self) -> u64 {
        self.messages.last().map_or(1, |m| m.seq + 1)
    }

    fn member_list(&self) -> Value {
        self.members.iter().map(|m| json!({"Member_Account": m.account})).collect()
    }

    fn member_info(&self, member: &Member) -> Value {
        let last_sent = self.messages.iter().rev().find(|m| m.from == member.account).map_or(0, |m| m.time);
        json!({
            "Member_Account": member.account, "Role": member.role, "JoinTime": member.joined_at,
            "MsgSeq": self.next_seq() - 1, "MsgFlag": "AcceptAndNotify", "LastSendMsgTime": last_sent,
            "MuteUntil": 0,
        })
    }

    fn info(&self, id: &str) -> Value {
        let members: Vec<Value> = self.members.iter().map(|m| self.member_info(m)).collect();
        json!({
            "GroupId": id, "ErrorCode": 0, "Type": self.group_type, "Name": self.name,
            "Introduction": self.introduction.clone().unwrap_or_default(),
            "Notification": self.notification.clone().unwrap_or_default(),
            "FaceUrl": self.face_url.clone().unwrap_or_default(),
            "Owner_Account": self.owner.clone().unwrap_or_default(), "CreateTime": self.created_at,
            "LastMsgTime": self.messages.last().map_or(0, |m| m.time), "NextMsgSeq": self.next_seq(),
            "MemberNum": self.members.len(), "MaxMemberNum": self.max_members,
            "ApplyJoinOption": "NeedPermission", "MuteAllMember": "Off", "MemberList": members,
        })
    }

    /// A callback body about this group.
    fn event(&self, command: &'static str, id: &str, now_ms: u64, extra: Value) -> Event {
        let mut body = Map::new();
        body.insert("GroupId".into(), id.into());
        body.insert("Type".into(), self.group_type.clone().into());
        if let Value::Object(extra) = extra {
            body.extend(extra.into_iter().filter(|(_, value)| !value.is_null()));
        }
        body.insert("EventTime".into(), now_ms.into());
        Event::new(command, body)
    }
}

/// The commands of one group, kept in state (`send_group_msg` is asynchronous: see below).
const GROUP_COMMANDS: [&str; 5] = [
    "get_group_member_info",
    "add_group_member",
    "delete_group_member",
    "group_msg_get_simple",
    "destroy_group",
];

pub fn handle(state: &mut State, command: &str, body: &Map<String, Value>) -> Handled {
    match command {
        "create_group" => return create(state, body),
        "get_group_info" => return (info(state, body), None),
        command if !GROUP_COMMANDS.contains(&command) => return (super::unknown_command(), None),
        _ => {}
    }
    let Some(id) = text(body, "GroupId").map(str::to_owned) else {
        return (invalid("GroupId is required"), None);
    };
    let now = state.now();
    let admin = state.config.im_admin.clone();
    let known_users: Vec<String> = item_strings(body, "MemberList", "Member_Account")
        .into_iter()
        .filter(|user| state.im.knows(&admin, user))
        .collect();
    let Some(group) = state.im.groups.get_mut(&id) else { return (not_found(), None) };
    let reply = match command {
        "get_group_member_info" => {
            let limit = body.get("Limit").and_then(Value::as_u64).unwrap_or(100) as usize;
            let offset = body.get("Offset").and_then(Value::as_u64).unwrap_or(0) as usize;
            let page: Vec<Value> =
                group.members.iter().skip(offset).take(limit).map(|m| group.member_info(m)).collect();
            Reply::im_ok(json!({"MemberNum": group.members.len(), "MemberList": page}))
        }
        "add_group_member" => {
            let requested = item_strings(body, "MemberList", "Member_Account");
            if requested.is_empty() {
                return (invalid("MemberList is required"), None);
            }
            let results: Vec<Value> = requested
                .into_iter()
                .map(|account| {
                    let result = if group.member(&account).is_some() {
                        2
                    } else if !known_users.contains(&account)
                        || group.members.len() as u64 >= group.max_members
                    {
                        0
                    } else {
                        group.members.push(Member {
                            account: account.clone(),
                            role: "Member",
                            joined_at: now,
                        });
                        1
                    };
                    json!({"Member_Account": account, "Result": result})
                })
                .collect();
            Reply::im_ok(json!({"MemberList": results}))
        }
        "delete_group_member" => {
            let leaving = strings(body, "MemberToDel_Account");
            if leaving.is_empty() {
                return (invalid("MemberToDel_Account is required"), None);
            }
            if group.owner.as_ref().is_some_and(|owner| leaving.contains(owner)) {
                return (Reply::im_error(10007, "the owner cannot be removed"), None);
            }
            group.members.retain(|m| !leaving.contains(&m.account));
            Reply::im_ok(json!({}))
        }
        "group_msg_get_simple" => {
            let Some(count) = body
                .get("ReqMsgNumber")
                .and_then(Value::as_u64)
                .filter(|n| (1..=MAX_HISTORY_READ).contains(n))
            else {
                return (invalid("ReqMsgNumber is between 1 and 20"), None);
            };
            let from_seq = body.get("ReqMsgSeq").and_then(Value::as_u64).unwrap_or(u64::MAX);
            let list: Vec<Value> = group
                .messages
                .iter()
                .rev()
                .filter(|m| m.seq <= from_seq)
                .take(count as usize)
                .map(|m| {
                    let mut item = json!({
                        "From_Account": m.from, "IsPlaceMsg": 0, "MsgBody": m.body, "MsgPriority": 2,
                        "MsgRandom": m.random, "MsgSeq": m.seq, "MsgTimeStamp": m.time,
                    });
                    if let Some(data) = &m.cloud_custom_data {
                        item["CloudCustomData"] = data.clone();
                    }
                    item
                })
                .collect();
            Reply::im_ok(json!({"GroupId": id, "IsFinished": 1, "RspMsgList": list}))
        }
        "destroy_group" => {
            let Some(group) = state.im.groups.remove(&id) else { return (not_found(), None) };
            let extra = json!({"Owner_Account": group.owner.clone().unwrap_or_default(), "Name": group.name, "MemberList": group.member_list()});
            let event = group.event("Group.CallbackAfterGroupDestroyed", &id, now * 1000, extra);
            return (Reply::im_ok(json!({})), Some(event));
        }
        _ => super::unknown_command(),
    };
    (reply, None)
}

fn info(state: &State, body: &Map<String, Value>) -> Reply {
    let ids = strings(body, "GroupIdList");
    if ids.is_empty() {
        return invalid("GroupIdList is required");
    }
    let infos: Vec<Value> = ids
        .iter()
        .map(|id| match state.im.groups.get(id) {
            Some(group) => group.info(id),
            None => json!({"GroupId": id, "ErrorCode": 10010, "ErrorInfo": "the group does not exist"}),
        })
        .collect();
    Reply::im_ok(json!({"GroupInfo": infos}))
}

fn create(state: &mut State, body: &Map<String, Value>) -> Handled {
    let Some(group_type) = text(body, "Type").filter(|t| GROUP_TYPES.contains(t)) else {
        return (invalid("Type is one of Private, Public, ChatRoom, AVChatRoom, Community"), None);
    };
    let Some(name) = text(body, "Name").filter(|n| !n.is_empty() && n.len() <= MAX_NAME_BYTES) else {
        return (invalid("Name is required, at most 100 bytes"), None);
    };
    let admin = state.config.im_admin.clone();
    let owner = text(body, "Owner_Account").map(str::to_owned);
    let mut accounts: Vec<String> = owner.iter().cloned().collect();
    for account in item_strings(body, "MemberList", "Member_Account") {
        if !accounts.contains(&account) {
            accounts.push(account);
        }
    }
    if accounts.iter().any(|a| !state.im.knows(&admin, a)) {
        return (Reply::im_error(10019, "a member account does not exist; import it first"), None);
    }
    let id = match text(body, "GroupId") {
        Some(id) if state.im.groups.contains_key(id) => {
            return (Reply::im_error(10021, "the custom group ID is already used"), None)
        }
        Some(id) => id.to_owned(),
        None => format!("@TGS#{}", state.rng.u64(..)),
    };
    let now = state.now();
    let members = accounts
        .into_iter()
        .map(|account| {
            let role = if owner.as_ref() == Some(&account) { "Owner" } else { "Member" };
            Member { account, role, joined_at: now }
        })
        .collect();
    let group = Group {
        group_type: group_type.to_owned(),
        name: name.to_owned(),
        owner,
        introduction: text(body, "Introduction").map(str::to_owned),
        notification: text(body, "Notification").map(str::to_owned),
        face_url: text(body, "FaceUrl").map(str::to_owned),
        created_at: now,
        max_members: body.get("MaxMemberCount").and_then(Value::as_u64).unwrap_or(DEFAULT_MAX_MEMBERS),
        members,
        messages: Vec::new(),
    };
    let extra = json!({
        "Operator_Account": admin, "Owner_Account": group.owner.clone().unwrap_or_default(), "Name": group.name,
        "MemberList": group.member_list(),
    });
    let event = group.event("Group.CallbackAfterCreateGroup", &id, now * 1000, extra);
    state.im.groups.insert(id.clone(), group);
    (Reply::im_ok(json!({"GroupId": id, "Type": group_type})), Some(event))
}

pub async fn send_group_msg(control: &Control, body: &Map<String, Value>) -> Reply {
    let (id, draft, before, now) = {
        let state = control.lock();
        let Some(id) = text(body, "GroupId") else { return invalid("GroupId is required") };
        let Some(group) = state.im.groups.get(id) else { return not_found() };
        let admin = &state.config.im_admin;
        let from = text(body, "From_Account").unwrap_or(admin).to_owned();
        if from != *admin && group.member(&from).is_none() {
            return Reply::im_error(10007, "the sender is not a member of the group");
        }
        let Some(random) = body.get("Random").and_then(Value::as_u64).and_then(|r| u32::try_from(r).ok())
        else {
            return invalid("Random is a 32-bit unsigned integer");
        };
        let msg = match msg_body(body) {
            Ok(msg) => msg,
            Err((_, info)) => return invalid(info),
        };
        if msg.to_string().len() > MAX_MSG_BYTES {
            return Reply::im_error(80002, "the message exceeds 8,000 bytes");
        }
        let now = state.now();
        let draft = GroupMsg {
            from,
            seq: 0,
            random,
            time: now,
            body: msg,
            cloud_custom_data: body.get("CloudCustomData").cloned(),
        };
        let extra = json!({
            "From_Account": draft.from, "Operator_Account": admin, "Random": random, "OnlineOnlyFlag": 0,
            "MsgBody": draft.body, "CloudCustomData": draft.cloud_custom_data,
        });
        let before = group.event("Group.CallbackBeforeSendMsg", id, now * 1000, extra);
        (id.to_owned(), draft, before, now)
    };
    let verdict = if forbids(body, "ForbidBeforeSendMsgCallback") {
        Verdict::Allow { msg_body: None, cloud_custom_data: None }
    } else {
        webhook::before(control, before, &webhook::GROUP_REFUSAL).await
    };
    let (msg_body, cloud_custom_data) = match verdict {
        Verdict::Allow { msg_body, cloud_custom_data } => (msg_body, cloud_custom_data),
        Verdict::Reject { code, info } => return Reply::im_error(code, &info),
        Verdict::Discard => return Reply::im_ok(json!({"MsgTime": now, "MsgSeq": 0})),
    };
    let (event, answer) = {
        let mut state = control.lock();
        let admin = state.config.im_admin.clone();
        let Some(group) = state.im.groups.get_mut(&id) else { return not_found() };
        let sent = GroupMsg {
            seq: group.next_seq(),
            body: msg_body.unwrap_or(draft.body),
            cloud_custom_data: cloud_custom_data.or(draft.cloud_custom_data),
            ..draft
        };
        let extra = json!({
            "From_Account": sent.from, "Operator_Account": admin, "Random": sent.random, "MsgSeq": sent.seq,
            "MsgTime": sent.time, "OnlineOnlyFlag": 0, "MsgBody": sent.body, "CloudCustomData": sent.cloud_custom_data,
        });
        let event = group.event("Group.CallbackAfterSendMsg", &id, now * 1000, extra);
        let answer = json!({"MsgTime": sent.time, "MsgSeq": sent.seq});
        group.messages.push(sent);
        (event, answer)
    };
    if !forbids(body, "ForbidAfterSendMsgCallback") {
        webhook::after(control, event);
    }
    Reply::im_ok(answer)
}
