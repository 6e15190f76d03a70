//! The buttons under a restock reminder: put the item on the list, order it now, or snooze
//! the reminder for a day.

use restock_core::event::{ItemRef, OrderLine};
use restock_core::parse::ParsedItem;
use restock_storage::actions::Action;
use restock_storage::{Tx, items, list as shopping, reminders};

use super::button_data::Choice;
use super::buttons::Decided;
use super::{App, AppError, Ctx, list};
use crate::i18n::{AskMsg, Msg};

/// The action kind, as stored.
pub const REMINDER: &str = "reminder";

/// How long "snooze" holds an item's reminders.
pub const SNOOZE_MS: i64 = 24 * 3_600_000;

#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct ReminderPayload {
    pub item_id: i64,
}

impl App {
    /// `None` if the item is gone or the press is not one of a reminder's.
    pub(crate) async fn remind(
        &self,
        tx: &mut Tx,
        ctx: &Ctx<'_>,
        action: &Action,
        choice: Choice,
    ) -> Result<Option<Decided>, AppError> {
        let Ok(ReminderPayload { item_id }) = serde_json::from_str(&action.payload) else {
            return Ok(None);
        };
        let Some(item) = items::get(tx, item_id).await? else { return Ok(None) };
        let name = ctx.user.display_name.clone();
        let item_name = item.name.clone();
        let decided = |notice: AskMsg, line: AskMsg, follow_up| Decided {
            notice: Msg::Ask(notice),
            lines: vec![Msg::Ask(line)],
            whole: true,
            follow_up,
        };
        Ok(Some(match choice {
            Choice::List => {
                let wanted = ParsedItem { name: item.name.clone(), quantity: None, unit: None };
                list::add(tx, ctx, &[wanted]).await?;
                decided(
                    AskMsg::Listed { item: item_name.clone() },
                    AskMsg::ListedBy { item: item_name, name },
                    None,
                )
            }
            Choice::Snooze => {
                reminders::snooze(tx, ctx.id(), item.id, ctx.now + SNOOZE_MS).await?;
                decided(
                    AskMsg::Snoozed { item: item_name.clone() },
                    AskMsg::SnoozedBy { item: item_name, name },
                    None,
                )
            }
            Choice::Order => {
                let listed = shopping::entries(tx, ctx.id())
                    .await?
                    .into_iter()
                    .find(|e| e.item_id == item.id);
                let line = OrderLine {
                    item: ItemRef { id: item.id, name: item.name.clone() },
                    quantity: listed.as_ref().and_then(|e| e.quantity),
                    unit: listed.and_then(|e| e.unit),
                };
                let proposal = self
                    .propose(tx, ctx.id(), vec![line], &ctx.actor(), ctx.locale, ctx.now)
                    .await?;
                decided(
                    AskMsg::OrderAsked { item: item_name.clone() },
                    AskMsg::OrderAskedBy { item: item_name, name },
                    Some(proposal),
                )
            }
            _ => return Ok(None),
        }))
    }
}
