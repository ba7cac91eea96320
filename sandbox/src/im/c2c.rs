//! One-to-one messages (`openim`): send to one or many, read a conversation's history, recall.
//! Sends go through the app's callbacks: `C2C.CallbackBeforeSendMsg` decides,
//! `C2C.CallbackAfterSendMsg` is told.

use serde_json::{json, Map, Value};

use super::webhook::{self, Event, Verdict};
use super::{forbids, msg_body, packet_len, strings, text, Handled, MAX_PACKET_BYTES};
use crate::reply::Reply;
use crate::state::State;
use crate::Control;

/// A one-to-one message as stored.
#[derive(Clone, Debug)]
pub struct C2cMsg {
    pub from: String,
    pub to: String,
    pub seq: u32,
    pub random: u32,
    pub time: u64,
    pub key: String,
    pub body: Value,
    pub cloud_custom_data: Option<Value>,
    /// Recalled messages stay in the history, flagged (`MsgFlagBits` 8).
    pub recalled: bool,
}

/// Recipients of one batch send.
const MAX_BATCH: usize = 500;
/// `MsgFlagBits` of a recalled message.
const RECALLED_FLAG: u64 = 8;

/// A send checked and ready, waiting for the app's verdict.
struct Draft {
    from: String,
    seq: u32,
    random: u32,
    time: u64,
    body: Value,
    cloud_custom_data: Option<Value>,
    ask_before: bool,
    tell_after: bool,
}

impl Draft {
    fn key(&self) -> String {
        format!("{}_{}_{}", self.seq, self.random, self.time)
    }

    fn message(&self, to: &str) -> C2cMsg {
        C2cMsg {
            from: self.from.clone(),
            to: to.to_owned(),
            seq: self.seq,
            random: self.random,
            time: self.time,
            key: self.key(),
            body: self.body.clone(),
            cloud_custom_data: self.cloud_custom_data.clone(),
            recalled: false,
        }
    }

    /// The callback body describing this message to `to`.
    fn event(&self, command: &'static str, to: &str, extra: Value) -> Event {
        let mut body = Map::new();
        body.insert("From_Account".into(), self.from.clone().into());
        body.insert("To_Account".into(), to.into());
        body.insert("MsgSeq".into(), self.seq.into());
        body.insert("MsgRandom".into(), self.random.into());
        body.insert("MsgTime".into(), self.time.into());
        body.insert("MsgKey".into(), self.key().into());
        body.insert("OnlineOnlyFlag".into(), 0.into());
        body.insert("MsgBody".into(), self.body.clone());
        if let Some(data) = &self.cloud_custom_data {
            body.insert("CloudCustomData".into(), data.clone());
        }
        if let Value::Object(extra) = extra {
            body.extend(extra);
        }
        Event::new(command, body)
    }

    /// Applies the app's verdict: the message as it will be stored, `Err` with the caller's error
    /// when refused, `Ok(None)` when dropped.
    fn decide(&self, verdict: Verdict) -> Result<Option<Draft>, (i64, String)> {
        match verdict {
            Verdict::Allow { msg_body, cloud_custom_data } => Ok(Some(Draft {
                from: self.from.clone(),
                body: msg_body.unwrap_or_else(|| self.body.clone()),
                cloud_custom_data: cloud_custom_data.or_else(|| self.cloud_custom_data.clone()),
                ..*self
            })),
            Verdict::Reject { code, info } => Err((code, info)),
            Verdict::Discard => Ok(None),
        }
    }
}

/// Checks what every send shares: sender, body, sizes.
fn draft(state: &mut State, body: &Map<String, Value>) -> Result<Draft, Reply> {
    if packet_len(body) > MAX_PACKET_BYTES {
        return Err(Reply::im_error(93000, "the JSON packet exceeds 12 KB"));
    }
    let admin = state.config.im_admin.clone();
    let from = text(body, "From_Account").unwrap_or(&admin).to_owned();
    if !state.im.knows(&admin, &from) {
        return Err(Reply::im_error(90008, "From_Account is missing or does not exist"));
    }
    let Some(random) = body.get("MsgRandom").and_then(Value::as_u64).and_then(|r| u32::try_from(r).ok())
    else {
        return Err(Reply::im_error(90005, "MsgRandom is missing or not an integer"));
    };
    let msg = msg_body(body).map_err(|(code, info)| Reply::im_error(code, info))?;
    let seq = match body.get("MsgSeq").and_then(Value::as_u64).and_then(|s| u32::try_from(s).ok()) {
        Some(seq) => seq,
        None => state.rng.u32(..),
    };
    Ok(Draft {
        from,
        seq,
        random,
        time: state.now(),
        body: msg,
        cloud_custom_data: body.get("CloudCustomData").cloned(),
        ask_before: !forbids(body, "ForbidBeforeSendMsgCallback"),
        tell_after: !forbids(body, "ForbidAfterSendMsgCallback"),
    })
}

/// Asks the app about `draft` to `to`, when it should be asked.
async fn verdict(control: &Control, draft: &Draft, to: &str) -> Verdict {
    if !draft.ask_before {
        return Verdict::Allow { msg_body: None, cloud_custom_data: None };
    }
    let event = draft.event("C2C.CallbackBeforeSendMsg", to, Value::Null);
    webhook::before(control, event, &webhook::C2C_REFUSAL).await
}

/// Stores the message to `to` and tells the app.
fn deliver(control: &Control, sent: &Draft, to: &str) {
    control.lock().im.c2c.push(sent.message(to));
    if sent.tell_after {
        let result = json!({"SendMsgResult": 0, "ErrorInfo": "send msg succeed", "UnreadMsgNum": 1});
        webhook::after(control, sent.event("C2C.CallbackAfterSendMsg", to, result));
    }
}

pub async fn sendmsg(control: &Control, body: &Map<String, Value>) -> Reply {
    let (draft, to) = {
        let mut state = control.lock();
        let draft = tri!(draft(&mut state, body));
        let admin = state.config.im_admin.clone();
        match text(body, "To_Account") {
            Some(to) if state.im.knows(&admin, to) => (draft, to.to_owned()),
            _ => return Reply::im_error(90003, "To_Account is missing or does not exist"),
        }
    };
    let answer = json!({"MsgTime": draft.time, "MsgKey": draft.key()});
    match draft.decide(verdict(control, &draft, &to).await) {
        Err((code, info)) => Reply::im_error(code, &info),
        Ok(None) => Reply::im_ok(answer),
        Ok(Some(sent)) => {
            deliver(control, &sent, &to);
            Reply::im_ok(answer)
        }
    }
}

pub async fn batchsendmsg(control: &Control, body: &Map<String, Value>) -> Reply {
    let (draft, recipients, mut errors) = {
        let mut state = control.lock();
        let draft = tri!(draft(&mut state, body));
        let recipients = match body.get("To_Account") {
            Some(Value::Array(list)) if list.is_empty() => {
                return Reply::im_error(90029, "To_Account is an empty array")
            }
            Some(Value::Array(list)) if list.len() > MAX_BATCH => {
                return Reply::im_error(90011, "To_Account lists more than 500 accounts")
            }
            Some(Value::Array(_)) => strings(body, "To_Account"),
            _ => return Reply::im_error(90028, "To_Account is not an array"),
        };
        let admin = state.config.im_admin.clone();
        let (known, unknown): (Vec<String>, Vec<String>) =
            recipients.into_iter().partition(|to| state.im.knows(&admin, to));
        let errors: Vec<Value> =
            unknown.into_iter().map(|to| json!({"To_Account": to, "ErrorCode": 90012})).collect();
        (draft, known, errors)
    };
    for to in recipients {
        match draft.decide(verdict(control, &draft, &to).await) {
            Ok(Some(sent)) => deliver(control, &sent, &to),
            Ok(None) => {}
            Err((code, _)) => errors.push(json!({"To_Account": to, "ErrorCode": code})),
        }
    }
    let mut answer = json!({"MsgKey": draft.key()});
    if !errors.is_empty() {
        answer["ErrorList"] = Value::Array(errors);
    }
    Reply::im_ok(answer)
}

/// The commands answered from state alone.
pub fn handle(state: &mut State, command: &str, body: &Map<String, Value>) -> Handled {
    match command {
        "admin_getroammsg" => (roam_history(state, body), None),
        "admin_msgwithdraw" => recall(state, body),
        _ => (super::unknown_command(), None),
    }
}

/// A conversation seen by `Operator_Account`, newest first from `MaxTime` back to `MinTime`: the
/// next page's `MaxTime` is this page's `LastMsgTime`, with its `LastMsgKey`, as the page's
/// paging example does.
fn roam_history(state: &State, body: &Map<String, Value>) -> Reply {
    let (Some(operator), Some(peer)) = (text(body, "Operator_Account"), text(body, "Peer_Account")) else {
        return Reply::im_error(90010, "Operator_Account and Peer_Account are required");
    };
    let number = |key: &str| body.get(key).and_then(Value::as_u64);
    let (Some(max_count), Some(min_time), Some(max_time)) =
        (number("MaxCnt"), number("MinTime"), number("MaxTime"))
    else {
        return Reply::im_error(90010, "MaxCnt, MinTime and MaxTime are required integers");
    };
    let after_key = text(body, "LastMsgKey");
    let mut in_range = state
        .im
        .c2c
        .iter()
        .rev()
        .filter(|m| (m.from == operator && m.to == peer) || (m.from == peer && m.to == operator))
        .filter(|m| (min_time..=max_time).contains(&m.time));
    if let Some(key) = after_key {
        in_range.by_ref().find(|m| m.key == key);
    }
    let page: Vec<&C2cMsg> = in_range.by_ref().take(max_count as usize).collect();
    let complete = in_range.next().is_none();
    let (last_time, last_key) = page.last().map_or((0, String::new()), |m| (m.time, m.key.clone()));
    let list: Vec<Value> = page
        .iter()
        .map(|m| {
            let mut item = json!({
                "From_Account": m.from, "To_Account": m.to, "MsgSeq": m.seq, "MsgRandom": m.random,
                "MsgTimeStamp": m.time, "MsgFlagBits": if m.recalled { RECALLED_FLAG } else { 0 },
                "IsPeerRead": 0, "MsgKey": m.key, "MsgBody": m.body,
            });
            if let Some(data) = &m.cloud_custom_data {
                item["CloudCustomData"] = data.clone();
            }
            item
        })
        .collect();
    Reply::im_ok(json!({
        "Complete": u8::from(complete), "MsgCnt": list.len(), "LastMsgTime": last_time,
        "LastMsgKey": last_key, "MsgList": list,
    }))
}

fn recall(state: &mut State, body: &Map<String, Value>) -> Handled {
    let (Some(from), Some(to), Some(key)) =
        (text(body, "From_Account"), text(body, "To_Account"), text(body, "MsgKey"))
    else {
        return (Reply::im_error(90054, "From_Account, To_Account and MsgKey are required"), None);
    };
    let Some(message) = state.im.c2c.iter_mut().find(|m| m.from == from && m.to == to && m.key == key) else {
        return (Reply::im_error(20022, "the message to recall does not exist"), None);
    };
    if message.recalled {
        return (Reply::im_error(20023, "the message was already recalled"), None);
    }
    message.recalled = true;
    let mut event = Map::new();
    event.insert("From_Account".into(), from.into());
    event.insert("To_Account".into(), to.into());
    event.insert("MsgKey".into(), key.into());
    event.insert("UnreadMsgNum".into(), 0.into());
    (Reply::im_ok(json!({})), Some(Event::new("C2C.CallbackAfterMsgWithDraw", event)))
}
