//! Buttons under a message, as Telegram's inline keyboards.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardButtonKind, InlineKeyboardMarkup};

use crate::notify::Button;

/// Rows of buttons as an inline keyboard; `None` when there are none.
pub fn markup(rows: &[Vec<Button>]) -> Option<InlineKeyboardMarkup> {
    if rows.iter().all(Vec::is_empty) {
        return None;
    }
    Some(InlineKeyboardMarkup::new(rows.iter().filter(|r| !r.is_empty()).map(|row| {
        row.iter().map(|b| InlineKeyboardButton::callback(b.label.clone(), b.data.clone()))
    })))
}

/// The keyboard without the button that carries `data`; empty rows are dropped.
pub fn without(markup: &InlineKeyboardMarkup, data: &str) -> InlineKeyboardMarkup {
    let rows = markup.inline_keyboard.iter().map(|row| {
        row.iter()
            .filter(|b| !matches!(&b.kind, InlineKeyboardButtonKind::CallbackData(d) if d == data))
            .cloned()
            .collect::<Vec<_>>()
    });
    InlineKeyboardMarkup::new(rows.filter(|r| !r.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn button(data: &str) -> Button {
        Button { label: data.to_uppercase(), data: data.into() }
    }

    #[test]
    fn pressed_buttons_leave_and_empty_rows_go() {
        let kb = markup(&[vec![button("a"), button("b")], vec![button("c")]]).unwrap();
        let left = without(&without(&kb, "c"), "a");
        assert_eq!(left.inline_keyboard.len(), 1);
        assert_eq!(left.inline_keyboard[0].len(), 1);
        assert_eq!(left.inline_keyboard[0][0].text, "B");
        assert!(markup(&[]).is_none());
    }
}
