//! Domain events: the append-only history of a household, and what the outbox delivers.

use serde::{Deserialize, Serialize};

use crate::unit::Unit;

/// An item as events name it: its id in the household and its canonical name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemRef {
    pub id: i64,
    pub name: String,
}

/// One order line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderLine {
    pub item: ItemRef,
    pub quantity: Option<f64>,
    pub unit: Option<Unit>,
}

/// Everything that can happen to a household. The serde tag `type` is the event name that
/// the event log, the outbox and external consumers use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum DomainEvent {
    ItemConsumed {
        item: ItemRef,
        /// `None` when the message gave no amount ("used some flour").
        quantity: Option<f64>,
        unit: Option<Unit>,
        stock_after: Option<f64>,
    },
    ItemRestocked {
        item: ItemRef,
        quantity: Option<f64>,
        unit: Option<Unit>,
        stock_after: Option<f64>,
    },
    StockSet {
        item: ItemRef,
        quantity: Option<f64>,
        unit: Option<Unit>,
        previous: Option<f64>,
        /// Set when this event takes back an earlier one ("undo").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        undoes: Option<i64>,
    },
    ItemDepleted {
        item: ItemRef,
        previous: Option<f64>,
        unit: Option<Unit>,
    },
    ListItemAdded {
        item: ItemRef,
        quantity: Option<f64>,
        unit: Option<Unit>,
    },
    ListItemRemoved {
        item: ItemRef,
        /// Why it left the list: `removed`, `bought` or `undo`.
        reason: String,
    },
    NewListGenerated {
        items: Vec<ItemRef>,
    },
    RestockReminder {
        item: ItemRef,
        left: Option<f64>,
        unit: Option<Unit>,
        /// Expected run-out time, milliseconds since the Unix epoch.
        runs_out_at: Option<i64>,
    },
    WeeklySummaryDue {
        period: String,
    },
    RecurringPurchaseDue {
        schedule_id: i64,
        period: String,
    },
    OrderProposed {
        order_id: i64,
        lines: Vec<OrderLine>,
    },
    OrderConfirmed {
        order_id: i64,
        by: String,
    },
    OrderPlaced {
        order_id: i64,
        store_ref: String,
    },
    OrderFailed {
        order_id: i64,
        reason: String,
    },
    OrderCancelled {
        order_id: i64,
        by: String,
    },
}

impl DomainEvent {
    /// The event name (the serde tag).
    pub fn type_name(&self) -> &'static str {
        match self {
            DomainEvent::ItemConsumed { .. } => "ItemConsumed",
            DomainEvent::ItemRestocked { .. } => "ItemRestocked",
            DomainEvent::StockSet { .. } => "StockSet",
            DomainEvent::ItemDepleted { .. } => "ItemDepleted",
            DomainEvent::ListItemAdded { .. } => "ListItemAdded",
            DomainEvent::ListItemRemoved { .. } => "ListItemRemoved",
            DomainEvent::NewListGenerated { .. } => "NewListGenerated",
            DomainEvent::RestockReminder { .. } => "RestockReminder",
            DomainEvent::WeeklySummaryDue { .. } => "WeeklySummaryDue",
            DomainEvent::RecurringPurchaseDue { .. } => "RecurringPurchaseDue",
            DomainEvent::OrderProposed { .. } => "OrderProposed",
            DomainEvent::OrderConfirmed { .. } => "OrderConfirmed",
            DomainEvent::OrderPlaced { .. } => "OrderPlaced",
            DomainEvent::OrderFailed { .. } => "OrderFailed",
            DomainEvent::OrderCancelled { .. } => "OrderCancelled",
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("domain events always serialise")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_serde_tag_is_the_type_name() {
        let e = DomainEvent::ItemDepleted {
            item: ItemRef { id: 1, name: "milk".into() },
            previous: Some(1.0),
            unit: Some(Unit::L),
        };
        let v: serde_json::Value = serde_json::from_str(&e.to_json()).unwrap();
        assert_eq!(v["type"], e.type_name());
        let back: DomainEvent = serde_json::from_value(v).unwrap();
        assert_eq!(back, e);
    }
}
