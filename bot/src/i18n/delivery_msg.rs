//! Sentences the relay sends on its own: reminders, new lists, recurring purchases and the
//! periodic summary.

use fluent_bundle::FluentArgs;

use super::{I18n, Qty, number};

#[derive(Debug, Clone, PartialEq)]
pub enum DeliveryMsg {
    /// Running low, with a forecast of when it runs out.
    Reminder {
        item: String,
        left: Qty,
        days: f64,
    },
    /// Running low, no forecast yet.
    ReminderNoForecast {
        item: String,
        left: Qty,
    },
    AddToListButton,
    OrderNowButton,
    SnoozeButton,
    NewList {
        count: usize,
    },
    RecurringDue {
        entry: Qty,
    },
    /// `monthly: false` for a weekly summary.
    SummaryHeader {
        monthly: bool,
    },
    SummaryUsed,
    SummaryBought,
    SummaryNothingUsed,
    SummaryNothingBought,
    SummaryLine {
        amount: Qty,
    },
    SummaryRunningLow,
    SummaryLowLine {
        left: Qty,
        days: f64,
    },
    SummaryOrders {
        count: usize,
    },
    /// `status`: proposed, confirmed or submitting.
    SummaryOrderLine {
        id: i64,
        status: String,
    },
}

impl DeliveryMsg {
    pub fn id(&self) -> &'static str {
        match self {
            DeliveryMsg::Reminder { .. } => "reminder",
            DeliveryMsg::ReminderNoForecast { .. } => "reminder-no-forecast",
            DeliveryMsg::AddToListButton => "reminder-add-button",
            DeliveryMsg::OrderNowButton => "reminder-order-button",
            DeliveryMsg::SnoozeButton => "reminder-snooze-button",
            DeliveryMsg::NewList { .. } => "new-list",
            DeliveryMsg::RecurringDue { .. } => "recurring-due",
            DeliveryMsg::SummaryHeader { .. } => "digest-header",
            DeliveryMsg::SummaryUsed => "digest-used",
            DeliveryMsg::SummaryBought => "digest-bought",
            DeliveryMsg::SummaryNothingUsed => "digest-nothing-used",
            DeliveryMsg::SummaryNothingBought => "digest-nothing-bought",
            DeliveryMsg::SummaryLine { .. } => "digest-line",
            DeliveryMsg::SummaryRunningLow => "digest-running-low",
            DeliveryMsg::SummaryLowLine { .. } => "digest-low-line",
            DeliveryMsg::SummaryOrders { .. } => "digest-orders",
            DeliveryMsg::SummaryOrderLine { .. } => "digest-order-line",
        }
    }

    pub(crate) fn args(&self, i18n: &I18n, locale: &str) -> FluentArgs<'static> {
        let mut a = FluentArgs::new();
        let days = |a: &mut FluentArgs<'static>, d: f64| {
            let d = d.max(0.0).round();
            a.set("days", d);
            a.set("d", number(locale, d));
        };
        match self {
            DeliveryMsg::Reminder { item, left, days: d } => {
                a.set("item", item.clone());
                a.set("left", left.render(i18n, locale));
                days(&mut a, *d);
            }
            DeliveryMsg::ReminderNoForecast { item, left } => {
                a.set("item", item.clone());
                a.set("left", left.render(i18n, locale));
            }
            DeliveryMsg::NewList { count } | DeliveryMsg::SummaryOrders { count } => {
                a.set("count", *count);
                a.set("n", number(locale, *count as f64));
            }
            DeliveryMsg::RecurringDue { entry } => a.set("entry", entry.render(i18n, locale)),
            DeliveryMsg::SummaryHeader { monthly } => {
                a.set("cadence", if *monthly { "monthly" } else { "weekly" })
            }
            DeliveryMsg::SummaryLine { amount } => a.set("amount", amount.render(i18n, locale)),
            DeliveryMsg::SummaryLowLine { left, days: d } => {
                a.set("left", left.render(i18n, locale));
                days(&mut a, *d);
            }
            DeliveryMsg::SummaryOrderLine { id, status } => {
                a.set("id", *id);
                a.set("status", status.clone());
            }
            _ => {}
        }
        a
    }

    pub fn examples() -> Vec<DeliveryMsg> {
        let milk = || Qty::new(Some(0.5), Some(restock_core::unit::Unit::L), "milk");
        vec![
            DeliveryMsg::Reminder { item: "milk".into(), left: milk(), days: 2.0 },
            DeliveryMsg::Reminder { item: "milk".into(), left: milk(), days: 1.0 },
            DeliveryMsg::ReminderNoForecast { item: "milk".into(), left: milk() },
            DeliveryMsg::AddToListButton,
            DeliveryMsg::OrderNowButton,
            DeliveryMsg::SnoozeButton,
            DeliveryMsg::NewList { count: 3 },
            DeliveryMsg::RecurringDue { entry: Qty::new(Some(12.0), None, "egg") },
            DeliveryMsg::SummaryHeader { monthly: false },
            DeliveryMsg::SummaryHeader { monthly: true },
            DeliveryMsg::SummaryUsed,
            DeliveryMsg::SummaryBought,
            DeliveryMsg::SummaryNothingUsed,
            DeliveryMsg::SummaryNothingBought,
            DeliveryMsg::SummaryLine { amount: milk() },
            DeliveryMsg::SummaryRunningLow,
            DeliveryMsg::SummaryLowLine { left: milk(), days: 3.0 },
            DeliveryMsg::SummaryOrders { count: 1 },
            DeliveryMsg::SummaryOrderLine { id: 7, status: "proposed".into() },
            DeliveryMsg::SummaryOrderLine { id: 8, status: "submitting".into() },
        ]
    }
}
