//! Questions the app asks with buttons, and what their answers say: a clarification ("which
//! milk?") and the buttons under a restock reminder.

use fluent_bundle::FluentArgs;

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
        }
    }

    pub(crate) fn args(&self) -> FluentArgs<'static> {
        let mut a = FluentArgs::new();
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
        }
        a
    }

    /// One of each, for the locale tests.
    pub fn examples() -> Vec<AskMsg> {
        let item = || "milk".to_owned();
        let name = || "Ann".to_owned();
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
        ]
    }
}
