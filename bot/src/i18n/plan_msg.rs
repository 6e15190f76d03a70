//! What `/settings` says about the household's plans: the summary's cadence and recurring
//! purchases.

use fluent_bundle::FluentArgs;

use super::{I18n, Qty};

/// When a recurring purchase comes: `weekday` 0 = Sunday; `None` for every day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub weekday: Option<u8>,
    pub hour: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PlanMsg {
    /// Settings when the summary is not weekly.
    Settings {
        locale: String,
        time_zone: String,
    },
    SummaryOff,
    SummaryMonthly {
        hour: i32,
    },
    RepeatSet {
        entry: Qty,
        when: When,
    },
    RepeatHeader,
    RepeatLine {
        entry: Qty,
        when: When,
    },
    RepeatNone,
    RepeatStopped {
        item: String,
    },
    RepeatNotFound {
        item: String,
    },
    RepeatUsage,
}

impl PlanMsg {
    pub fn id(&self) -> &'static str {
        match self {
            PlanMsg::Settings { .. } => "plan-settings",
            PlanMsg::SummaryOff => "plan-summary-off",
            PlanMsg::SummaryMonthly { .. } => "plan-summary-monthly",
            PlanMsg::RepeatSet { .. } => "plan-repeat-set",
            PlanMsg::RepeatHeader => "plan-repeat-header",
            PlanMsg::RepeatLine { .. } => "plan-repeat-line",
            PlanMsg::RepeatNone => "plan-repeat-none",
            PlanMsg::RepeatStopped { .. } => "plan-repeat-stopped",
            PlanMsg::RepeatNotFound { .. } => "plan-repeat-not-found",
            PlanMsg::RepeatUsage => "plan-repeat-usage",
        }
    }

    pub(crate) fn args(&self, i18n: &I18n, locale: &str) -> FluentArgs<'static> {
        let mut a = FluentArgs::new();
        let when = |a: &mut FluentArgs<'static>, w: &When| {
            a.set("hour", format!("{:02}", w.hour));
            match w.weekday {
                Some(d) => {
                    a.set("cadence", "weekly");
                    let day = super::Msg::Chat(super::ChatMsg::Weekday(d));
                    a.set("day", i18n.text(locale, &day));
                }
                None => a.set("cadence", "daily"),
            }
        };
        match self {
            PlanMsg::Settings { locale: l, time_zone } => {
                a.set("locale", l.clone());
                a.set("timezone", time_zone.clone());
            }
            PlanMsg::SummaryMonthly { hour } => a.set("hour", format!("{hour:02}")),
            PlanMsg::RepeatSet { entry, when: w } | PlanMsg::RepeatLine { entry, when: w } => {
                a.set("entry", entry.render(i18n, locale));
                when(&mut a, w);
            }
            PlanMsg::RepeatStopped { item } | PlanMsg::RepeatNotFound { item } => {
                a.set("item", item.clone())
            }
            PlanMsg::SummaryOff
            | PlanMsg::RepeatHeader
            | PlanMsg::RepeatNone
            | PlanMsg::RepeatUsage => {}
        }
        a
    }

    /// One of each, for the locale tests.
    pub fn examples() -> Vec<PlanMsg> {
        let eggs = || Qty::new(Some(12.0), None, "egg");
        let saturday = When { weekday: Some(6), hour: 9 };
        let daily = When { weekday: None, hour: 8 };
        vec![
            PlanMsg::Settings { locale: "en-US".into(), time_zone: "Europe/Berlin".into() },
            PlanMsg::SummaryOff,
            PlanMsg::SummaryMonthly { hour: 18 },
            PlanMsg::RepeatSet { entry: eggs(), when: saturday },
            PlanMsg::RepeatSet { entry: eggs(), when: daily },
            PlanMsg::RepeatHeader,
            PlanMsg::RepeatLine { entry: eggs(), when: saturday },
            PlanMsg::RepeatNone,
            PlanMsg::RepeatStopped { item: "egg".into() },
            PlanMsg::RepeatNotFound { item: "egg".into() },
            PlanMsg::RepeatUsage,
        ]
    }
}
