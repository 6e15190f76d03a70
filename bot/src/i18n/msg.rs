//! The sentences Restock says, as one typed enum.

use fluent_bundle::FluentArgs;
use restock_core::unit::Unit;

use super::{AskMsg, ChatMsg, DeliveryMsg, I18n, PlanMsg, amount, number};

/// An amount of an item, rendered in the reader's locale ("10 eggs", "1.5 l of milk").
#[derive(Debug, Clone, PartialEq)]
pub struct Qty {
    pub value: Option<f64>,
    pub unit: Option<Unit>,
    pub item: String,
}

impl Qty {
    pub fn new(value: Option<f64>, unit: Option<Unit>, item: &str) -> Qty {
        Qty { value, unit, item: item.to_owned() }
    }

    pub(crate) fn render(&self, i18n: &I18n, locale: &str) -> String {
        amount(i18n, locale, self.value, self.unit, &self.item)
    }
}

/// Every user-facing sentence. Each variant is one Fluent message id.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Welcome,
    EmptyMessage,
    MessageTooLong {
        max: usize,
    },
    NotUnderstood,
    NoItem,
    ItemNameInvalid {
        max: usize,
    },
    AmountNotPositive {
        item: String,
    },
    AmountNegative {
        item: String,
    },
    AmountTooLarge {
        item: String,
    },
    UnitsIncompatible {
        item: String,
        have: Qty,
        given: Qty,
    },
    Consumed {
        used: Qty,
        left: Qty,
    },
    ConsumedUnknownStock {
        used: Qty,
        item: String,
    },
    ConsumedMoreThanStock {
        used: Qty,
        had: Qty,
        item: String,
    },
    Restocked {
        bought: Qty,
        total: Qty,
    },
    RestockedUnknownAmount {
        item: String,
    },
    StockSet {
        total: Qty,
    },
    Depleted {
        item: String,
    },
    DepletedAlreadyListed {
        item: String,
    },
    StockIs {
        total: Qty,
    },
    StockUnknown {
        item: String,
    },
    ItemNotKnown {
        item: String,
    },
    StockOverviewHeader,
    StockOverviewLine {
        total: Qty,
    },
    StockOverviewEmpty,
    ListAdded {
        entry: Qty,
    },
    ListAlready {
        item: String,
    },
    ListRemoved {
        item: String,
    },
    ListNotThere {
        item: String,
    },
    ListBoughtOff {
        item: String,
    },
    ListHeader {
        count: usize,
    },
    ListLine {
        entry: Qty,
    },
    ListEmpty,
    UndoDone,
    UndoNothing,
    UndoStockLine {
        total: Qty,
    },
    UndoListAdded {
        item: String,
    },
    UndoListRemoved {
        item: String,
    },
    InternalError,
    /// The chat front-ends' sentences.
    Chat(ChatMsg),
    /// What the relay sends on its own (reminders, summaries).
    Delivery(DeliveryMsg),
    /// Questions with buttons, and their answers.
    Ask(AskMsg),
    /// The household's plans: summary cadence, recurring purchases.
    Plan(PlanMsg),
}

impl Msg {
    pub fn id(&self) -> &'static str {
        match self {
            Msg::Welcome => "welcome",
            Msg::EmptyMessage => "empty-message",
            Msg::MessageTooLong { .. } => "message-too-long",
            Msg::NotUnderstood => "not-understood",
            Msg::NoItem => "no-item",
            Msg::ItemNameInvalid { .. } => "item-name-invalid",
            Msg::AmountNotPositive { .. } => "amount-not-positive",
            Msg::AmountNegative { .. } => "amount-negative",
            Msg::AmountTooLarge { .. } => "amount-too-large",
            Msg::UnitsIncompatible { .. } => "units-incompatible",
            Msg::Consumed { .. } => "consumed",
            Msg::ConsumedUnknownStock { .. } => "consumed-unknown-stock",
            Msg::ConsumedMoreThanStock { .. } => "consumed-more-than-stock",
            Msg::Restocked { .. } => "restocked",
            Msg::RestockedUnknownAmount { .. } => "restocked-unknown-amount",
            Msg::StockSet { .. } => "stock-set",
            Msg::Depleted { .. } => "depleted",
            Msg::DepletedAlreadyListed { .. } => "depleted-already-listed",
            Msg::StockIs { .. } => "stock-is",
            Msg::StockUnknown { .. } => "stock-unknown",
            Msg::ItemNotKnown { .. } => "item-not-known",
            Msg::StockOverviewHeader => "stock-overview-header",
            Msg::StockOverviewLine { .. } => "stock-overview-line",
            Msg::StockOverviewEmpty => "stock-overview-empty",
            Msg::ListAdded { .. } => "list-added",
            Msg::ListAlready { .. } => "list-already",
            Msg::ListRemoved { .. } => "list-removed",
            Msg::ListNotThere { .. } => "list-not-there",
            Msg::ListBoughtOff { .. } => "list-bought-off",
            Msg::ListHeader { .. } => "list-header",
            Msg::ListLine { .. } => "list-line",
            Msg::ListEmpty => "list-empty",
            Msg::UndoDone => "undo-done",
            Msg::UndoNothing => "undo-nothing",
            Msg::UndoStockLine { .. } => "undo-stock-line",
            Msg::UndoListAdded { .. } => "undo-list-added",
            Msg::UndoListRemoved { .. } => "undo-list-removed",
            Msg::InternalError => "internal-error",
            Msg::Chat(m) => m.id(),
            Msg::Delivery(m) => m.id(),
            Msg::Ask(m) => m.id(),
            Msg::Plan(m) => m.id(),
        }
    }

    pub(crate) fn args(&self, i18n: &I18n, locale: &str) -> FluentArgs<'static> {
        if let Msg::Chat(m) = self {
            return m.args(i18n, locale);
        }
        if let Msg::Delivery(m) = self {
            return m.args(i18n, locale);
        }
        if let Msg::Ask(m) = self {
            return m.args(i18n, locale);
        }
        if let Msg::Plan(m) = self {
            return m.args(i18n, locale);
        }
        let mut a = FluentArgs::new();
        let mut qty = |name: &'static str, q: &Qty| a.set(name, q.render(i18n, locale));
        match self {
            Msg::UnitsIncompatible { have, given, .. } => {
                qty("have", have);
                qty("given", given);
            }
            Msg::Consumed { used, left } => {
                qty("used", used);
                qty("left", left);
            }
            Msg::ConsumedUnknownStock { used, .. } => qty("used", used),
            Msg::ConsumedMoreThanStock { used, had, .. } => {
                qty("used", used);
                qty("had", had);
            }
            Msg::Restocked { bought, total } => {
                qty("bought", bought);
                qty("total", total);
            }
            Msg::StockSet { total }
            | Msg::StockIs { total }
            | Msg::StockOverviewLine { total }
            | Msg::UndoStockLine { total } => qty("total", total),
            Msg::ListAdded { entry } | Msg::ListLine { entry } => qty("entry", entry),
            _ => {}
        }
        match self {
            Msg::MessageTooLong { max } | Msg::ItemNameInvalid { max } => a.set("max", *max),
            Msg::ListHeader { count } => {
                a.set("count", *count);
                a.set("n", number(locale, *count as f64));
            }
            Msg::AmountNotPositive { item }
            | Msg::AmountNegative { item }
            | Msg::AmountTooLarge { item }
            | Msg::UnitsIncompatible { item, .. }
            | Msg::ConsumedUnknownStock { item, .. }
            | Msg::ConsumedMoreThanStock { item, .. }
            | Msg::RestockedUnknownAmount { item }
            | Msg::Depleted { item }
            | Msg::DepletedAlreadyListed { item }
            | Msg::StockUnknown { item }
            | Msg::ItemNotKnown { item }
            | Msg::ListAlready { item }
            | Msg::ListRemoved { item }
            | Msg::ListNotThere { item }
            | Msg::ListBoughtOff { item }
            | Msg::UndoListAdded { item }
            | Msg::UndoListRemoved { item } => {
                a.set("item", item.clone());
                a.set("items", restock_core::item::plural_en(item));
            }
            _ => {}
        }
        a
    }

    /// One of each message with plausible arguments, for the locale tests.
    pub fn examples() -> Vec<Msg> {
        let eggs = || Qty::new(Some(10.0), None, "egg");
        let milk = || Qty::new(Some(0.5), Some(Unit::L), "milk");
        let item = || "milk".to_owned();
        let mut all = vec![
            Msg::Welcome,
            Msg::EmptyMessage,
            Msg::MessageTooLong { max: 4096 },
            Msg::NotUnderstood,
            Msg::NoItem,
            Msg::ItemNameInvalid { max: 80 },
            Msg::AmountNotPositive { item: item() },
            Msg::AmountNegative { item: item() },
            Msg::AmountTooLarge { item: item() },
            Msg::UnitsIncompatible { item: "flour".into(), have: eggs(), given: milk() },
            Msg::Consumed { used: Qty::new(Some(2.0), None, "egg"), left: eggs() },
            Msg::ConsumedUnknownStock { used: milk(), item: item() },
            Msg::ConsumedMoreThanStock {
                used: eggs(),
                had: Qty::new(Some(1.0), None, "egg"),
                item: "egg".into(),
            },
            Msg::Restocked { bought: eggs(), total: eggs() },
            Msg::RestockedUnknownAmount { item: item() },
            Msg::StockSet { total: milk() },
            Msg::Depleted { item: item() },
            Msg::DepletedAlreadyListed { item: item() },
            Msg::StockIs { total: Qty::new(Some(1.0), Some(Unit::Loaf), "bread") },
            Msg::StockUnknown { item: item() },
            Msg::ItemNotKnown { item: item() },
            Msg::StockOverviewHeader,
            Msg::StockOverviewLine { total: eggs() },
            Msg::StockOverviewEmpty,
            Msg::ListAdded { entry: Qty::new(None, None, "coffee") },
            Msg::ListAlready { item: item() },
            Msg::ListRemoved { item: item() },
            Msg::ListNotThere { item: item() },
            Msg::ListBoughtOff { item: item() },
            Msg::ListHeader { count: 3 },
            Msg::ListLine { entry: milk() },
            Msg::ListEmpty,
            Msg::UndoDone,
            Msg::UndoNothing,
            Msg::UndoStockLine { total: eggs() },
            Msg::UndoListAdded { item: item() },
            Msg::UndoListRemoved { item: item() },
            Msg::InternalError,
        ];
        all.extend(ChatMsg::examples().into_iter().map(Msg::Chat));
        all.extend(DeliveryMsg::examples().into_iter().map(Msg::Delivery));
        all.extend(AskMsg::examples().into_iter().map(Msg::Ask));
        all.extend(PlanMsg::examples().into_iter().map(Msg::Plan));
        all
    }
}
