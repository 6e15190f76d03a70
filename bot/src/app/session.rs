//! The common start of a command: dedupe the update, find (or create) the chat's household,
//! make the sender a member, pick the reply language.

use restock_storage::households::{self, Household};
use restock_storage::{StoreError, Tx, inbound};

use super::{App, AppError, Inbound, Reply};
use crate::i18n::{I18n, Msg};
use crate::notify::Button;

/// A reply with buttons under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub reply: Reply,
    pub buttons: Vec<Vec<Button>>,
}

impl From<Reply> for Answer {
    fn from(reply: Reply) -> Answer {
        Answer { reply, buttons: Vec::new() }
    }
}

/// An open transaction for one command.
pub(crate) struct Session {
    pub tx: Tx,
    pub household: Household,
    pub locale: &'static str,
    pub now: i64,
}

impl App {
    /// Begin a command. `None` means the update was handled before: say nothing.
    pub(crate) async fn session(&self, msg: &Inbound) -> Result<Option<Session>, AppError> {
        let user_locale = msg.locale.as_deref().and_then(I18n::supported);
        let mut tries = 0;
        loop {
            let now = self.clock.now_ms();
            let mut tx = self.store.begin().await?;
            if let Some(id) = &msg.source_id
                && !inbound::first_seen(&mut tx, msg.chat.platform, id, now).await?
            {
                tx.rollback().await?;
                return Ok(None);
            }
            // Two first messages in a new chat race to create its household; the loser
            // retries and finds the winner's.
            let household = match self.household_for(&mut tx, &msg.chat, user_locale, now).await {
                Err(AppError::Store(StoreError::Conflict { .. })) if tries < 3 => {
                    tries += 1;
                    continue;
                }
                other => other?,
            };
            households::ensure_member(&mut tx, household.id(), &msg.user, now).await?;
            let locale = user_locale
                .or_else(|| I18n::supported(&household.locale))
                .unwrap_or(self.defaults.locale);
            return Ok(Some(Session { tx, household, locale, now }));
        }
    }

    /// Commit the session and render its answer.
    pub(crate) async fn finish(
        &self,
        session: Session,
        lines: &[Msg],
        buttons: Vec<Vec<Button>>,
    ) -> Result<Option<Answer>, AppError> {
        session.tx.commit().await?;
        Ok(Some(Answer { reply: self.reply(Some(session.locale), lines), buttons }))
    }
}
