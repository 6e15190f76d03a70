//! The application: one inbound chat message in, one reply out.
//!
//! `handle` parses the message (core), decides what changes (core), and writes state rows,
//! events and outbox rows in ONE transaction (storage). It never talks to a chat or store API;
//! the relay does that from the outbox.

mod button_data;
mod buttons;
mod clarify;
mod command_items;
mod household_admin;
mod invite_code;
mod language;
mod list;
mod order;
mod plans;
mod query;
mod reminder;
mod session;
mod sizes;
mod stock;
mod undo;

pub use button_data::{ButtonData, Choice};
pub use buttons::{Closing, Press, PressOutcome};
pub use household_admin::{INVITE_HOURS, SettingsRequest};
pub use invite_code::InviteCode;
pub use reminder::{REMINDER, SNOOZE_MS};
pub use session::Answer;

use std::sync::Arc;

use restock_core::household::{ChatRef, HouseholdId, Platform, UserRef};
use restock_core::parse::{Intent, MAX_MESSAGE_CHARS, Parsed, Vocabulary};
use restock_storage::households::{self, Household};
use restock_storage::{Store, StoreError, Tx, inbound, items};

use crate::clock::Clock;
use crate::i18n::{I18n, Msg};
use crate::notify::Button;

/// A message from any front-end.
#[derive(Debug, Clone)]
pub struct Inbound {
    pub chat: ChatRef,
    pub user: UserRef,
    pub text: String,
    /// The platform's id for this update; a second delivery with the same id changes nothing.
    pub source_id: Option<String>,
    /// The sender's language, if the platform tells it (`de`, `en-GB`).
    pub locale: Option<String>,
}

/// What to answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub text: String,
    pub locale: &'static str,
}

/// Defaults for households created by their first message.
#[derive(Debug, Clone)]
pub struct Defaults {
    pub locale: &'static str,
    pub time_zone: String,
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The use cases, shared by every front-end.
#[derive(Clone)]
pub struct App {
    pub store: Store,
    pub i18n: Arc<I18n>,
    pub clock: Arc<dyn Clock>,
    pub defaults: Defaults,
}

/// What one message did, as sentences; `changed` says whether to commit. A question comes
/// with its buttons.
pub(crate) struct Outcome {
    pub lines: Vec<Msg>,
    pub changed: bool,
    pub buttons: Vec<Vec<Button>>,
}

impl Outcome {
    /// A reply that changes nothing: a refusal, or an answer to a question.
    pub fn refuse(msg: Msg) -> Outcome {
        Outcome::refuse_all(vec![msg])
    }

    pub fn refuse_all(lines: Vec<Msg>) -> Outcome {
        Outcome { lines, changed: false, buttons: Vec::new() }
    }

    /// What a message changed, said in `lines`.
    pub fn changed(lines: Vec<Msg>, changed: bool) -> Outcome {
        Outcome { lines, changed, buttons: Vec::new() }
    }
}

/// Everything a use case needs about the message it serves.
pub(crate) struct Ctx<'a> {
    pub household: &'a Household,
    pub user: &'a UserRef,
    /// Changes one message makes share this batch, so undo takes them back together.
    pub batch: String,
    pub now: i64,
    /// The language of the answer.
    pub locale: &'static str,
    /// An item whose stock starts over in the unit this message gives (a member chose to
    /// count it in bottles rather than litres).
    pub recount: Option<i64>,
}

impl Ctx<'_> {
    pub fn id(&self) -> HouseholdId {
        self.household.id()
    }

    pub fn actor(&self) -> String {
        format!("{}:{}", self.user.platform, self.user.user_id)
    }
}

impl App {
    pub fn new(store: Store, i18n: Arc<I18n>, clock: Arc<dyn Clock>, defaults: Defaults) -> App {
        App { store, i18n, clock, defaults }
    }

    /// Handle one message. `None` means it was a redelivery and nothing is to be said. A
    /// question ("which milk?") comes with buttons.
    pub async fn handle(&self, msg: &Inbound) -> Result<Option<Answer>, AppError> {
        self.handle_as(msg, None).await
    }

    /// Like [`App::handle`], with the intent given by a command (`/add coffee`): the text
    /// only names the items, and may be empty (`/stock`).
    pub async fn handle_as(
        &self,
        msg: &Inbound,
        intent: Option<Intent>,
    ) -> Result<Option<Answer>, AppError> {
        let user_locale = msg.locale.as_deref().and_then(I18n::supported);
        if intent.is_none() && msg.text.trim().is_empty() {
            return Ok(Some(self.reply(user_locale, &[Msg::EmptyMessage]).into()));
        }
        // The limit is told in characters, so it is counted in them: a Russian message
        // takes twice the bytes of an English one as long.
        if msg.text.chars().nth(MAX_MESSAGE_CHARS).is_some() {
            let too_long = Msg::MessageTooLong { max: MAX_MESSAGE_CHARS };
            return Ok(Some(self.reply(user_locale, &[too_long]).into()));
        }
        // Two first messages in a new chat race to create its household; the loser retries
        // and finds the winner's.
        let mut tries = 0;
        loop {
            match self.handle_once(msg, user_locale, intent).await {
                Err(AppError::Store(StoreError::Conflict { .. })) if tries < 3 => tries += 1,
                other => return other,
            }
        }
    }

    async fn handle_once(
        &self,
        msg: &Inbound,
        user_locale: Option<&'static str>,
        intent: Option<Intent>,
    ) -> Result<Option<Answer>, AppError> {
        let now = self.clock.now_ms();
        let mut tx = self.store.begin().await?;
        if let Some(id) = &msg.source_id
            && !inbound::first_seen(&mut tx, msg.chat.platform, id, now).await?
        {
            tx.rollback().await?;
            return Ok(None);
        }
        let household = self.household_for(&mut tx, &msg.chat, user_locale, now).await?;
        households::ensure_member(&mut tx, household.id(), &msg.user, now).await?;
        let locale = user_locale
            .or_else(|| I18n::supported(&household.locale))
            .unwrap_or(self.defaults.locale);
        let vocab = items::vocabulary(&mut tx, household.id()).await?;
        let (mut parsed, locale) = language::understand(&msg.text, locale, &vocab);
        if let Some(intent) = intent {
            parsed.intent = intent;
            if parsed.items.is_empty() {
                let lang = restock_core::parse::Lang::from_tag(locale).unwrap_or_default();
                parsed.items = command_items::items(&msg.text, lang, &vocab);
            }
        }
        let ctx = Ctx {
            household: &household,
            user: &msg.user,
            batch: uuid::Uuid::new_v4().to_string(),
            now,
            locale,
            recount: None,
        };
        let outcome = self.decide(&mut tx, &ctx, &parsed, &vocab).await?;
        if outcome.changed {
            tx.commit().await?;
        } else {
            // Nothing to keep — not even the household a first, unusable message created —
            // but the update itself counts as handled, so a redelivery is not answered twice.
            tx.rollback().await?;
            let mut tx = self.store.begin().await?;
            if let Some(id) = &msg.source_id {
                inbound::first_seen(&mut tx, msg.chat.platform, id, now).await?;
            }
            // Whoever writes in a household's chat is a member, questions and all.
            if let Some(h) =
                households::find_by_chat(&mut tx, msg.chat.platform, &msg.chat.chat_id).await?
            {
                households::ensure_member(&mut tx, h.id(), &msg.user, now).await?;
            }
            tx.commit().await?;
        }
        let reply = self.reply(Some(locale), &outcome.lines);
        Ok(Some(Answer { reply, buttons: outcome.buttons }))
    }

    async fn decide(
        &self,
        tx: &mut Tx,
        ctx: &Ctx<'_>,
        parsed: &Parsed,
        vocab: &Vocabulary,
    ) -> Result<Outcome, AppError> {
        let stock_change = matches!(
            parsed.intent,
            Intent::Consume | Intent::Restock | Intent::Deplete | Intent::SetStock
        );
        let needs_item =
            stock_change || matches!(parsed.intent, Intent::ListAdd | Intent::ListRemove);
        if needs_item && parsed.items.is_empty() {
            return Ok(Outcome::refuse(Msg::NoItem));
        }
        if (needs_item || parsed.intent == Intent::QueryStock)
            && let Some(question) = clarify::ambiguity(parsed, vocab)
        {
            return clarify::ask(tx, ctx, &self.i18n, parsed, question).await;
        }
        if let Some(mismatch) = sizes::mismatch(tx, ctx, parsed).await? {
            return sizes::ask(tx, ctx, &self.i18n, parsed, mismatch).await;
        }
        Ok(match parsed.intent {
            Intent::Unknown => Outcome::refuse(Msg::NotUnderstood),
            Intent::QueryStock => query::stock(tx, ctx, &parsed.items).await?,
            Intent::ShowList => query::list(tx, ctx).await?,
            Intent::ListAdd => list::add(tx, ctx, &parsed.items).await?,
            Intent::ListRemove => list::remove(tx, ctx, &parsed.items).await?,
            Intent::Undo => undo::last(tx, ctx).await?,
            Intent::Consume | Intent::Restock | Intent::Deplete | Intent::SetStock => {
                stock::change(tx, ctx, parsed.intent, &parsed.items).await?
            }
        })
    }

    async fn household_for(
        &self,
        tx: &mut Tx,
        chat: &ChatRef,
        user_locale: Option<&'static str>,
        now: i64,
    ) -> Result<Household, AppError> {
        if let Some(h) = households::find_by_chat(tx, chat.platform, &chat.chat_id).await? {
            return Ok(h);
        }
        let locale = user_locale.unwrap_or(self.defaults.locale);
        Ok(households::create_for_chat(
            tx,
            chat.platform,
            &chat.chat_id,
            locale,
            &self.defaults.time_zone,
            now,
        )
        .await?)
    }

    /// Render sentences, one per line, in `locale` (or the default).
    pub fn reply(&self, locale: Option<&'static str>, lines: &[Msg]) -> Reply {
        let locale = locale.unwrap_or(self.defaults.locale);
        let text = lines.iter().map(|m| self.i18n.text(locale, m)).collect::<Vec<_>>().join("\n");
        Reply { text, locale }
    }

    /// The greeting a front-end shows first.
    pub fn welcome(&self, locale: Option<&str>) -> Reply {
        self.reply(locale.and_then(I18n::supported), &[Msg::Welcome])
    }
}

/// The platform a chat reference names, for front-ends building [`Inbound`].
pub fn chat(platform: Platform, chat_id: impl Into<String>) -> ChatRef {
    ChatRef { platform, chat_id: chat_id.into() }
}
