//! Commands about the household itself: start, invite, join, settings, the weekly summary.

use restock_core::event::DomainEvent;
use restock_core::household::Platform;
use restock_storage::households::{self, Household};
use restock_storage::invites::{self, Redeemed};
use restock_storage::{events, list as shopping, settings};

use super::invite_code::InviteCode;
use super::plans::SummaryPlan;
use super::session::Answer;
use super::{App, AppError, Ctx, Inbound};
use crate::i18n::{ChatMsg, I18n, Msg, PlanMsg};

/// How long an invite code works.
pub const INVITE_HOURS: i64 = 24;
const HOUR_MS: i64 = 3_600_000;

/// What `/settings …` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsRequest {
    Show,
    Language(String),
    TimeZone(String),
    Summary(String),
    /// Recurring purchases: list, add or stop.
    Repeat(String),
}

impl SettingsRequest {
    /// `language de`, `timezone Europe/Berlin`, `summary sunday 18`; anything else shows.
    pub fn parse(args: &str) -> SettingsRequest {
        let args = args.trim();
        let (key, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
        let rest = rest.trim().to_owned();
        match key.to_lowercase().as_str() {
            "language" | "lang" | "sprache" if !rest.is_empty() => SettingsRequest::Language(rest),
            "timezone" | "tz" | "zeitzone" if !rest.is_empty() => SettingsRequest::TimeZone(rest),
            "summary" | "übersicht" | "uebersicht" if !rest.is_empty() => {
                SettingsRequest::Summary(rest)
            }
            "repeat" | "wiederholen" | "repetir" | "répéter" | "repeter" | "повтор" => {
                SettingsRequest::Repeat(rest)
            }
            _ => SettingsRequest::Show,
        }
    }
}

impl App {
    /// `/start`: links the chat to a household (a private chat gets a personal one).
    pub async fn start(&self, msg: &Inbound) -> Result<Option<Answer>, AppError> {
        let Some(s) = self.session(msg).await? else { return Ok(None) };
        self.finish(s, &[Msg::Welcome], Vec::new()).await
    }

    /// `/invite`: a one-time code for another chat.
    pub async fn invite(&self, msg: &Inbound) -> Result<Option<Answer>, AppError> {
        let Some(mut s) = self.session(msg).await? else { return Ok(None) };
        let code = InviteCode::generate();
        let by = format!("{}:{}", msg.user.platform, msg.user.user_id);
        let expires = s.now + INVITE_HOURS * HOUR_MS;
        invites::create(&mut s.tx, s.household.id(), code.as_str(), &by, expires, s.now).await?;
        let line = ChatMsg::InviteCreated { code: code.to_string(), hours: INVITE_HOURS };
        self.finish(s, &[Msg::Chat(line)], Vec::new()).await
    }

    /// `/join CODE`: link this chat to the household the code was made in.
    pub async fn join(&self, msg: &Inbound) -> Result<Option<Answer>, AppError> {
        let user_locale = msg.locale.as_deref().and_then(I18n::supported);
        let refuse = |m: ChatMsg| Ok(Some(self.reply(user_locale, &[Msg::Chat(m)]).into()));
        if msg.text.trim().is_empty() {
            return refuse(ChatMsg::JoinUsage);
        }
        let Ok(code) = msg.text.parse::<InviteCode>() else {
            return refuse(ChatMsg::JoinInvalid);
        };
        let now = self.clock.now_ms();
        let mut tx = self.store.begin().await?;
        if let Some(id) = &msg.source_id
            && !restock_storage::inbound::first_seen(&mut tx, msg.chat.platform, id, now).await?
        {
            tx.rollback().await?;
            return Ok(None);
        }
        let current =
            households::find_by_chat(&mut tx, msg.chat.platform, &msg.chat.chat_id).await?;
        let line = match invites::redeem(
            &mut tx,
            code.as_str(),
            msg.chat.platform,
            &msg.chat.chat_id,
            now,
        )
        .await?
        {
            Redeemed::Invalid => ChatMsg::JoinInvalid,
            Redeemed::Joined(h) if current.as_ref().is_some_and(|c| c.id() == h) => {
                ChatMsg::JoinAlready
            }
            Redeemed::Joined(h) => {
                households::ensure_member(&mut tx, h, &msg.user, now).await?;
                ChatMsg::JoinDone
            }
        };
        // An invalid or needless code changes nothing (an unused code stays usable).
        if line == ChatMsg::JoinDone {
            tx.commit().await?;
        } else {
            tx.rollback().await?;
        }
        refuse(line)
    }

    /// `/settings …`: show or change language, time zone and the weekly summary's time.
    pub async fn settings(
        &self,
        msg: &Inbound,
        request: &SettingsRequest,
    ) -> Result<Option<Answer>, AppError> {
        let Some(mut s) = self.session(msg).await? else { return Ok(None) };
        let id = s.household.id();
        let line = match request {
            SettingsRequest::Show => {
                let h = &s.household;
                let mut lines = match h.summary_cadence.as_str() {
                    "weekly" => vec![Msg::Chat(ChatMsg::SettingsShow {
                        locale: h.locale.clone(),
                        time_zone: h.time_zone.clone(),
                        weekday: u8::try_from(h.summary_weekday.rem_euclid(7)).unwrap_or(0),
                        hour: h.summary_hour,
                    })],
                    cadence => {
                        let settings = PlanMsg::Settings {
                            locale: h.locale.clone(),
                            time_zone: h.time_zone.clone(),
                        };
                        let summary = match cadence {
                            "monthly" => PlanMsg::SummaryMonthly { hour: h.summary_hour },
                            _ => PlanMsg::SummaryOff,
                        };
                        vec![Msg::Plan(settings), Msg::Plan(summary)]
                    }
                };
                let repeats = self
                    .plan_repeat(&mut s.tx, &ctx_of(&s.household, msg, s.now, s.locale), "")
                    .await?;
                if !repeats.contains(&Msg::Plan(PlanMsg::RepeatNone)) {
                    lines.extend(repeats);
                }
                lines.push(Msg::Chat(ChatMsg::SettingsUsage));
                return self.finish(s, &lines, Vec::new()).await;
            }
            SettingsRequest::Repeat(args) => {
                let lines = self
                    .plan_repeat(&mut s.tx, &ctx_of(&s.household, msg, s.now, s.locale), args)
                    .await?;
                return self.finish(s, &lines, Vec::new()).await;
            }
            SettingsRequest::Summary(value) if SummaryPlan::parse(value).is_some() => {
                let plan = SummaryPlan::parse(value).unwrap_or(SummaryPlan::Off);
                let line = self.plan_summary(&mut s.tx, id, plan).await?;
                return self.finish(s, &[line], Vec::new()).await;
            }
            SettingsRequest::Language(value) => match I18n::supported(value) {
                Some(locale) => {
                    households::set_locale(&mut s.tx, id, locale).await?;
                    // The answer is in the language just chosen.
                    s.locale = locale;
                    ChatMsg::LanguageSet { locale: locale.to_owned() }
                }
                None => ChatMsg::LanguageUnknown {
                    value: value.clone(),
                    all: I18n::locales().collect::<Vec<_>>().join(", "),
                },
            },
            SettingsRequest::TimeZone(value) => match value.parse::<chrono_tz::Tz>() {
                Ok(tz) => {
                    households::set_time_zone(&mut s.tx, id, tz.name()).await?;
                    ChatMsg::TimeZoneSet { time_zone: tz.name().to_owned() }
                }
                Err(_) => ChatMsg::TimeZoneInvalid { value: value.clone() },
            },
            SettingsRequest::Summary(value) => match self.summary_time(value) {
                Some((weekday, hour)) => {
                    settings::set_summary(&mut s.tx, id, "weekly", Some(i32::from(weekday)), hour)
                        .await?;
                    ChatMsg::SummaryTimeSet { weekday, hour }
                }
                None => ChatMsg::SummaryTimeInvalid,
            },
        };
        self.finish(s, &[Msg::Chat(line)], Vec::new()).await
    }

    /// "sunday 18", "So 18", "7 18" → (0, 18): Sunday is 0. Day names in any locale, or 1–7
    /// from Monday (ISO).
    pub(crate) fn summary_time(&self, value: &str) -> Option<(u8, i32)> {
        let mut words = value.split_whitespace();
        let day = words.next()?.to_lowercase();
        let hour: i32 = words.next()?.trim_end_matches(":00").parse().ok()?;
        if !(0..=23).contains(&hour) || words.next().is_some() {
            return None;
        }
        if let Ok(n) = day.parse::<u8>() {
            return (1..=7).contains(&n).then_some((n % 7, hour));
        }
        let matches = |d: u8| {
            I18n::locales().any(|l| {
                let name = self.i18n.text(l, &Msg::Chat(ChatMsg::Weekday(d))).to_lowercase();
                day.chars().count() >= 2 && name.starts_with(&day)
            })
        };
        (0..7).find(|d| matches(*d)).map(|d| (d, hour))
    }

    /// A chat got a new id (a Telegram group became a supergroup): its household follows.
    pub async fn chat_moved(
        &self,
        platform: Platform,
        from: &str,
        to: &str,
    ) -> Result<bool, AppError> {
        let mut tx = self.store.begin().await?;
        let moved = restock_storage::chat_links::move_chat(&mut tx, platform, from, to).await?;
        tx.commit().await?;
        Ok(moved)
    }

    /// `/summary`: the last seven days in one line.
    pub async fn summary(&self, msg: &Inbound) -> Result<Option<Answer>, AppError> {
        let Some(mut s) = self.session(msg).await? else { return Ok(None) };
        let listed = shopping::entries(&mut s.tx, s.household.id()).await?.len();
        let since = s.now - 7 * 24 * HOUR_MS;
        // Committed first: the event log is read on the pool.
        let household = s.household.id();
        let locale = s.locale;
        s.tx.commit().await?;
        let week = events::since(&self.store, household, since).await?;
        let used =
            week.iter().filter(|e| matches!(e.event, DomainEvent::ItemConsumed { .. })).count();
        let bought =
            week.iter().filter(|e| matches!(e.event, DomainEvent::ItemRestocked { .. })).count();
        let line = ChatMsg::SummaryWeek { used, bought, listed };
        Ok(Some(self.reply(Some(locale), &[Msg::Chat(line)]).into()))
    }
}

/// A command's context from its session, for use cases shared with plain messages.
fn ctx_of<'a>(
    household: &'a Household,
    msg: &'a Inbound,
    now: i64,
    locale: &'static str,
) -> Ctx<'a> {
    Ctx {
        household,
        user: &msg.user,
        batch: uuid::Uuid::new_v4().to_string(),
        now,
        locale,
        recount: None,
    }
}

#[cfg(test)]
mod tests {
    use super::SettingsRequest;

    #[test]
    fn settings_requests_are_read_from_the_arguments() {
        assert_eq!(SettingsRequest::parse(""), SettingsRequest::Show);
        assert_eq!(SettingsRequest::parse("language de"), SettingsRequest::Language("de".into()));
        assert_eq!(
            SettingsRequest::parse("timezone  Europe/Berlin"),
            SettingsRequest::TimeZone("Europe/Berlin".into())
        );
        assert_eq!(
            SettingsRequest::parse("summary sunday 18"),
            SettingsRequest::Summary("sunday 18".into())
        );
        assert_eq!(SettingsRequest::parse("language"), SettingsRequest::Show);
        assert_eq!(
            SettingsRequest::parse("repeat 12 eggs saturday 9"),
            SettingsRequest::Repeat("12 eggs saturday 9".into())
        );
        assert_eq!(SettingsRequest::parse("repeat"), SettingsRequest::Repeat(String::new()));
    }
}
