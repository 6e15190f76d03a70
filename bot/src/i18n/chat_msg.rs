//! Sentences of the chat front-ends: commands, households, settings, orders and buttons.

use fluent_bundle::FluentArgs;

use super::{I18n, Qty, amount, number};

/// The commands a chat front-end offers, for their localized descriptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandName {
    Start,
    Help,
    Stock,
    List,
    Add,
    Remove,
    Order,
    Summary,
    Undo,
    Invite,
    Join,
    Settings,
}

impl CommandName {
    pub const ALL: &[CommandName] = &[
        CommandName::Start,
        CommandName::Help,
        CommandName::Stock,
        CommandName::List,
        CommandName::Add,
        CommandName::Remove,
        CommandName::Order,
        CommandName::Summary,
        CommandName::Undo,
        CommandName::Invite,
        CommandName::Join,
        CommandName::Settings,
    ];

    /// The command as typed, without the slash.
    pub fn as_str(self) -> &'static str {
        match self {
            CommandName::Start => "start",
            CommandName::Help => "help",
            CommandName::Stock => "stock",
            CommandName::List => "list",
            CommandName::Add => "add",
            CommandName::Remove => "remove",
            CommandName::Order => "order",
            CommandName::Summary => "summary",
            CommandName::Undo => "undo",
            CommandName::Invite => "invite",
            CommandName::Join => "join",
            CommandName::Settings => "settings",
        }
    }

    pub fn parse(s: &str) -> Option<CommandName> {
        CommandName::ALL.iter().copied().find(|c| c.as_str().eq_ignore_ascii_case(s))
    }
}

/// Sentences of the chat front-ends. Each variant is one Fluent message id.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatMsg {
    CommandDescription(CommandName),
    HelpHeader,
    ForwardedIgnored,
    InviteCreated {
        code: String,
        hours: i64,
    },
    JoinDone,
    JoinAlready,
    JoinInvalid,
    JoinUsage,
    SettingsShow {
        locale: String,
        time_zone: String,
        weekday: u8,
        hour: i32,
    },
    SettingsUsage,
    LanguageSet {
        locale: String,
    },
    LanguageUnknown {
        value: String,
        all: String,
    },
    TimeZoneSet {
        time_zone: String,
    },
    TimeZoneInvalid {
        value: String,
    },
    SummaryTimeSet {
        weekday: u8,
        hour: i32,
    },
    SummaryTimeInvalid,
    /// `weekday` 0 = Sunday … 6 = Saturday, as the schedule counts.
    Weekday(u8),
    SummaryWeek {
        used: usize,
        bought: usize,
        listed: usize,
    },
    OrderEmpty,
    OrderProposed {
        count: usize,
    },
    OrderLine {
        entry: Qty,
    },
    OrderConfirmButton,
    OrderCancelButton,
    OrderConfirmedBy {
        name: String,
    },
    OrderCancelledBy {
        name: String,
    },
    OrderConfirmed,
    OrderCancelled,
    TickButton {
        item: String,
    },
    TickedBy {
        item: String,
        name: String,
    },
    Ticked {
        item: String,
    },
    PressNotMember,
    PressDecided,
    PressUnknown,
    PressExpired,
}

impl ChatMsg {
    pub fn id(&self) -> &'static str {
        match self {
            ChatMsg::CommandDescription(c) => match c {
                CommandName::Start => "cmd-start",
                CommandName::Help => "cmd-help",
                CommandName::Stock => "cmd-stock",
                CommandName::List => "cmd-list",
                CommandName::Add => "cmd-add",
                CommandName::Remove => "cmd-remove",
                CommandName::Order => "cmd-order",
                CommandName::Summary => "cmd-summary",
                CommandName::Undo => "cmd-undo",
                CommandName::Invite => "cmd-invite",
                CommandName::Join => "cmd-join",
                CommandName::Settings => "cmd-settings",
            },
            ChatMsg::HelpHeader => "help-header",
            ChatMsg::ForwardedIgnored => "forwarded-ignored",
            ChatMsg::InviteCreated { .. } => "invite-created",
            ChatMsg::JoinDone => "join-done",
            ChatMsg::JoinAlready => "join-already",
            ChatMsg::JoinInvalid => "join-invalid",
            ChatMsg::JoinUsage => "join-usage",
            ChatMsg::SettingsShow { .. } => "settings-show",
            ChatMsg::SettingsUsage => "settings-usage",
            ChatMsg::LanguageSet { .. } => "settings-language-set",
            ChatMsg::LanguageUnknown { .. } => "settings-language-unknown",
            ChatMsg::TimeZoneSet { .. } => "settings-time-zone-set",
            ChatMsg::TimeZoneInvalid { .. } => "settings-time-zone-invalid",
            ChatMsg::SummaryTimeSet { .. } => "settings-summary-set",
            ChatMsg::SummaryTimeInvalid => "settings-summary-invalid",
            ChatMsg::Weekday(_) => "weekday",
            ChatMsg::SummaryWeek { .. } => "summary-week",
            ChatMsg::OrderEmpty => "order-empty",
            ChatMsg::OrderProposed { .. } => "order-proposed",
            ChatMsg::OrderLine { .. } => "order-line",
            ChatMsg::OrderConfirmButton => "order-confirm-button",
            ChatMsg::OrderCancelButton => "order-cancel-button",
            ChatMsg::OrderConfirmedBy { .. } => "order-confirmed-by",
            ChatMsg::OrderCancelledBy { .. } => "order-cancelled-by",
            ChatMsg::OrderConfirmed => "order-confirmed",
            ChatMsg::OrderCancelled => "order-cancelled",
            ChatMsg::TickButton { .. } => "tick-button",
            ChatMsg::TickedBy { .. } => "ticked-by",
            ChatMsg::Ticked { .. } => "ticked",
            ChatMsg::PressNotMember => "press-not-member",
            ChatMsg::PressDecided => "press-decided",
            ChatMsg::PressUnknown => "press-unknown",
            ChatMsg::PressExpired => "press-expired",
        }
    }

    pub(crate) fn args(&self, i18n: &I18n, locale: &str) -> FluentArgs<'static> {
        let mut a = FluentArgs::new();
        let day = |d: u8| i18n.text(locale, &super::Msg::Chat(ChatMsg::Weekday(d)));
        match self {
            ChatMsg::InviteCreated { code, hours } => {
                a.set("code", code.clone());
                a.set("hours", *hours);
            }
            ChatMsg::SettingsShow { locale: l, time_zone, weekday, hour } => {
                a.set("locale", l.clone());
                a.set("timezone", time_zone.clone());
                a.set("day", day(*weekday));
                a.set("hour", format!("{hour:02}"));
            }
            ChatMsg::LanguageSet { locale: l } => a.set("locale", l.clone()),
            ChatMsg::LanguageUnknown { value, all } => {
                a.set("value", value.clone());
                a.set("all", all.clone());
            }
            ChatMsg::TimeZoneSet { time_zone } => a.set("timezone", time_zone.clone()),
            ChatMsg::TimeZoneInvalid { value } => a.set("value", value.clone()),
            ChatMsg::SummaryTimeSet { weekday, hour } => {
                a.set("day", day(*weekday));
                a.set("hour", format!("{hour:02}"));
            }
            ChatMsg::Weekday(d) => a.set("day", i64::from(*d)),
            ChatMsg::SummaryWeek { used, bought, listed } => {
                a.set("used", *used);
                a.set("bought", *bought);
                a.set("listed", *listed);
            }
            ChatMsg::OrderProposed { count } => {
                a.set("count", *count);
                a.set("n", number(locale, *count as f64));
            }
            ChatMsg::OrderLine { entry } => {
                a.set("entry", amount(i18n, locale, entry.value, entry.unit, &entry.item))
            }
            ChatMsg::OrderConfirmedBy { name } | ChatMsg::OrderCancelledBy { name } => {
                a.set("name", name.clone())
            }
            ChatMsg::TickButton { item } | ChatMsg::Ticked { item } => a.set("item", item.clone()),
            ChatMsg::TickedBy { item, name } => {
                a.set("item", item.clone());
                a.set("name", name.clone());
            }
            _ => {}
        }
        a
    }

    /// One of each, for the locale tests.
    pub fn examples() -> Vec<ChatMsg> {
        let mut all: Vec<ChatMsg> =
            CommandName::ALL.iter().map(|c| ChatMsg::CommandDescription(*c)).collect();
        all.extend((0..7).map(ChatMsg::Weekday));
        all.extend([
            ChatMsg::HelpHeader,
            ChatMsg::ForwardedIgnored,
            ChatMsg::InviteCreated { code: "K7Q2MX9P".into(), hours: 24 },
            ChatMsg::JoinDone,
            ChatMsg::JoinAlready,
            ChatMsg::JoinInvalid,
            ChatMsg::JoinUsage,
            ChatMsg::SettingsShow {
                locale: "en-US".into(),
                time_zone: "Europe/Berlin".into(),
                weekday: 0,
                hour: 18,
            },
            ChatMsg::SettingsUsage,
            ChatMsg::LanguageSet { locale: "de-DE".into() },
            ChatMsg::LanguageUnknown { value: "xx".into(), all: "en-US, de-DE".into() },
            ChatMsg::TimeZoneSet { time_zone: "Europe/Berlin".into() },
            ChatMsg::TimeZoneInvalid { value: "Mars/Base".into() },
            ChatMsg::SummaryTimeSet { weekday: 1, hour: 9 },
            ChatMsg::SummaryTimeInvalid,
            ChatMsg::SummaryWeek { used: 5, bought: 3, listed: 2 },
            ChatMsg::OrderEmpty,
            ChatMsg::OrderProposed { count: 2 },
            ChatMsg::OrderLine { entry: Qty::new(Some(2.0), None, "egg") },
            ChatMsg::OrderConfirmButton,
            ChatMsg::OrderCancelButton,
            ChatMsg::OrderConfirmedBy { name: "Ann".into() },
            ChatMsg::OrderCancelledBy { name: "Ann".into() },
            ChatMsg::OrderConfirmed,
            ChatMsg::OrderCancelled,
            ChatMsg::TickButton { item: "milk".into() },
            ChatMsg::TickedBy { item: "milk".into(), name: "Ann".into() },
            ChatMsg::Ticked { item: "milk".into() },
            ChatMsg::PressNotMember,
            ChatMsg::PressDecided,
            ChatMsg::PressUnknown,
            ChatMsg::PressExpired,
        ]);
        all
    }
}
