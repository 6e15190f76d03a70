//! Questions the app asks with buttons, and what their answers say: a clarification ("which
//! milk?") and the buttons under a restock reminder.

use fluent_bundle::FluentArgs;
use restock_core::size::Size;
use restock_core::unit::Unit;

use super::{I18n, Qty, format::unit_label};

#[derive(Debug, Clone, PartialEq)]
pub enum AskMsg {
    /// "Which milk do you mean?"
    Which {
        name: String,
    },
    /// The button that makes the name a new item of its own.
    PickNew {
        name: String,
    },
    /// Under the question once answered.
    PickedBy {
        choice: String,
        name: String,
    },
    /// For the one who answered.
    Picked {
        choice: String,
    },
    /// On the console, where there are no buttons.
    AnswerWithNumber,
    Listed {
        item: String,
    },
    ListedBy {
        item: String,
        name: String,
    },
    Snoozed {
        item: String,
    },
    SnoozedBy {
        item: String,
        name: String,
    },
    OrderAsked {
        item: String,
    },
    OrderAskedBy {
        item: String,
        name: String,
    },
    /// "I keep milk as 2 l of milk. How much is 1 bottle of milk?"
    SizeHow {
        have: Qty,
        of: Option<Unit>,
    },
    /// Nothing can relate the two units (kilograms of milk kept in litres).
    SizeNone {
        have: Qty,
        given: Qty,
    },
    /// How single things are counted ("one by one"), inside the sentences below.
    SizeSingle,
    /// The button that counts the item in the message's unit from now on.
    SizeSwitch {
        item: String,
        unit: Option<Unit>,
    },
    SizePicked {
        item: String,
        size: Size,
    },
    SizePickedBy {
        item: String,
        size: Size,
        name: String,
    },
    SizeSwitched {
        item: String,
        unit: Option<Unit>,
    },
    SizeSwitchedBy {
        item: String,
        unit: Option<Unit>,
        name: String,
    },
}

impl AskMsg {
    pub fn id(&self) -> &'static str {
        match self {
            AskMsg::Which { .. } => "ask-which",
            AskMsg::PickNew { .. } => "ask-pick-new",
            AskMsg::PickedBy { .. } => "ask-picked-by",
            AskMsg::Picked { .. } => "ask-picked",
            AskMsg::AnswerWithNumber => "ask-answer-with-number",
            AskMsg::Listed { .. } => "reminder-listed",
            AskMsg::ListedBy { .. } => "reminder-listed-by",
            AskMsg::Snoozed { .. } => "reminder-snoozed",
            AskMsg::SnoozedBy { .. } => "reminder-snoozed-by",
            AskMsg::OrderAsked { .. } => "reminder-order-asked",
            AskMsg::OrderAskedBy { .. } => "reminder-order-asked-by",
            AskMsg::SizeHow { .. } => "ask-size",
            AskMsg::SizeNone { .. } => "ask-size-none",
            AskMsg::SizeSwitch { .. } => "ask-size-switch",
            AskMsg::SizePicked { .. } => "ask-size-picked",
            AskMsg::SizePickedBy { .. } => "ask-size-picked-by",
            AskMsg::SizeSwitched { .. } => "ask-size-switched",
            AskMsg::SizeSwitchedBy { .. } => "ask-size-switched-by",
            AskMsg::SizeSingle => "ask-size-single",
        }
    }

    pub(crate) fn args(&self, i18n: &I18n, locale: &str) -> FluentArgs<'static> {
        let mut a = FluentArgs::new();
        let qty = |q: &Qty| q.render(i18n, locale);
        // A unit counted in, or single things ("one by one").
        let counted_in = |u: &Option<Unit>| match u {
            Some(u) => unit_label(i18n, locale, *u, 2.0),
            None => i18n.text(locale, &super::Msg::Ask(AskMsg::SizeSingle)),
        };
        match self {
            AskMsg::Which { name } | AskMsg::PickNew { name } => a.set("item", name.clone()),
            AskMsg::PickedBy { choice, name } => {
                a.set("item", choice.clone());
                a.set("name", name.clone());
            }
            AskMsg::Picked { choice } => a.set("item", choice.clone()),
            AskMsg::AnswerWithNumber => {}
            AskMsg::Listed { item } | AskMsg::Snoozed { item } | AskMsg::OrderAsked { item } => {
                a.set("item", item.clone())
            }
            AskMsg::ListedBy { item, name }
            | AskMsg::SnoozedBy { item, name }
            | AskMsg::OrderAskedBy { item, name } => {
                a.set("item", item.clone());
                a.set("name", name.clone());
            }
            AskMsg::SizeHow { have, of } => {
                a.set("item", have.item.clone());
                a.set("have", qty(have));
                a.set("one", qty(&Qty::new(Some(1.0), *of, &have.item)));
            }
            AskMsg::SizeNone { have, given } => {
                a.set("item", have.item.clone());
                a.set("have", qty(have));
                a.set("given", qty(given));
            }
            AskMsg::SizeSwitch { item, unit } | AskMsg::SizeSwitched { item, unit } => {
                a.set("item", item.clone());
                a.set("items", restock_core::item::plural_en(item));
                a.set("unit", counted_in(unit));
            }
            AskMsg::SizeSwitchedBy { item, unit, name } => {
                a.set("item", item.clone());
                a.set("items", restock_core::item::plural_en(item));
                a.set("unit", counted_in(unit));
                a.set("name", name.clone());
            }
            AskMsg::SizePicked { item, size } => {
                a.set("one", qty(&Qty::new(Some(1.0), size.of, item)));
                a.set("size", qty(&Qty::new(Some(size.amount), size.per, item)));
            }
            AskMsg::SizePickedBy { item, size, name } => {
                a.set("one", qty(&Qty::new(Some(1.0), size.of, item)));
                a.set("size", qty(&Qty::new(Some(size.amount), size.per, item)));
                a.set("name", name.clone());
            }
            AskMsg::SizeSingle => {}
        }
        a
    }

    /// One of each, for the locale tests.
    pub fn examples() -> Vec<AskMsg> {
        let item = || "milk".to_owned();
        let name = || "Ann".to_owned();
        let litres = || Qty::new(Some(1.0), Some(Unit::L), "milk");
        let bottle = || Size { of: Some(Unit::Bottle), amount: 1.0, per: Some(Unit::L) };
        vec![
            AskMsg::Which { name: item() },
            AskMsg::PickNew { name: item() },
            AskMsg::PickedBy { choice: "oat milk".into(), name: name() },
            AskMsg::Picked { choice: "oat milk".into() },
            AskMsg::AnswerWithNumber,
            AskMsg::Listed { item: item() },
            AskMsg::ListedBy { item: item(), name: name() },
            AskMsg::Snoozed { item: item() },
            AskMsg::SnoozedBy { item: item(), name: name() },
            AskMsg::OrderAsked { item: item() },
            AskMsg::OrderAskedBy { item: item(), name: name() },
            AskMsg::SizeHow { have: litres(), of: Some(Unit::Bottle) },
            AskMsg::SizeNone { have: litres(), given: Qty::new(Some(2.0), Some(Unit::Kg), "milk") },
            AskMsg::SizeSwitch { item: item(), unit: Some(Unit::Bottle) },
            AskMsg::SizeSwitch { item: item(), unit: None },
            AskMsg::SizePicked { item: item(), size: bottle() },
            AskMsg::SizePickedBy { item: item(), size: bottle(), name: name() },
            AskMsg::SizeSwitched { item: item(), unit: Some(Unit::Bottle) },
            AskMsg::SizeSwitchedBy { item: item(), unit: None, name: name() },
            AskMsg::SizeSingle,
        ]
    }
}
