//! The one way out to Telegram: every message and edit goes through a queue per chat (so a
//! chat's messages keep their order), waits for the rate limiters, honours a 429's
//! `retry_after`, and retries 5xx and timeouts with back-off.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, RateLimiter};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, InputFile, MessageId, ReplyParameters};
use tokio::sync::{Notify, mpsc, oneshot};

use super::limits::Limits;
use super::retry::{Next, classify};
use crate::notify::SendError;

/// Something to put in a chat.
#[derive(Debug, Clone)]
pub enum Job {
    Send { text: String, reply_to: Option<MessageId>, keyboard: Option<InlineKeyboardMarkup> },
    Photo { png: Vec<u8>, caption: String, keyboard: Option<InlineKeyboardMarkup> },
    Edit { message_id: MessageId, text: String, keyboard: InlineKeyboardMarkup },
}

/// Telegram takes 4096 UTF-16 units a message; characters outside the BMP count twice.
const MAX_TEXT_CHARS: usize = 2048;

/// Telegram takes a photo caption of 1024 UTF-16 units at most.
const MAX_CAPTION_UNITS: usize = 1024;

/// `text` in parts of at most [`MAX_TEXT_CHARS`], cut at line ends where possible.
fn split(text: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    for line in text.split_inclusive('\n') {
        for piece in line.chars().collect::<Vec<_>>().chunks(MAX_TEXT_CHARS) {
            let current = parts.last().map_or(0, |p| p.chars().count());
            if current + piece.len() > MAX_TEXT_CHARS {
                parts.push(String::new());
            }
            if let Some(last) = parts.last_mut() {
                last.extend(piece);
            }
        }
    }
    parts.retain(|p| !p.trim().is_empty());
    parts
}

struct Queued {
    job: Job,
    done: oneshot::Sender<Result<MessageId, SendError>>,
}

/// Cheap to clone; all clones share the queues and the limits.
#[derive(Clone)]
pub struct TelegramSender {
    inner: Arc<Inner>,
}

struct Inner {
    bot: Bot,
    limits: Limits,
    overall: DefaultDirectRateLimiter,
    per_chat: DefaultKeyedRateLimiter<ChatId>,
    per_group: DefaultKeyedRateLimiter<ChatId>,
    queues: Mutex<HashMap<ChatId, mpsc::UnboundedSender<Queued>>>,
    pending: AtomicUsize,
    drained: Notify,
}

impl TelegramSender {
    pub fn new(bot: Bot, limits: Limits) -> TelegramSender {
        TelegramSender {
            inner: Arc::new(Inner {
                bot,
                limits,
                overall: RateLimiter::direct(limits.overall),
                per_chat: RateLimiter::keyed(limits.per_chat),
                per_group: RateLimiter::keyed(limits.per_group),
                queues: Mutex::new(HashMap::new()),
                pending: AtomicUsize::new(0),
                drained: Notify::new(),
            }),
        }
    }

    /// Queue `job` for `chat` and return at once; the sender delivers it (or logs why it
    /// could not).
    pub fn post(&self, chat: ChatId, job: Job) {
        drop(self.enqueue(chat, job));
    }

    /// Queue `job` for `chat` and return at once; the receiver tells how it went (for a text
    /// longer than Telegram takes, sent in parts, how the last part went).
    pub fn enqueue(
        &self,
        chat: ChatId,
        job: Job,
    ) -> oneshot::Receiver<Result<MessageId, SendError>> {
        let job = match job {
            Job::Send { text, reply_to, keyboard } if text.chars().count() > MAX_TEXT_CHARS => {
                let mut parts = split(&text);
                let last = parts.pop().unwrap_or_default();
                for (i, part) in parts.into_iter().enumerate() {
                    let reply_to = if i == 0 { reply_to } else { None };
                    drop(
                        self.enqueue_one(chat, Job::Send { text: part, reply_to, keyboard: None }),
                    );
                }
                Job::Send { text: last, reply_to: None, keyboard }
            }
            // A long caption goes as a message of its own right after the photo, with the
            // buttons under it.
            Job::Photo { png, caption, keyboard }
                if caption.encode_utf16().count() > MAX_CAPTION_UNITS =>
            {
                let photo = Job::Photo { png, caption: String::new(), keyboard: None };
                drop(self.enqueue_one(chat, photo));
                return self.enqueue(chat, Job::Send { text: caption, reply_to: None, keyboard });
            }
            job => job,
        };
        self.enqueue_one(chat, job)
    }

    fn enqueue_one(
        &self,
        chat: ChatId,
        job: Job,
    ) -> oneshot::Receiver<Result<MessageId, SendError>> {
        let (done, rx) = oneshot::channel();
        self.inner.pending.fetch_add(1, Ordering::SeqCst);
        let mut queues = self.inner.queues.lock().unwrap_or_else(|p| p.into_inner());
        let queue = queues.entry(chat).or_insert_with(|| {
            let (tx, rx) = mpsc::unbounded_channel();
            tokio::spawn(Arc::clone(&self.inner).work(chat, rx));
            tx
        });
        if let Err(mpsc::error::SendError(q)) = queue.send(Queued { job, done }) {
            // The worker is gone (its runtime is shutting down); say so instead of hanging.
            self.inner.finished();
            let _ = q.done.send(Err(SendError::Transient("sender is shutting down".into())));
        }
        rx
    }

    /// Queue `job` and wait until it is delivered or given up.
    pub async fn send(&self, chat: ChatId, job: Job) -> Result<MessageId, SendError> {
        self.enqueue(chat, job)
            .await
            .unwrap_or_else(|_| Err(SendError::Transient("sender stopped".into())))
    }

    /// Wait until every queued job is done, at most `timeout`. `true` if nothing is left.
    pub async fn flush(&self, timeout: Duration) -> bool {
        let wait = async {
            loop {
                let notified = self.inner.drained.notified();
                if self.inner.pending.load(Ordering::SeqCst) == 0 {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(timeout, wait).await.is_ok()
    }

    pub fn bot(&self) -> &Bot {
        &self.inner.bot
    }
}

impl Inner {
    async fn work(self: Arc<Self>, chat: ChatId, mut rx: mpsc::UnboundedReceiver<Queued>) {
        while let Some(q) = rx.recv().await {
            let result = self.deliver(chat, &q.job).await;
            if let Err(e) = &result {
                tracing::error!(chat = chat.0, error = %e, "giving up on a Telegram message");
            }
            let _ = q.done.send(result);
            self.finished();
        }
    }

    fn finished(&self) {
        if self.pending.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.drained.notify_waiters();
        }
    }

    async fn deliver(&self, chat: ChatId, job: &Job) -> Result<MessageId, SendError> {
        let mut target = chat;
        let mut failures = 0;
        loop {
            self.wait_turn(target).await;
            let err = match self.call(target, job).await {
                Ok(id) => return Ok(id),
                Err(e) => e,
            };
            match classify(&err) {
                Next::WaitThenRetry(pause) => {
                    tracing::warn!(chat = target.0, ?pause, "Telegram asked to slow down");
                    tokio::time::sleep(pause).await;
                }
                Next::BackOff => {
                    failures += 1;
                    if failures >= self.limits.max_attempts {
                        return Err(SendError::Transient(err.to_string()));
                    }
                    let pause = self.limits.backoff(failures);
                    tracing::warn!(chat = target.0, error = %err, ?pause, "retrying a Telegram request");
                    tokio::time::sleep(pause).await;
                }
                Next::Migrated(to) => {
                    tracing::warn!(from = target.0, to, "group migrated to a supergroup");
                    target = ChatId(to);
                }
                Next::AlreadyDone => {
                    if let Job::Edit { message_id, .. } = job {
                        return Ok(*message_id);
                    }
                    return Err(SendError::Permanent(err.to_string()));
                }
                Next::GiveUp => return Err(SendError::Permanent(err.to_string())),
            }
        }
    }

    /// Wait until this chat, its group limit and the bot as a whole may send again.
    async fn wait_turn(&self, chat: ChatId) {
        self.per_chat.until_key_ready(&chat).await;
        if chat.is_group() || chat.is_channel_or_supergroup() {
            self.per_group.until_key_ready(&chat).await;
        }
        self.overall.until_ready().await;
    }

    async fn call(&self, chat: ChatId, job: &Job) -> Result<MessageId, teloxide::RequestError> {
        let bot = &self.bot;
        match job {
            Job::Send { text, reply_to, keyboard } => {
                let mut req = bot.send_message(chat, text.clone());
                if let Some(id) = reply_to {
                    req = req
                        .reply_parameters(ReplyParameters::new(*id).allow_sending_without_reply());
                }
                if let Some(kb) = keyboard {
                    req = req.reply_markup(kb.clone());
                }
                Ok(req.await?.id)
            }
            Job::Photo { png, caption, keyboard } => {
                let file = InputFile::memory(png.clone()).file_name("restock.png");
                let mut req = bot.send_photo(chat, file);
                if !caption.is_empty() {
                    req = req.caption(caption.clone());
                }
                if let Some(kb) = keyboard {
                    req = req.reply_markup(kb.clone());
                }
                Ok(req.await?.id)
            }
            Job::Edit { message_id, text, keyboard } => {
                let req = bot
                    .edit_message_text(chat, *message_id, text.clone())
                    .reply_markup(keyboard.clone());
                Ok(req.await?.id)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_at_line_ends_and_nothing_is_lost() {
        let line = "x".repeat(100);
        let text = vec![line.as_str(); 50].join("\n");
        let parts = split(&text);
        assert_eq!(parts.len(), 3);
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_TEXT_CHARS));
        assert_eq!(parts.concat(), text);
        let blob = "y".repeat(5000);
        assert_eq!(split(&blob).concat(), blob);
    }
}
