//! Asking instead of guessing: when a name in a message could mean several items the
//! household already has ("milk" with "oat milk" and "whole milk" known), the message is
//! held in an action and a question with one button per item goes back. The answer teaches
//! the household an alias (or makes the name a new item) and then applies the message.

use restock_core::clarify;
use restock_core::household::{HouseholdId, Platform, UserRef};
use restock_core::parse::{Parsed, Vocabulary};
use restock_storage::actions::{self, Action};
use restock_storage::{Tx, items};

use super::button_data::{ButtonData, Choice, MAX_PICKS};
use super::stock::{find_or_learn, item_name};
use super::{AppError, Ctx, Outcome};
use crate::i18n::{AskMsg, I18n, Msg};
use crate::notify::Button;

/// The action kind, as stored.
pub(crate) const CLARIFY: &str = "clarify";

/// A question is open for a day; after that the message has to be written again.
const QUESTION_LIFETIME_MS: i64 = 24 * 3_600_000;

/// A message held until a question about it is answered, with who wrote it: the change is
/// theirs (and theirs to undo), whoever answers.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct Held {
    pub parsed: Parsed,
    pub platform: String,
    pub user_id: String,
    pub display_name: String,
}

impl Held {
    pub fn new(parsed: &Parsed, ctx: &Ctx<'_>) -> Held {
        Held {
            parsed: parsed.clone(),
            platform: ctx.user.platform.to_string(),
            user_id: ctx.user.user_id.clone(),
            display_name: ctx.user.display_name.clone(),
        }
    }

    pub fn author(&self) -> Option<UserRef> {
        Some(UserRef {
            platform: self.platform.parse::<Platform>().ok()?,
            user_id: self.user_id.clone(),
            display_name: self.display_name.clone(),
        })
    }
}

/// The held message, and which of its names is in question.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(crate) struct ClarifyPayload {
    #[serde(flatten)]
    pub held: Held,
    pub index: usize,
    pub choices: Vec<String>,
}

impl ClarifyPayload {
    /// The name in question.
    pub fn name(&self) -> &str {
        &self.held.parsed.items[self.index].name
    }
}

/// Open a question `kind` about a held message; the token its buttons carry.
pub(crate) async fn open_question(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    kind: &str,
    payload: &impl serde::Serialize,
) -> Result<String, AppError> {
    let json = serde_json::to_string(payload).unwrap_or_default();
    let expires = Some(ctx.now + QUESTION_LIFETIME_MS);
    Ok(actions::open(tx, ctx.id(), kind, &json, expires, ctx.now).await?)
}

/// The payload of a question `kind`, if `action` is one for this household.
pub(crate) fn question_payload<T: serde::de::DeserializeOwned>(
    action: &Action,
    household: HouseholdId,
    kind: &str,
) -> Option<T> {
    if action.kind != kind || action.household_id != household.0 {
        return None;
    }
    serde_json::from_str(&action.payload).ok()
}

/// What an answer taught, and the held message to apply now.
pub(crate) struct Lesson {
    pub held: Held,
    /// The message as it now reads ("milk" become "oat milk").
    pub parsed: Parsed,
    /// An item whose stock starts over in the message's unit.
    pub recount: Option<i64>,
    pub notice: AskMsg,
    pub line: AskMsg,
}

/// The first item of `parsed` that could mean more than one known item, with the items.
pub(crate) fn ambiguity(parsed: &Parsed, vocab: &Vocabulary) -> Option<(usize, Vec<String>)> {
    parsed.items.iter().enumerate().find_map(|(i, item)| {
        let mut choices = clarify::candidates(&item.name, vocab);
        // The name itself is always offered (as a new item), so keep room for it.
        choices.truncate(usize::from(MAX_PICKS) - 1);
        (!choices.is_empty()).then_some((i, choices))
    })
}

/// Hold `parsed` and ask which item its `index`-th name means.
pub(crate) async fn ask(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    i18n: &I18n,
    parsed: &Parsed,
    (index, choices): (usize, Vec<String>),
) -> Result<Outcome, AppError> {
    let name = parsed.items[index].name.clone();
    let payload = ClarifyPayload { held: Held::new(parsed, ctx), index, choices: choices.clone() };
    let token = open_question(tx, ctx, CLARIFY, &payload).await?;
    let pick = |n: usize, label: String| Button {
        label,
        data: ButtonData { token: token.clone(), choice: Choice::Pick(n as u8) }.to_string(),
    };
    let mut buttons: Vec<Button> =
        choices.iter().enumerate().map(|(n, c)| pick(n, c.clone())).collect();
    let new_label = i18n.text(ctx.locale, &Msg::Ask(AskMsg::PickNew { name: name.clone() }));
    buttons.push(pick(choices.len(), new_label));
    Ok(Outcome {
        lines: vec![Msg::Ask(AskMsg::Which { name })],
        // Answering is a change: the held message must survive until someone answers.
        changed: true,
        buttons: buttons.chunks(2).map(<[Button]>::to_vec).collect(),
    })
}

/// Apply an answer's lesson: the name becomes an alias of the chosen item, or a new item
/// of its own. `None` if `pick` is not one of the answers.
pub(crate) async fn learn(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    payload: &ClarifyPayload,
    pick: u8,
) -> Result<Option<Lesson>, AppError> {
    let pick = usize::from(pick);
    let Ok(name) = item_name(payload.name()) else { return Ok(None) };
    let chosen = if pick == payload.choices.len() {
        find_or_learn(tx, ctx, &name).await?.name
    } else {
        let Some(chosen) = payload.choices.get(pick) else { return Ok(None) };
        let Ok(chosen_name) = item_name(chosen) else { return Ok(None) };
        let Some(item) = items::find(tx, ctx.id(), &chosen_name).await? else {
            return Ok(None);
        };
        // Someone may have taught the same lesson meanwhile; the alias is there either way.
        if items::find(tx, ctx.id(), &name).await?.is_none() {
            items::add_alias(tx, ctx.id(), &name, item.id).await?;
        }
        item.name
    };
    let mut parsed = payload.held.parsed.clone();
    parsed.items[payload.index].name = chosen.clone();
    let by = ctx.user.display_name.clone();
    Ok(Some(Lesson {
        held: payload.held.clone(),
        parsed,
        recount: None,
        notice: AskMsg::Picked { choice: chosen.clone() },
        line: AskMsg::PickedBy { choice: chosen, name: by },
    }))
}

/// The held message of a clarification action, if it is one of ours for this household.
pub(crate) fn payload(action: &Action, household: HouseholdId) -> Option<ClarifyPayload> {
    let p: ClarifyPayload = question_payload(action, household, CLARIFY)?;
    (p.index < p.held.parsed.items.len()).then_some(p)
}
