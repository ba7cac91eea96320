//! Official accounts (`official_account_open_http_svc`): accounts, subscribers and messages.

use serde_json::{json, Map, Value};

use super::Handled;
use crate::reply::Reply;
use crate::state::State;

#[derive(Clone, Debug, Default)]
pub struct OfficialAccount {
    pub owner: String,
    pub fields: Map<String, Value>,
    pub subscribers: Vec<String>,
    pub created_at: u64,
}

pub fn handle(state: &mut State, command: &str, body: &Map<String, Value>) -> Handled {
    (official_account(state, command, body), None)
}

fn id_of<'a>(body: &'a Map<String, Value>, key: &str) -> Result<&'a str, Reply> {
    match body.get(key).and_then(Value::as_str) {
        Some(id) if id.starts_with("@TOA#_") => Ok(id),
        Some(_) => Err(Reply::im_error(130007, "incorrect official account user ID")),
        None => Err(Reply::im_error(6017, "invalid request parameter")),
    }
}

fn official_account(state: &mut State, command: &str, body: &Map<String, Value>) -> Reply {
    let missing = || Reply::im_error(130004, "official account does not exist");
    match command {
        "create_official_account" => {
            let (Some(owner), Some(name)) =
                (body.get("Owner_Account").and_then(Value::as_str), body.get("Name").and_then(Value::as_str))
            else {
                return Reply::im_error(6017, "Owner_Account and Name are required");
            };
            let id = match body.get("OfficialAccountUserID") {
                Some(_) => tri!(id_of(body, "OfficialAccountUserID")).to_owned(),
                None => state.mint("@TOA#_sandbox"),
            };
            if state.im.official_accounts.contains_key(&id) {
                return Reply::im_error(130008, "official account user ID already in use");
            }
            if name.len() > 150 {
                return Reply::im_error(6017, "Name over 150 bytes");
            }
            let mut fields = body.clone();
            fields.remove("OfficialAccountUserID");
            let account = OfficialAccount {
                owner: owner.to_owned(),
                fields,
                subscribers: Vec::new(),
                created_at: state.now(),
            };
            state.im.official_accounts.insert(id.clone(), account);
            Reply::im_ok(json!({"OfficialAccountUserID": id}))
        }
        "destroy_official_account" => {
            let id = tri!(id_of(body, "Official_Account"));
            match state.im.official_accounts.remove(id) {
                Some(_) => Reply::im_ok(json!({})),
                None => missing(),
            }
        }
        "modify_official_account_base_info" => {
            let id = tri!(id_of(body, "Official_Account")).to_owned();
            let limits = [
                ("Name", 150),
                ("Introduction", 400),
                ("FaceUrl", 500),
                ("Organization", 500),
                ("CustomString", 3000),
            ];
            for (field, max) in limits {
                if body.get(field).and_then(Value::as_str).is_some_and(|v| v.len() > max) {
                    return Reply::im_error(6017, "a field is over its byte limit");
                }
            }
            let Some(account) = state.im.official_accounts.get_mut(&id) else { return missing() };
            for (key, value) in body {
                if key != "Official_Account" {
                    account.fields.insert(key.clone(), value.clone());
                }
            }
            Reply::im_ok(json!({}))
        }
        "get_official_account_info" => {
            let Some(list) = body.get("OfficialAccountIdList").and_then(Value::as_array) else {
                return Reply::im_error(6017, "OfficialAccountIdList is required");
            };
            let infos: Vec<Value> = list
                .iter()
                .map(|item| {
                    let id = item.get("Official_Account").and_then(Value::as_str).unwrap_or_default();
                    match state.im.official_accounts.get(id) {
                        Some(account) => {
                            let mut info = json!({"Official_Account": id, "ErrorCode": 0, "Owner_Account": account.owner,
                                "SubscriberNum": account.subscribers.len(), "CreateTime": account.created_at});
                            if let Some(info) = info.as_object_mut() {
                                info.extend(account.fields.clone());
                            }
                            info
                        }
                        None => json!({"Official_Account": id, "ErrorCode": 130004, "ErrorInfo": "official account does not exist"}),
                    }
                })
                .collect();
            Reply::im_ok(json!({"OfficialAccountInfoList": infos}))
        }
        "add_subscriber" | "delete_subscriber" => {
            let id = tri!(id_of(body, "Official_Account")).to_owned();
            let users: Vec<String> = if command == "add_subscriber" {
                body.get("SubscriberList")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|s| s.get("Subscriber_Account").and_then(Value::as_str).map(str::to_owned))
                    .collect()
            } else {
                body.get("SubscriberToDel_Account")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect()
            };
            let Some(account) = state.im.official_accounts.get_mut(&id) else { return missing() };
            let results: Vec<Value> = users
                .into_iter()
                .map(|user| {
                    let present = account.subscribers.contains(&user);
                    let result = match (command, present) {
                        ("add_subscriber", true) | ("delete_subscriber", false) => 2,
                        ("add_subscriber", false) => {
                            account.subscribers.push(user.clone());
                            1
                        }
                        _ => {
                            account.subscribers.retain(|s| s != &user);
                            1
                        }
                    };
                    json!({"Subscriber_Account": user, "Result": result})
                })
                .collect();
            Reply::im_ok(json!({"SubscriberList": results}))
        }
        "get_subscriber_info" => {
            let id = tri!(id_of(body, "Official_Account")).to_owned();
            let limit = body.get("Limit").and_then(Value::as_u64).unwrap_or(200).clamp(1, 200) as usize;
            let start: usize =
                body.get("Next").and_then(Value::as_str).and_then(|n| n.parse().ok()).unwrap_or(0);
            let Some(account) = state.im.official_accounts.get(&id) else { return missing() };
            let page: Vec<Value> = account.subscribers.iter().skip(start).take(limit)
                .map(|s| json!({"Subscriber_Account": s, "SubscribeTime": account.created_at, "CustomString": "", "MsgFlag": "AcceptAndNotify", "LastSendMsgTime": 0}))
                .collect();
            let end = start + page.len();
            let next = if end < account.subscribers.len() { end.to_string() } else { String::new() };
            Reply::im_ok(
                json!({"Next": next, "SubscriberNum": account.subscribers.len(), "SubscriberList": page}),
            )
        }
        "send_official_account_msg" => {
            let id = tri!(id_of(body, "Official_Account")).to_owned();
            if !state.im.official_accounts.contains_key(&id) {
                return missing();
            }
            state.im.msg_seq += 1;
            let key = format!("{}_{}_{}", state.im.msg_seq, state.rng.u32(..), state.now());
            Reply::im_ok(json!({"MsgTime": state.now(), "MsgKey": key}))
        }
        "modify_subscriber_info" | "official_account_msg_recall" | "official_account_msg_get_simple" => {
            let id = tri!(id_of(body, "Official_Account")).to_owned();
            if !state.im.official_accounts.contains_key(&id) {
                return missing();
            }
            Reply::im_ok(json!({}))
        }
        "get_subscribed_official_account_list" => {
            let user = body.get("Subscriber_Account").and_then(Value::as_str).unwrap_or_default();
            let list: Vec<Value> = state
                .im
                .official_accounts
                .iter()
                .filter(|(_, a)| a.subscribers.iter().any(|s| s == user))
                .map(|(id, _)| json!({"Official_Account": id}))
                .collect();
            Reply::im_ok(
                json!({"TotalCount": list.len(), "CompleteFlag": 1, "OfficialAccountInfoList": list}),
            )
        }
        _ => super::unknown_command(),
    }
}
