//! What a button carries: an opaque action token and which of the action's buttons it is.
//! Nothing in it is trusted; the action's household, kind and state live in storage.

use std::fmt;
use std::str::FromStr;

/// Which button of an action was pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Confirm,
    Cancel,
    Tick,
    /// A reminder's "put it on the list".
    List,
    /// A reminder's "order it now".
    Order,
    /// A reminder's "remind me later".
    Snooze,
    /// The n-th answer of a question (a clarification).
    Pick(u8),
}

/// Most answers one question offers.
pub const MAX_PICKS: u8 = 10;

impl Choice {
    const FIXED: [Choice; 6] = [
        Choice::Confirm,
        Choice::Cancel,
        Choice::Tick,
        Choice::List,
        Choice::Order,
        Choice::Snooze,
    ];

    /// How the choice is written in button data and in the decision record.
    pub fn code(self) -> String {
        match self {
            Choice::Confirm => "ok".into(),
            Choice::Cancel => "no".into(),
            Choice::Tick => "tick".into(),
            Choice::List => "list".into(),
            Choice::Order => "order".into(),
            Choice::Snooze => "snooze".into(),
            Choice::Pick(n) => format!("p{n}"),
        }
    }

    fn from_code(code: &str) -> Option<Choice> {
        if let Some(n) = code.strip_prefix('p') {
            let n: u8 = n.parse().ok().filter(|n| *n < MAX_PICKS)?;
            // One spelling per number: "p07" is not "p7".
            return (n.to_string() == code[1..]).then_some(Choice::Pick(n));
        }
        Choice::FIXED.into_iter().find(|c| c.code() == code)
    }
}

/// A button's payload, `<token>.<choice>`: at most 39 bytes, within Telegram's 64.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ButtonData {
    pub token: String,
    pub choice: Choice,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not button data of ours")]
pub struct NotButtonData;

impl fmt::Display for ButtonData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.token, self.choice.code())
    }
}

impl FromStr for ButtonData {
    type Err = NotButtonData;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (token, choice) = s.split_once('.').ok_or(NotButtonData)?;
        let hex =
            token.len() == 32 && token.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        if !hex {
            return Err(NotButtonData);
        }
        let choice = Choice::from_code(choice).ok_or(NotButtonData)?;
        Ok(ButtonData { token: token.to_owned(), choice })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn button_data_round_trips_and_fits_telegram() {
        let mut all = Choice::FIXED.to_vec();
        all.extend((0..MAX_PICKS).map(Choice::Pick));
        for choice in all {
            let data = ButtonData { token: "0123456789abcdef0123456789abcdef".into(), choice };
            let text = data.to_string();
            assert!(text.len() <= 64);
            assert_eq!(text.parse::<ButtonData>(), Ok(data));
        }
    }

    #[test]
    fn anything_else_is_refused() {
        for junk in [
            "",
            "x.ok",
            "0123456789abcdef0123456789abcdef",
            "0123456789ABCDEF0123456789abcdef.ok",
            "0123456789abcdef0123456789abcdef.yes",
            "0123456789abcdef0123456789abcdef.p10",
            "0123456789abcdef0123456789abcdef.p07",
            "0123456789abcdef0123456789abcdef.p",
            "0123456789abcdef0123456789abcdef.p-1",
        ] {
            assert!(junk.parse::<ButtonData>().is_err(), "{junk}");
        }
    }
}
