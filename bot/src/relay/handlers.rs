//! The standard handlers: what each event type sends, if anything.

use restock_core::event::DomainEvent;
use restock_core::household::HouseholdId;
use restock_storage::outbox::Claimed;
use restock_storage::{actions, list, schedules};

use super::dispatch::{Deps, HandleError, Handler, Nothing, Registry};
use super::fanout;
use crate::app::{ButtonData, Choice, REMINDER};
use crate::i18n::{DeliveryMsg, FALLBACK, I18n, Msg, Qty};
use crate::notify::{Button, Outgoing};
use crate::scheduler::recurring::RecurringPurchase;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// Topics whose events need nothing sent by the relay (the sink still publishes them).
/// Order events are answered in the chat where they happen; placing an order belongs to
/// the grocery connectors.
pub const SILENT: &[&str] = &[
    "ItemConsumed",
    "ItemRestocked",
    "StockSet",
    "ItemDepleted",
    "ListItemAdded",
    "ListItemRemoved",
    "OrderProposed",
    "OrderConfirmed",
    "OrderPlaced",
    "OrderFailed",
    "OrderCancelled",
];

/// Every event type, with its handler.
pub fn standard() -> Registry {
    let registry = Registry::new()
        .on("RestockReminder", Reminder)
        .on("NewListGenerated", NewList)
        .on("RecurringPurchaseDue", Recurring)
        .on("WeeklySummaryDue", crate::summary::SummaryHandler);
    SILENT.iter().fold(registry, |r, topic| r.on(topic, Nothing))
}

fn event(row: &Claimed) -> Result<DomainEvent, HandleError> {
    serde_json::from_str(&row.payload)
        .map_err(|e| HandleError::Permanent(format!("row {}: {e}", row.id)))
}

fn locale(tag: &str) -> &'static str {
    I18n::supported(tag).unwrap_or(FALLBACK)
}

/// "Running low on milk", with add-to-list, order-now and snooze buttons.
pub struct Reminder;

#[async_trait::async_trait]
impl Handler for Reminder {
    async fn handle(&self, deps: &Deps, row: &Claimed) -> Result<(), HandleError> {
        let Some((audience, to)) = fanout::pending(deps, row).await? else { return Ok(()) };
        let DomainEvent::RestockReminder { item, left, unit, runs_out_at } = event(row)? else {
            return Err(HandleError::Permanent(format!("row {} is not a reminder", row.id)));
        };
        let now = deps.clock.now_ms();
        let loc = locale(&audience.locale);
        let left = Qty::new(left, unit, &item.name);
        let msg = match runs_out_at {
            Some(at) => DeliveryMsg::Reminder {
                item: item.name.clone(),
                left,
                days: (at - now) as f64 / DAY_MS as f64,
            },
            None => DeliveryMsg::ReminderNoForecast { item: item.name.clone(), left },
        };
        let household = fanout::household_of(row)?;
        let payload = serde_json::json!({ "item_id": item.id }).to_string();
        let mut tx = deps.store.begin().await?;
        let token =
            actions::open(&mut tx, household, REMINDER, &payload, Some(now + 7 * DAY_MS), now)
                .await?;
        tx.commit().await?;
        let buttons = [
            (Choice::List, DeliveryMsg::AddToListButton),
            (Choice::Order, DeliveryMsg::OrderNowButton),
            (Choice::Snooze, DeliveryMsg::SnoozeButton),
        ]
        .into_iter()
        .map(|(choice, label)| Button {
            label: deps.i18n.text(loc, &Msg::Delivery(label)),
            data: ButtonData { token: token.clone(), choice }.to_string(),
        })
        .collect();
        let out = Outgoing {
            text: deps.i18n.text(loc, &Msg::Delivery(msg)),
            buttons: vec![buttons],
            photo: None,
        };
        fanout::send(deps, row, &to, &out).await
    }
}

/// "New shopping list (3 items): …"
pub struct NewList;

#[async_trait::async_trait]
impl Handler for NewList {
    async fn handle(&self, deps: &Deps, row: &Claimed) -> Result<(), HandleError> {
        let Some((audience, to)) = fanout::pending(deps, row).await? else { return Ok(()) };
        let DomainEvent::NewListGenerated { items } = event(row)? else {
            return Err(HandleError::Permanent(format!("row {} is not a list", row.id)));
        };
        let loc = locale(&audience.locale);
        let mut lines = vec![Msg::Delivery(DeliveryMsg::NewList { count: items.len() })];
        lines.extend(items.iter().map(|i| Msg::ListLine { entry: Qty::new(None, None, &i.name) }));
        let text = lines.iter().map(|m| deps.i18n.text(loc, m)).collect::<Vec<_>>().join("\n");
        fanout::send(deps, row, &to, &Outgoing { text, ..Outgoing::default() }).await
    }
}

/// A recurring purchase is due: put it on the shopping list and say so.
pub struct Recurring;

#[async_trait::async_trait]
impl Handler for Recurring {
    async fn handle(&self, deps: &Deps, row: &Claimed) -> Result<(), HandleError> {
        let DomainEvent::RecurringPurchaseDue { schedule_id, .. } = event(row)? else {
            return Err(HandleError::Permanent(format!(
                "row {} is not a recurring purchase",
                row.id
            )));
        };
        let Some(schedule) = schedules::get(&deps.store, schedule_id).await? else {
            return Ok(()); // deleted since it fired
        };
        let spec = RecurringPurchase::parse(&schedule.spec).ok_or_else(|| {
            HandleError::Permanent(format!("schedule {schedule_id} is unreadable"))
        })?;
        let household = HouseholdId(schedule.household_id);
        // Putting it on the list again is harmless, so a redelivery may repeat this.
        let mut tx = deps.store.begin().await?;
        let now = deps.clock.now_ms();
        list::add(
            &mut tx,
            household,
            spec.item_id,
            spec.quantity,
            spec.unit,
            Some("schedule"),
            now,
        )
        .await?;
        tx.commit().await?;
        let Some((audience, to)) = fanout::pending(deps, row).await? else { return Ok(()) };
        let msg = Msg::Delivery(DeliveryMsg::RecurringDue {
            entry: Qty::new(spec.quantity, spec.unit, &spec.item),
        });
        let text = deps.i18n.text(locale(&audience.locale), &msg);
        fanout::send(deps, row, &to, &Outgoing { text, ..Outgoing::default() }).await
    }
}
