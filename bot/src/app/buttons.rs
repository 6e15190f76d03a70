//! A button press: the token names an action in storage; only a member of the action's
//! household may decide it, only while it is open, only once.

use restock_core::event::DomainEvent;
use restock_core::household::{HouseholdId, UserRef};
use restock_core::parse::{Intent, ParsedItem};
use restock_storage::actions::{self, Action};
use restock_storage::{Tx, events, households, items, list as shopping, orders};

use super::button_data::{ButtonData, Choice};
use super::clarify::{self, CLARIFY, ClarifyPayload, Lesson};
use super::order::{LIST_TICK, ORDER, OrderPayload, TickPayload};
use super::reminder::REMINDER;
use super::sizes::{self, SIZE, SizePayload};
use super::{Answer, App, AppError, Ctx, stock};
use crate::i18n::{ChatMsg, I18n, Msg};
use crate::notify::Button;

/// Someone pressed a button.
#[derive(Debug, Clone)]
pub struct Press {
    pub user: UserRef,
    /// The button's data, exactly as the platform delivered it.
    pub data: String,
    pub locale: Option<String>,
}

/// What the press did to the message it sits under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Closing {
    /// Refused: the message stays as it is.
    Nothing,
    /// The question is decided: append a line, remove every button.
    All { line: String },
    /// One item is done: append a line, remove this button only.
    One { line: String, data: String },
}

/// The answer to a press: a short notice for the presser, the message's new state, and
/// maybe a new message for the chat (the next question, an order to confirm).
#[derive(Debug, Clone, PartialEq)]
pub struct PressOutcome {
    pub notice: String,
    pub closing: Closing,
    pub follow_up: Option<Answer>,
}

impl App {
    pub async fn press(&self, press: &Press) -> Result<PressOutcome, AppError> {
        let user_locale = press.locale.as_deref().and_then(I18n::supported);
        let refuse = |m: ChatMsg, locale: Option<&'static str>| PressOutcome {
            notice: self.reply(locale.or(user_locale), &[Msg::Chat(m)]).text,
            closing: Closing::Nothing,
            follow_up: None,
        };
        let Ok(data) = press.data.parse::<ButtonData>() else {
            return Ok(refuse(ChatMsg::PressUnknown, None));
        };
        let now = self.clock.now_ms();
        let mut tx = self.store.begin().await?;
        let Some(action) = actions::get_for_update(&mut tx, &data.token).await? else {
            return Ok(refuse(ChatMsg::PressUnknown, None));
        };
        let household = HouseholdId(action.household_id);
        let Some(home) = households::get(&mut tx, household).await? else {
            return Ok(refuse(ChatMsg::PressUnknown, None));
        };
        let locale = user_locale.or_else(|| I18n::supported(&home.locale));
        let member =
            households::is_member(&mut tx, household, press.user.platform, &press.user.user_id)
                .await?;
        if !member {
            return Ok(refuse(ChatMsg::PressNotMember, locale));
        }
        if action.status != "open" {
            return Ok(refuse(ChatMsg::PressDecided, locale));
        }
        if action.expires_at.is_some_and(|t| t <= now) {
            return Ok(refuse(ChatMsg::PressExpired, locale));
        }
        let locale_now = locale.unwrap_or(self.defaults.locale);
        let ctx = Ctx {
            household: &home,
            user: &press.user,
            batch: uuid::Uuid::new_v4().to_string(),
            now,
            locale: locale_now,
            recount: None,
        };
        let decided = match (action.kind.as_str(), data.choice) {
            (ORDER, Choice::Confirm | Choice::Cancel) => {
                self.decide_order(&mut tx, &ctx, &action, data.choice).await?
            }
            (LIST_TICK, Choice::Tick) => self.tick(&mut tx, &ctx, &action).await?,
            (CLARIFY | SIZE, Choice::Pick(n)) => {
                let Some(question) = Question::of(&action, household, n) else {
                    return Ok(refuse(ChatMsg::PressUnknown, locale));
                };
                let (tx2, decided) = self.answer(tx, &ctx, &data, &question, n).await?;
                tx = tx2;
                decided
            }
            (REMINDER, Choice::List | Choice::Order | Choice::Snooze) => {
                self.remind(&mut tx, &ctx, &action, data.choice).await?
            }
            _ => None,
        };
        let Some(decided) = decided else {
            tx.rollback().await?;
            return Ok(refuse(ChatMsg::PressDecided, locale));
        };
        if !actions::decide(&mut tx, &data.token, &ctx.actor(), &data.choice.code(), now).await? {
            tx.rollback().await?;
            return Ok(refuse(ChatMsg::PressDecided, locale));
        }
        tx.commit().await?;
        let line = self.reply(Some(locale_now), &decided.lines).text;
        let closing = if decided.whole {
            Closing::All { line }
        } else {
            Closing::One { line, data: press.data.clone() }
        };
        let follow_up = decided.follow_up.map(|(lines, buttons)| Answer {
            reply: self.reply(Some(locale_now), &lines),
            buttons,
        });
        Ok(PressOutcome {
            notice: self.reply(Some(locale_now), &[decided.notice]).text,
            closing,
            follow_up,
        })
    }

    /// Answer a question about a held message: learn what it taught (what a name means, how
    /// big a bottle is), then apply the message as its author wrote it. A refused message
    /// still teaches the lesson.
    async fn answer(
        &self,
        mut tx: Tx,
        ctx: &Ctx<'_>,
        data: &ButtonData,
        question: &Question,
        pick: u8,
    ) -> Result<(Tx, Option<Decided>), AppError> {
        let Some(lesson) = question.learn(&mut tx, ctx, pick).await? else {
            return Ok((tx, None));
        };
        let author = lesson.held.author().unwrap_or_else(|| ctx.user.clone());
        let as_author = Ctx {
            household: ctx.household,
            user: &author,
            batch: ctx.batch.clone(),
            now: ctx.now,
            locale: ctx.locale,
            recount: lesson.recount,
        };
        let vocab = items::vocabulary(&mut tx, ctx.id()).await?;
        let outcome = self.decide(&mut tx, &as_author, &lesson.parsed, &vocab).await?;
        if !outcome.changed {
            // Undo the half-applied message, keep the lesson.
            tx.rollback().await?;
            tx = self.store.begin().await?;
            let open = actions::get_for_update(&mut tx, &data.token).await?;
            if open.is_none_or(|a| a.status != "open") {
                return Ok((tx, None));
            }
            question.learn(&mut tx, ctx, pick).await?;
        }
        let mut lines = vec![Msg::Ask(lesson.line)];
        let follow_up = if outcome.buttons.is_empty() {
            lines.extend(outcome.lines);
            None
        } else {
            // The message holds another question: ask that next.
            Some((outcome.lines, outcome.buttons))
        };
        let notice = Msg::Ask(lesson.notice);
        Ok((tx, Some(Decided { notice, lines, whole: true, follow_up })))
    }

    /// Confirm or cancel a proposed order. `None` if it is no longer proposed.
    async fn decide_order(
        &self,
        tx: &mut Tx,
        ctx: &Ctx<'_>,
        action: &Action,
        choice: Choice,
    ) -> Result<Option<Decided>, AppError> {
        let Ok(OrderPayload { order_id }) = serde_json::from_str(&action.payload) else {
            return Ok(None);
        };
        let (to, event) = match choice {
            Choice::Confirm => {
                ("confirmed", DomainEvent::OrderConfirmed { order_id, by: ctx.actor() })
            }
            _ => ("cancelled", DomainEvent::OrderCancelled { order_id, by: ctx.actor() }),
        };
        if !orders::transition(tx, order_id, "proposed", to, &ctx.actor(), ctx.now).await? {
            return Ok(None);
        }
        events::record(tx, ctx.id(), Some(&ctx.actor()), &event, ctx.now).await?;
        let name = ctx.user.display_name.clone();
        Ok(Some(match choice {
            Choice::Confirm => {
                Decided::all(ChatMsg::OrderConfirmed, ChatMsg::OrderConfirmedBy { name })
            }
            _ => Decided::all(ChatMsg::OrderCancelled, ChatMsg::OrderCancelledBy { name }),
        }))
    }

    /// Tick an item off the list: it was bought, so it is restocked and leaves the list.
    /// `None` if it left the list some other way since.
    async fn tick(
        &self,
        tx: &mut Tx,
        ctx: &Ctx<'_>,
        action: &Action,
    ) -> Result<Option<Decided>, AppError> {
        let Ok(TickPayload { item_id }) = serde_json::from_str(&action.payload) else {
            return Ok(None);
        };
        let Some(item) = items::get(tx, item_id).await? else { return Ok(None) };
        let entry =
            shopping::entries(tx, ctx.id()).await?.into_iter().find(|e| e.item_id == item_id);
        let Some(entry) = entry else { return Ok(None) };
        let bought =
            ParsedItem { name: item.name.clone(), quantity: entry.quantity, unit: entry.unit };
        let outcome = stock::change(tx, ctx, Intent::Restock, &[bought]).await?;
        if !outcome.changed {
            return Ok(None);
        }
        // Restocking takes a listed item off the list; make sure, whatever the amount said.
        shopping::remove(tx, ctx.id(), item_id).await?;
        let name = ctx.user.display_name.clone();
        let item = item.name;
        Ok(Some(Decided {
            notice: Msg::Chat(ChatMsg::Ticked { item: item.clone() }),
            lines: vec![Msg::Chat(ChatMsg::TickedBy { item, name })],
            whole: false,
            follow_up: None,
        }))
    }
}

/// A question about a held message, as its action stores it.
enum Question {
    Which(ClarifyPayload),
    Size(SizePayload),
}

impl Question {
    /// The question `action` asks, if `pick` is one of its answers.
    fn of(action: &Action, household: HouseholdId, pick: u8) -> Option<Question> {
        let pick = usize::from(pick);
        match action.kind.as_str() {
            CLARIFY => clarify::payload(action, household)
                .filter(|p| pick <= p.choices.len())
                .map(Question::Which),
            SIZE => sizes::payload(action, household)
                .filter(|p| pick <= p.amounts.len())
                .map(Question::Size),
            _ => None,
        }
    }

    async fn learn(
        &self,
        tx: &mut Tx,
        ctx: &Ctx<'_>,
        pick: u8,
    ) -> Result<Option<Lesson>, AppError> {
        match self {
            Question::Which(p) => clarify::learn(tx, ctx, p, pick).await,
            Question::Size(p) => sizes::learn(tx, ctx, p, pick).await,
        }
    }
}

/// What a press decided: a notice for the presser, lines for the message it sits under,
/// whether that closes the whole message, and maybe a new message to send (a next question).
pub(crate) struct Decided {
    pub notice: Msg,
    pub lines: Vec<Msg>,
    pub whole: bool,
    pub follow_up: Option<(Vec<Msg>, Vec<Vec<Button>>)>,
}

impl Decided {
    /// The question is settled: `line` goes under it and its buttons go.
    pub fn all(notice: ChatMsg, line: ChatMsg) -> Decided {
        Decided {
            notice: Msg::Chat(notice),
            lines: vec![Msg::Chat(line)],
            whole: true,
            follow_up: None,
        }
    }
}
