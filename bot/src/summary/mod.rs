//! The periodic summary: what the household used and bought, what is about to run out, the
//! shopping list and open orders — with a small consumption chart as a photo.

pub mod chart;
mod digest;

use restock_core::event::DomainEvent;
use restock_storage::outbox::Claimed;

pub use digest::Digest;

use crate::i18n::{DeliveryMsg, I18n, Msg, Qty};
use crate::notify::Outgoing;
use crate::relay::dispatch::{Deps, HandleError, Handler};
use crate::relay::fanout;

/// How many items each section lists at most.
const TOP: usize = 10;

/// The text of a summary, in `locale`.
pub fn compose(i18n: &I18n, locale: &str, d: &Digest, monthly: bool) -> String {
    let mut lines = vec![Msg::Delivery(DeliveryMsg::SummaryHeader { monthly })];
    let used: Vec<_> = d.flows.iter().filter(|f| f.used > 0.0).take(TOP).collect();
    lines.push(Msg::Delivery(DeliveryMsg::SummaryUsed));
    if used.is_empty() {
        lines.push(Msg::Delivery(DeliveryMsg::SummaryNothingUsed));
    }
    for f in used {
        lines.push(Msg::Delivery(DeliveryMsg::SummaryLine {
            amount: Qty::new(Some(f.used), f.unit, &f.item.name),
        }));
    }
    let bought: Vec<_> = d.flows.iter().filter(|f| f.bought > 0.0).take(TOP).collect();
    lines.push(Msg::Delivery(DeliveryMsg::SummaryBought));
    if bought.is_empty() {
        lines.push(Msg::Delivery(DeliveryMsg::SummaryNothingBought));
    }
    for f in bought {
        lines.push(Msg::Delivery(DeliveryMsg::SummaryLine {
            amount: Qty::new(Some(f.bought), f.unit, &f.item.name),
        }));
    }
    if !d.low.is_empty() {
        lines.push(Msg::Delivery(DeliveryMsg::SummaryRunningLow));
        for l in d.low.iter().take(TOP) {
            let left = Qty::new(Some(l.left), l.unit, &l.item.name);
            lines.push(Msg::Delivery(DeliveryMsg::SummaryLowLine { left, days: l.days }));
        }
    }
    if d.list.is_empty() {
        lines.push(Msg::ListEmpty);
    } else {
        lines.push(Msg::ListHeader { count: d.list.len() });
        for e in &d.list {
            lines.push(Msg::ListLine { entry: Qty::new(e.quantity, e.unit, &e.name) });
        }
    }
    if !d.orders.is_empty() {
        lines.push(Msg::Delivery(DeliveryMsg::SummaryOrders { count: d.orders.len() }));
        for o in &d.orders {
            lines.push(Msg::Delivery(DeliveryMsg::SummaryOrderLine {
                id: o.id,
                status: o.status.clone(),
            }));
        }
    }
    lines.iter().map(|m| i18n.text(locale, m)).collect::<Vec<_>>().join("\n")
}

/// Sends `WeeklySummaryDue` (weekly or monthly, by its period) to every linked chat.
pub struct SummaryHandler;

#[async_trait::async_trait]
impl Handler for SummaryHandler {
    async fn handle(&self, deps: &Deps, row: &Claimed) -> Result<(), HandleError> {
        let Some((audience, to)) = fanout::pending(deps, row).await? else { return Ok(()) };
        let period = match serde_json::from_str(&row.payload) {
            Ok(DomainEvent::WeeklySummaryDue { period }) => period,
            _ => return Err(HandleError::Permanent(format!("row {} is not a summary", row.id))),
        };
        // Monthly periods are `YYYY-MM`, weekly ones a date.
        let monthly = period.len() == 7;
        let household = fanout::household_of(row)?;
        let digest =
            Digest::load(&deps.store, household, row.created_at, if monthly { 30 } else { 7 })
                .await?;
        let locale = I18n::supported(&audience.locale).unwrap_or(crate::i18n::FALLBACK);
        let text = compose(&deps.i18n, locale, &digest, monthly);
        let photo = match chart::png(&digest.uses_per_day) {
            Ok(png) => Some(png),
            Err(e) => {
                tracing::warn!(error = %e, "summary chart failed; sending text only");
                None
            }
        };
        fanout::send(deps, row, &to, &Outgoing { text, buttons: Vec::new(), photo }).await
    }
}
