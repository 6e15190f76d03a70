//! `/order` proposes an order from the shopping list; `/list` shows the list with a button per
//! item. Both open actions that a member decides by pressing a button (see `buttons`).

use restock_core::event::{DomainEvent, ItemRef, OrderLine};
use restock_core::household::HouseholdId;
use restock_storage::{Tx, actions, events, list as shopping, orders};

use super::button_data::{ButtonData, Choice};
use super::session::Answer;
use super::{App, AppError, Inbound};
use crate::i18n::{ChatMsg, Msg, Qty};
use crate::notify::Button;

/// Action kinds, as stored.
pub(crate) const ORDER: &str = "order";
pub(crate) const LIST_TICK: &str = "list.tick";

/// Buttons work for a week; after that a fresh `/order` or `/list` is needed.
const BUTTON_LIFETIME_MS: i64 = 7 * 24 * 3_600_000;

#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct OrderPayload {
    pub order_id: i64,
}

#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct TickPayload {
    pub item_id: i64,
}

impl App {
    /// `/order`: an order of everything on the shopping list, with Confirm and Cancel.
    pub async fn propose_order(&self, msg: &Inbound) -> Result<Option<Answer>, AppError> {
        let Some(mut s) = self.session(msg).await? else { return Ok(None) };
        let household = s.household.id();
        let entries = shopping::entries(&mut s.tx, household).await?;
        if entries.is_empty() {
            return self.finish(s, &[Msg::Chat(ChatMsg::OrderEmpty)], Vec::new()).await;
        }
        let lines: Vec<OrderLine> = entries
            .iter()
            .map(|e| OrderLine {
                item: ItemRef { id: e.item_id, name: e.name.clone() },
                quantity: e.quantity,
                unit: e.unit,
            })
            .collect();
        let actor = format!("{}:{}", msg.user.platform, msg.user.user_id);
        let (text, buttons) =
            self.propose(&mut s.tx, household, lines, &actor, s.locale, s.now).await?;
        self.finish(s, &text, buttons).await
    }

    /// Record a proposed order of `lines` and open its Confirm/Cancel question.
    pub(crate) async fn propose(
        &self,
        tx: &mut Tx,
        household: HouseholdId,
        lines: Vec<OrderLine>,
        actor: &str,
        locale: &'static str,
        now: i64,
    ) -> Result<(Vec<Msg>, Vec<Vec<Button>>), AppError> {
        let json = serde_json::to_string(&lines).unwrap_or_else(|_| "[]".into());
        let order_id = orders::propose(tx, household, &json, now).await?;
        let mut text = vec![Msg::Chat(ChatMsg::OrderProposed { count: lines.len() })];
        text.extend(lines.iter().map(|l| {
            Msg::Chat(ChatMsg::OrderLine { entry: Qty::new(l.quantity, l.unit, &l.item.name) })
        }));
        let event = DomainEvent::OrderProposed { order_id, lines };
        events::record(tx, household, Some(actor), &event, now).await?;
        let payload = serde_json::to_string(&OrderPayload { order_id }).unwrap_or_default();
        let expires = Some(now + BUTTON_LIFETIME_MS);
        let token = actions::open(tx, household, ORDER, &payload, expires, now).await?;
        let button = |choice, label: ChatMsg| Button {
            label: self.i18n.text(locale, &Msg::Chat(label)),
            data: ButtonData { token: token.clone(), choice }.to_string(),
        };
        let buttons = vec![vec![
            button(Choice::Confirm, ChatMsg::OrderConfirmButton),
            button(Choice::Cancel, ChatMsg::OrderCancelButton),
        ]];
        Ok((text, buttons))
    }

    /// `/list`: the shopping list with a button per item; a tap records the purchase.
    pub async fn list_with_buttons(&self, msg: &Inbound) -> Result<Option<Answer>, AppError> {
        let Some(mut s) = self.session(msg).await? else { return Ok(None) };
        let household = s.household.id();
        let entries = shopping::entries(&mut s.tx, household).await?;
        if entries.is_empty() {
            return self.finish(s, &[Msg::ListEmpty], Vec::new()).await;
        }
        let mut text = vec![Msg::ListHeader { count: entries.len() }];
        let mut buttons = Vec::new();
        let expires = Some(s.now + BUTTON_LIFETIME_MS);
        for e in &entries {
            text.push(Msg::ListLine { entry: Qty::new(e.quantity, e.unit, &e.name) });
            let payload =
                serde_json::to_string(&TickPayload { item_id: e.item_id }).unwrap_or_default();
            let token =
                actions::open(&mut s.tx, household, LIST_TICK, &payload, expires, s.now).await?;
            let label =
                self.i18n.text(s.locale, &Msg::Chat(ChatMsg::TickButton { item: e.name.clone() }));
            buttons.push(Button {
                label,
                data: ButtonData { token, choice: Choice::Tick }.to_string(),
            });
        }
        // Two buttons a row keeps a long list compact on a phone.
        let rows = buttons.chunks(2).map(<[Button]>::to_vec).collect();
        self.finish(s, &text, rows).await
    }
}
