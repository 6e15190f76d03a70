//! A button press: the token names an action in storage; only a member of the action's
//! household may decide it, only while it is open, only once.

use restock_core::event::DomainEvent;
use restock_core::household::{HouseholdId, UserRef};
use restock_core::parse::{Intent, ParsedItem};
use restock_storage::actions::{self, Action};
use restock_storage::{Tx, events, households, items, list as shopping, orders};

use super::button_data::{ButtonData, Choice};
use super::order::{LIST_TICK, ORDER, OrderPayload, TickPayload};
use super::{App, AppError, Ctx, stock};
use crate::i18n::{ChatMsg, I18n, Msg};

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

/// The answer to a press: a short notice for the presser, and the message's new state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PressOutcome {
    pub notice: String,
    pub closing: Closing,
}

impl App {
    pub async fn press(&self, press: &Press) -> Result<PressOutcome, AppError> {
        let user_locale = press.locale.as_deref().and_then(I18n::supported);
        let refuse = |m: ChatMsg, locale: Option<&'static str>| PressOutcome {
            notice: self.reply(locale.or(user_locale), &[Msg::Chat(m)]).text,
            closing: Closing::Nothing,
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
        let ctx = Ctx {
            household: &home,
            user: &press.user,
            batch: uuid::Uuid::new_v4().to_string(),
            now,
        };
        let decided = match (action.kind.as_str(), data.choice) {
            (ORDER, Choice::Confirm | Choice::Cancel) => {
                self.decide_order(&mut tx, &ctx, &action, data.choice).await?
            }
            (LIST_TICK, Choice::Tick) => self.tick(&mut tx, &ctx, &action).await?,
            _ => None,
        };
        let Some((notice, line, whole)) = decided else {
            tx.rollback().await?;
            return Ok(refuse(ChatMsg::PressDecided, locale));
        };
        if !actions::decide(&mut tx, &data.token, &ctx.actor(), data.choice_code(), now).await? {
            tx.rollback().await?;
            return Ok(refuse(ChatMsg::PressDecided, locale));
        }
        tx.commit().await?;
        let say = |m: ChatMsg| self.reply(locale, &[Msg::Chat(m)]).text;
        let line = say(line);
        let closing = if whole {
            Closing::All { line }
        } else {
            Closing::One { line, data: press.data.clone() }
        };
        Ok(PressOutcome { notice: say(notice), closing })
    }

    /// Confirm or cancel a proposed order. `None` if it is no longer proposed.
    async fn decide_order(
        &self,
        tx: &mut Tx,
        ctx: &Ctx<'_>,
        action: &Action,
        choice: Choice,
    ) -> Result<Option<(ChatMsg, ChatMsg, bool)>, AppError> {
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
            Choice::Confirm => (ChatMsg::OrderConfirmed, ChatMsg::OrderConfirmedBy { name }, true),
            _ => (ChatMsg::OrderCancelled, ChatMsg::OrderCancelledBy { name }, true),
        }))
    }

    /// Tick an item off the list: it was bought, so it is restocked and leaves the list.
    /// `None` if it left the list some other way since.
    async fn tick(
        &self,
        tx: &mut Tx,
        ctx: &Ctx<'_>,
        action: &Action,
    ) -> Result<Option<(ChatMsg, ChatMsg, bool)>, AppError> {
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
        Ok(Some((ChatMsg::Ticked { item: item.clone() }, ChatMsg::TickedBy { item, name }, false)))
    }
}

impl ButtonData {
    fn choice_code(&self) -> &'static str {
        match self.choice {
            Choice::Confirm => "confirm",
            Choice::Cancel => "cancel",
            Choice::Tick => "tick",
        }
    }
}
