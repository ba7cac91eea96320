//! Accounts (`im_open_login_svc`): import one or many, check, delete; and the profile fields an
//! import sets, read with `profile/portrait_get`.

use serde_json::{json, Map, Value};

use super::{item_strings, strings, text, Handled};
use crate::reply::Reply;
use crate::state::State;

/// An imported account's profile.
#[derive(Clone, Debug, Default)]
pub struct ImUser {
    pub nick: Option<String>,
    pub face_url: Option<String>,
}

/// UserIDs are at most 32 bytes.
const MAX_USER_ID_BYTES: usize = 32;

pub fn handle(state: &mut State, command: &str, body: &Map<String, Value>) -> Handled {
    let reply = match command {
        "account_import" => {
            let Some(user) = text(body, "UserID").filter(|id| valid_id(id)) else {
                return (Reply::im_error(70402, "UserID is missing or over 32 bytes"), None);
            };
            let profile = ImUser {
                nick: text(body, "Nick").map(str::to_owned),
                face_url: text(body, "FaceUrl").map(str::to_owned),
            };
            state.im.users.insert(user.to_owned(), profile);
            Reply::im_ok(json!({}))
        }
        "multiaccount_import" => {
            let mut users = strings(body, "Accounts");
            users.extend(item_strings(body, "AccountList", "UserID"));
            if users.is_empty() || users.len() > 100 {
                return (Reply::im_error(70402, "between 1 and 100 accounts per request"), None);
            }
            let mut failed = Vec::new();
            for user in users {
                if valid_id(&user) {
                    state.im.users.entry(user).or_default();
                } else {
                    failed.push(user);
                }
            }
            Reply::im_ok(json!({"FailAccounts": failed}))
        }
        "account_check" => {
            let results: Vec<Value> = item_strings(body, "CheckItem", "UserID")
                .into_iter()
                .map(|user| {
                    let status = if state.im.users.contains_key(&user) { "Imported" } else { "NotImported" };
                    json!({"UserID": user, "ResultCode": 0, "ResultInfo": "", "AccountStatus": status})
                })
                .collect();
            Reply::im_ok(json!({"ResultItem": results}))
        }
        "account_delete" => {
            let results: Vec<Value> = item_strings(body, "DeleteItem", "UserID")
                .into_iter()
                .map(|user| match state.im.users.remove(&user) {
                    Some(_) => json!({"ResultCode": 0, "ResultInfo": "", "UserID": user}),
                    None => json!({"ResultCode": 70107, "ResultInfo": "Err_TLS_PT_Open_Login_Account_Not_Exist", "UserID": user}),
                })
                .collect();
            Reply::im_ok(json!({"ResultItem": results}))
        }
        _ => super::unknown_command(),
    };
    (reply, None)
}

/// `profile/portrait_get` for the nickname and avatar an import set.
pub fn portrait_get(state: &State, command: &str, body: &Map<String, Value>) -> Handled {
    if command != "portrait_get" {
        return (super::unknown_command(), None);
    }
    let tags = strings(body, "TagList");
    let mut failed = Vec::new();
    let mut profiles = Vec::new();
    for user in strings(body, "To_Account") {
        let Some(profile) = state.im.users.get(&user) else {
            failed.push(user);
            continue;
        };
        let fields = [("Tag_Profile_IM_Nick", &profile.nick), ("Tag_Profile_IM_Image", &profile.face_url)];
        let items: Vec<Value> = fields
            .into_iter()
            .filter(|(tag, _)| tags.iter().any(|t| t == tag))
            .filter_map(|(tag, value)| value.as_ref().map(|value| json!({"Tag": tag, "Value": value})))
            .collect();
        profiles.push(json!({"To_Account": user, "ProfileItem": items, "ResultCode": 0, "ResultInfo": ""}));
    }
    let mut answer = json!({"UserProfileItem": profiles});
    if !failed.is_empty() {
        answer["Fail_Account"] = failed.into();
    }
    (Reply::im_ok(answer), None)
}

fn valid_id(user: &str) -> bool {
    !user.is_empty() && user.len() <= MAX_USER_ID_BYTES
}
