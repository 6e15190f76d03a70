//! A fake Telegram Bot API server on 127.0.0.1 for the real teloxide client: it serves the
//! methods Restock calls, queues updates a test injects, records every request, and answers
//! 429 (with `retry_after`) or 500 when told to.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};
use tokio::sync::Notify;

use crate::multipart;

pub const BOT_ID: i64 = 999_000;
pub const BOT_USERNAME: &str = "restock_test_bot";
pub const TOKEN: &str = "999000:TEST-TOKEN";

/// A failure to answer the next matching request with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// 429 Too Many Requests; every request to that chat within the window is another 429.
    RetryAfter(u32),
    /// 500 Internal Server Error.
    ServerError,
    /// 400 Bad Request, as for a chat that takes no photos.
    BadRequest,
}

/// A person in a chat.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub language: String,
}

impl Person {
    pub fn new(id: i64, name: &str) -> Person {
        Person { id, name: name.into(), language: "en".into() }
    }

    fn json(&self) -> Value {
        json!({"id": self.id, "is_bot": false, "first_name": self.name, "language_code": self.language})
    }
}

/// A request as the fake received it.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub body: Value,
    pub at: Instant,
}

/// A message the bot has in a chat (sent, then maybe edited).
#[derive(Debug, Clone)]
pub struct BotMessage {
    pub chat: i64,
    pub id: i64,
    pub text: String,
    pub reply_to: Option<i64>,
    /// `reply_markup` as sent (`{"inline_keyboard": [[{"text", "callback_data"}]]}`), or null.
    pub markup: Value,
    /// The bytes of the photo, for `sendPhoto` (then `text` is its caption).
    pub photo: Option<Vec<u8>>,
}

impl BotMessage {
    /// Every button's `(label, callback_data)`.
    pub fn buttons(&self) -> Vec<(String, String)> {
        let rows = self.markup["inline_keyboard"].as_array().cloned().unwrap_or_default();
        rows.iter()
            .flat_map(|r| r.as_array().cloned().unwrap_or_default())
            .map(|b| {
                let text = b["text"].as_str().unwrap_or_default().to_owned();
                (text, b["callback_data"].as_str().unwrap_or_default().to_owned())
            })
            .collect()
    }
}

#[derive(Default)]
struct Inner {
    updates: Vec<(i64, Value)>,
    confirmed_below: i64,
    next_update: i64,
    next_message: i64,
    requests: Vec<Request>,
    faults: HashMap<String, VecDeque<Fault>>,
    flood_until: HashMap<i64, Instant>,
    too_many_answered: usize,
    /// Requests that arrived while their chat was in a flood window.
    violations: usize,
    messages: Vec<BotMessage>,
}

struct Shared {
    inner: Mutex<Inner>,
    changed: Notify,
}

pub struct FakeTelegram {
    shared: Arc<Shared>,
    pub addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl FakeTelegram {
    pub async fn start() -> FakeTelegram {
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner { next_update: 1, next_message: 1, ..Inner::default() }),
            changed: Notify::new(),
        });
        let app =
            Router::new().route("/{bot}/{method}", post(call)).with_state(Arc::clone(&shared));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local address");
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeTelegram { shared, addr, server }
    }

    /// The base URL for `Bot::set_api_url`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.shared.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Queue an update (the `update_id` is filled in); returns its id.
    pub fn push_update(&self, mut update: Value) -> i64 {
        let mut inner = self.lock();
        let id = inner.next_update;
        inner.next_update += 1;
        update["update_id"] = json!(id);
        inner.updates.push((id, update));
        drop(inner);
        self.shared.changed.notify_waiters();
        id
    }

    fn next_message_id(&self) -> i64 {
        let mut inner = self.lock();
        inner.next_message += 1;
        inner.next_message
    }

    /// `from` writes `text` in `chat`; returns the message id.
    pub fn say(&self, chat: i64, from: &Person, text: &str) -> i64 {
        let id = self.next_message_id();
        let message = json!({"message_id": id, "date": now_unix(), "chat": chat_json(chat),
            "from": from.json(), "text": text});
        self.push_update(json!({"message": message}));
        id
    }

    /// `from` forwards someone else's message into `chat`.
    pub fn forward(&self, chat: i64, from: &Person, original: &Person, text: &str) -> i64 {
        let id = self.next_message_id();
        let origin = json!({"type": "user", "date": now_unix(), "sender_user": original.json()});
        let message = json!({"message_id": id, "date": now_unix(), "chat": chat_json(chat),
            "from": from.json(), "text": text, "forward_origin": origin});
        self.push_update(json!({"message": message}));
        id
    }

    /// Group `from` becomes supergroup `to`: Telegram tells both chats.
    pub fn migrate(&self, from: i64, to: i64, by: &Person) {
        let old = json!({"message_id": self.next_message_id(), "date": now_unix(),
            "chat": {"id": from, "type": "group", "title": "Home"}, "from": by.json(),
            "migrate_to_chat_id": to});
        self.push_update(json!({"message": old}));
        let new = json!({"message_id": self.next_message_id(), "date": now_unix(),
            "chat": chat_json(to), "from": by.json(), "migrate_from_chat_id": from});
        self.push_update(json!({"message": new}));
    }

    /// A bot writes in `chat`.
    pub fn bot_says(&self, chat: i64, bot_id: i64, text: &str) -> i64 {
        let id = self.next_message_id();
        let bot = json!({"id": bot_id, "is_bot": true, "first_name": "OtherBot"});
        let message = json!({"message_id": id, "date": now_unix(), "chat": chat_json(chat),
            "from": bot, "text": text});
        self.push_update(json!({"message": message}));
        id
    }

    /// `from` presses a button with `data` under the bot's message; returns the query id.
    pub fn press(&self, message: &BotMessage, from: &Person, data: &str) -> String {
        let query = format!("cb{}", self.next_message_id());
        let current = self.message(message.chat, message.id).unwrap_or_else(|| message.clone());
        let mut msg = json!({"message_id": current.id, "date": now_unix(),
            "chat": chat_json(current.chat), "from": bot_json(), "text": current.text});
        if !current.markup.is_null() {
            msg["reply_markup"] = current.markup.clone();
        }
        let cb = json!({"id": query, "from": from.json(), "chat_instance": "ci", "data": data,
            "message": msg});
        self.push_update(json!({"callback_query": cb}));
        query
    }

    /// Forget which updates were confirmed: the next `getUpdates` gets all of them again, as
    /// after a crash before the offset was acknowledged.
    pub fn redeliver_everything(&self) {
        self.lock().confirmed_below = 0;
        self.shared.changed.notify_waiters();
    }

    /// Answer the next `count` calls of `method` with `fault`.
    pub fn fail_next(&self, method: &str, fault: Fault, count: usize) {
        let mut inner = self.lock();
        let q = inner.faults.entry(method.to_owned()).or_default();
        q.extend(std::iter::repeat_n(fault, count));
    }

    pub fn requests(&self, method: &str) -> Vec<Request> {
        self.lock().requests.iter().filter(|r| r.method == method).cloned().collect()
    }

    /// The bot's messages in `chat`, in the order they were sent.
    pub fn messages_in(&self, chat: i64) -> Vec<BotMessage> {
        self.lock().messages.iter().filter(|m| m.chat == chat).cloned().collect()
    }

    pub fn message(&self, chat: i64, id: i64) -> Option<BotMessage> {
        self.lock().messages.iter().find(|m| m.chat == chat && m.id == id).cloned()
    }

    /// The reply to message `to` in `chat`, if sent.
    pub fn reply_to(&self, chat: i64, to: i64) -> Option<BotMessage> {
        self.lock().messages.iter().find(|m| m.chat == chat && m.reply_to == Some(to)).cloned()
    }

    /// The text `answerCallbackQuery` gave for query `id`.
    pub fn callback_answer(&self, id: &str) -> Option<String> {
        self.lock()
            .requests
            .iter()
            .filter(|r| r.method == "answerCallbackQuery" && r.body["callback_query_id"] == id)
            .map(|r| r.body["text"].as_str().unwrap_or_default().to_owned())
            .next()
    }

    pub fn too_many_answered(&self) -> usize {
        self.lock().too_many_answered
    }

    pub fn violations(&self) -> usize {
        self.lock().violations
    }

    /// Wait until `done` holds, checking after every request and update; panics with `what`
    /// after `timeout`.
    pub async fn wait_for<T>(
        &self,
        what: &str,
        timeout: Duration,
        done: impl Fn(&FakeTelegram) -> Option<T>,
    ) -> T {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let changed = self.shared.changed.notified();
            if let Some(v) = done(self) {
                return v;
            }
            // Also wake now and then: some conditions depend on the database, not on us.
            let wake = (tokio::time::Instant::now() + Duration::from_millis(100)).min(deadline);
            tokio::select! {
                () = changed => {}
                () = tokio::time::sleep_until(wake) => {}
            }
            if tokio::time::Instant::now() >= deadline {
                if let Some(v) = done(self) {
                    return v;
                }
                panic!("timed out after {timeout:?} waiting for {what}");
            }
        }
    }

    /// Wait for the reply to message `to` in `chat` and return its text.
    pub async fn reply_text(&self, chat: i64, to: i64) -> String {
        self.wait_for(&format!("a reply to message {to}"), Duration::from_secs(20), |f| {
            f.reply_to(chat, to).map(|m| m.text)
        })
        .await
    }

    /// Wait for the answer to callback query `id`.
    pub async fn answer_text(&self, id: &str) -> String {
        self.wait_for(&format!("an answer to callback {id}"), Duration::from_secs(20), |f| {
            f.callback_answer(id)
        })
        .await
    }

    /// Wait until every queued update has been fetched and acknowledged by the bot.
    pub async fn wait_until_consumed(&self) {
        self.wait_for("the bot to take every update", Duration::from_secs(20), |f| {
            let inner = f.lock();
            let last = inner.updates.last().map_or(0, |(id, _)| *id);
            (inner.confirmed_below > last).then_some(())
        })
        .await
    }
}

fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn chat_json(chat: i64) -> Value {
    if chat < 0 {
        json!({"id": chat, "type": "supergroup", "title": "Home"})
    } else {
        json!({"id": chat, "type": "private", "first_name": "Someone"})
    }
}

fn bot_json() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "Restock", "username": BOT_USERNAME})
}

fn ok(result: Value) -> Response {
    (StatusCode::OK, axum::Json(json!({"ok": true, "result": result}))).into_response()
}

fn error(status: StatusCode, description: &str, parameters: Option<Value>) -> Response {
    let mut body = json!({"ok": false, "error_code": status.as_u16(), "description": description});
    if let Some(p) = parameters {
        body["parameters"] = p;
    }
    (status, axum::Json(body)).into_response()
}

async fn call(
    State(shared): State<Arc<Shared>>,
    Path((bot, method)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    if bot != format!("bot{TOKEN}") {
        return error(StatusCode::UNAUTHORIZED, "Unauthorized", None);
    }
    // Method names are case-insensitive; teloxide sends `GetMe`, the docs say `getMe`.
    let mut chars = method.chars();
    let method: String =
        chars.next().map(|c| c.to_ascii_lowercase()).into_iter().chain(chars).collect();
    let photo = (method == "sendPhoto").then(|| multipart::file(&body)).flatten();
    let body: Value = serde_json::from_slice(&body).unwrap_or_else(|_| multipart::fields(&body));
    {
        let mut inner = shared.inner.lock().unwrap_or_else(|p| p.into_inner());
        inner.requests.push(Request {
            method: method.clone(),
            body: body.clone(),
            at: Instant::now(),
        });
    }
    let response = if method == "getUpdates" {
        get_updates(&shared, &body).await
    } else {
        let mut inner = shared.inner.lock().unwrap_or_else(|p| p.into_inner());
        answer(&mut inner, &method, &body, photo)
    };
    shared.changed.notify_waiters();
    response
}

async fn get_updates(shared: &Shared, body: &Value) -> Response {
    let offset = body["offset"].as_i64().unwrap_or(0);
    let limit = body["limit"].as_u64().unwrap_or(100) as usize;
    let timeout = Duration::from_secs(body["timeout"].as_u64().unwrap_or(0));
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let changed = shared.changed.notified();
        {
            let mut inner = shared.inner.lock().unwrap_or_else(|p| p.into_inner());
            inner.confirmed_below = inner.confirmed_below.max(offset);
            let from = inner.confirmed_below;
            let batch: Vec<Value> = inner
                .updates
                .iter()
                .filter(|(id, _)| *id >= from)
                .take(limit)
                .map(|(_, u)| u.clone())
                .collect();
            if !batch.is_empty() || tokio::time::Instant::now() >= deadline {
                return ok(Value::Array(batch));
            }
        }
        tokio::select! {
            () = changed => {}
            () = tokio::time::sleep_until(deadline) => {}
        }
    }
}

fn answer(inner: &mut Inner, method: &str, body: &Value, photo: Option<Vec<u8>>) -> Response {
    let chat = body["chat_id"].as_i64().unwrap_or_default();
    if matches!(method, "sendMessage" | "editMessageText" | "sendPhoto") {
        if let Some(until) = inner.flood_until.get(&chat).copied()
            && Instant::now() < until
        {
            inner.violations += 1;
            inner.too_many_answered += 1;
            let left = (until - Instant::now()).as_secs().max(1);
            let desc = format!("Too Many Requests: retry after {left}");
            return error(StatusCode::TOO_MANY_REQUESTS, &desc, Some(json!({"retry_after": left})));
        }
        match inner.faults.get_mut(method).and_then(VecDeque::pop_front) {
            Some(Fault::RetryAfter(s)) => {
                inner.too_many_answered += 1;
                inner.flood_until.insert(chat, Instant::now() + Duration::from_secs(u64::from(s)));
                let desc = format!("Too Many Requests: retry after {s}");
                return error(
                    StatusCode::TOO_MANY_REQUESTS,
                    &desc,
                    Some(json!({"retry_after": s})),
                );
            }
            Some(Fault::ServerError) => {
                return error(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error", None);
            }
            Some(Fault::BadRequest) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "Bad Request: photos are not allowed in this chat",
                    None,
                );
            }
            None => {}
        }
    }
    match method {
        "getMe" => ok(json!({"id": BOT_ID, "is_bot": true, "first_name": "Restock",
            "username": BOT_USERNAME, "can_join_groups": true, "can_read_all_group_messages": false,
            "supports_inline_queries": false, "has_main_web_app": false})),
        "getWebhookInfo" => {
            ok(json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0}))
        }
        "deleteWebhook" | "setWebhook" | "setMyCommands" | "answerCallbackQuery" => ok(json!(true)),
        "sendMessage" | "sendPhoto" => {
            if method == "sendPhoto" && photo.is_none() {
                return error(StatusCode::BAD_REQUEST, "Bad Request: there is no photo", None);
            }
            let caption = body["caption"].as_str().unwrap_or_default();
            if caption.chars().count() > 1024 {
                return error(
                    StatusCode::BAD_REQUEST,
                    "Bad Request: message caption is too long",
                    None,
                );
            }
            inner.next_message += 1;
            let msg = BotMessage {
                chat,
                id: inner.next_message,
                text: body["text"].as_str().unwrap_or(caption).to_owned(),
                reply_to: body["reply_parameters"]["message_id"].as_i64(),
                markup: body["reply_markup"].clone(),
                photo,
            };
            let out = message_json(&msg);
            inner.messages.push(msg);
            ok(out)
        }
        "editMessageText" => {
            let id = body["message_id"].as_i64().unwrap_or_default();
            let Some(msg) = inner.messages.iter_mut().find(|m| m.chat == chat && m.id == id) else {
                return error(
                    StatusCode::BAD_REQUEST,
                    "Bad Request: message to edit not found",
                    None,
                );
            };
            msg.text = body["text"].as_str().unwrap_or_default().to_owned();
            msg.markup = body["reply_markup"].clone();
            ok(message_json(msg))
        }
        _ => error(StatusCode::NOT_FOUND, "Not Found: method not found", None),
    }
}

fn message_json(m: &BotMessage) -> Value {
    let mut v = json!({"message_id": m.id, "date": now_unix(), "chat": chat_json(m.chat),
        "from": bot_json(), "text": m.text});
    if !m.markup.is_null() {
        v["reply_markup"] = m.markup.clone();
    }
    v
}
