## Restock — English (United States)

welcome = Hi! I keep track of your groceries. Tell me things like “bought 12 eggs”, “used 2 eggs”, “we're out of milk”, “how many eggs do we have?”, “add coffee to the list” or “undo”.
empty-message = Send me something like “used 2 eggs” or “bought milk”.
message-too-long = That message is too long for me (more than { $max } characters). Nothing was changed.
not-understood = Sorry, I didn't get that. Try “used 2 eggs”, “bought 12 eggs”, “we're out of milk”, “how many eggs do we have?”, “add coffee to the list” or “undo”.
no-item = Which item do you mean? For example “used 2 eggs”. Nothing was changed.
item-name-invalid = That item name is too long (at most { $max } characters). Nothing was changed.
amount-not-positive = The amount of { $item } must be more than zero. Nothing was changed.
amount-negative = You can't have less than nothing of { $item }. Nothing was changed.
amount-too-large = That is a lot of { $item } — please check the amount. Nothing was changed.
units-incompatible = I keep { $item } as { $have }, so I can't count { $given } against it. Nothing was changed.

consumed = Used { $used } — { $left } left.
consumed-unknown-stock = Used { $used }. How much is left? (say e.g. “{ $used } left”)
consumed-more-than-stock = Used { $used } — more than the { $had } I knew of, so { $item } is now at 0.
restocked = Bought { $bought } — you now have { $total }.
restocked-unknown-amount = Bought { $item }. How much do you have now? (say e.g. “we have 2 { $items }”)
stock-set = Got it: { $total }.
depleted = Out of { $item } — added to the shopping list.
depleted-already-listed = Out of { $item } — it's already on the shopping list.
stock-is = You have { $total }.
stock-unknown = I don't know how much { $item } you have yet. Tell me, e.g. “we have 2 { $items }”.
item-not-known = Nothing logged for { $item } yet.
stock-overview-header = Here's what you have:
stock-overview-line = • { $total }
stock-overview-empty = Nothing logged yet. Try “bought 12 eggs”.

list-added = Added { $entry } to the shopping list.
list-already = { $item } is already on the shopping list.
list-removed = Took { $item } off the shopping list.
list-not-there = { $item } isn't on the shopping list.
list-bought-off = Ticked { $item } off the shopping list.
list-header = { $count ->
    [one] Shopping list (1 item):
   *[other] Shopping list ({ $n } items):
}
list-line = • { $entry }
list-empty = The shopping list is empty.

undo-done = Undone. Back to:
undo-nothing = You have no change to undo.
undo-stock-line = • { $total }
undo-list-added = • { $item } is back on the shopping list
undo-list-removed = • { $item } is off the shopping list again
internal-error = Something went wrong on my side; nothing was changed. Please try again in a moment.

## Amounts. $qty is the formatted number, $n the number for plural choice.

amount-none = { $item }
amount-count = { $qty } { $n ->
    [one] { $item }
   *[other] { $items }
}
amount-unit = { $qty } { $unit } of { $item }

## Units

unit-g = g
unit-kg = kg
unit-mg = mg
unit-lb = { $n ->
    [one] lb
   *[other] lbs
}
unit-oz = oz
unit-l = l
unit-ml = ml
unit-cl = cl
unit-dl = dl
unit-fl-oz = fl oz
unit-gal = { $n ->
    [one] gallon
   *[other] gallons
}
unit-qt = { $n ->
    [one] quart
   *[other] quarts
}
unit-pt = { $n ->
    [one] pint
   *[other] pints
}
unit-cup = { $n ->
    [one] cup
   *[other] cups
}
unit-tbsp = tbsp
unit-tsp = tsp
unit-pinch = { $n ->
    [one] pinch
   *[other] pinches
}
unit-pack = { $n ->
    [one] pack
   *[other] packs
}
unit-bottle = { $n ->
    [one] bottle
   *[other] bottles
}
unit-can = { $n ->
    [one] can
   *[other] cans
}
unit-jar = { $n ->
    [one] jar
   *[other] jars
}
unit-box = { $n ->
    [one] box
   *[other] boxes
}
unit-bag = { $n ->
    [one] bag
   *[other] bags
}
unit-carton = { $n ->
    [one] carton
   *[other] cartons
}
unit-loaf = { $n ->
    [one] loaf
   *[other] loaves
}
unit-slice = { $n ->
    [one] slice
   *[other] slices
}
unit-bunch = { $n ->
    [one] bunch
   *[other] bunches
}
unit-head = { $n ->
    [one] head
   *[other] heads
}
unit-clove = { $n ->
    [one] clove
   *[other] cloves
}
unit-stick = { $n ->
    [one] stick
   *[other] sticks
}
unit-roll = { $n ->
    [one] roll
   *[other] rolls
}
unit-bar = { $n ->
    [one] bar
   *[other] bars
}
unit-tub = { $n ->
    [one] tub
   *[other] tubs
}
unit-sachet = { $n ->
    [one] sachet
   *[other] sachets
}
unit-piece = { $n ->
    [one] piece
   *[other] pieces
}

## Chat front-ends: commands, households, settings, orders, buttons

cmd-start = start here: this chat becomes a household
cmd-help = what I understand and the commands
cmd-stock = what you have (or /stock eggs)
cmd-list = the shopping list, with buttons to tick items off
cmd-add = put something on the shopping list: /add coffee
cmd-remove = take something off the shopping list: /remove coffee
cmd-order = propose an order from the shopping list
cmd-summary = what happened in the last 7 days
cmd-undo = take back your last change
cmd-invite = a one-time code to link another chat to this household
cmd-join = link this chat to a household: /join CODE
cmd-settings = language, time zone, weekly summary day and hour
help-header = Just write what happened: “used 2 eggs”, “bought 12 eggs”, “we're out of milk”, “how many eggs do we have?”. Commands:
forwarded-ignored = I don't count forwarded messages — please write it yourself.
invite-created = Invite code: { $code } — send “/join { $code }” in the other chat within { $hours } hours. It works once.
join-done = This chat now shares its stock and shopping list with the household that invited it.
join-already = This chat already belongs to that household.
join-invalid = That code is unknown, used or expired. Ask for a new one with /invite.
join-usage = Send /join followed by the code from /invite, e.g. “/join K7Q2MX9P”.
settings-show = Language { $locale }, time zone { $timezone }, weekly summary on { $day } at { $hour }:00.
settings-usage = Change with “/settings language de-DE”, “/settings timezone Europe/Berlin” or “/settings summary sunday 18”.
settings-language-set = Language set to { $locale }.
settings-language-unknown = I don't speak “{ $value }” yet. Available: { $all }.
settings-time-zone-set = Time zone set to { $timezone }.
settings-time-zone-invalid = “{ $value }” is not a time zone I know; use a name like Europe/Berlin.
settings-summary-set = The weekly summary comes on { $day } at { $hour }:00.
settings-summary-invalid = Say a day and an hour from 0 to 23, e.g. “/settings summary sunday 18”.
weekday = { $day ->
    [0] Sunday
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
   *[6] Saturday
}
summary-week = In the last 7 days: { $used } used, { $bought } bought; { $listed } on the shopping list.
order-empty = The shopping list is empty — nothing to order.
order-proposed = { $count ->
    [one] Order 1 item from the shopping list?
   *[other] Order { $n } items from the shopping list?
}
order-line = • { $entry }
order-confirm-button = ✅ Confirm
order-cancel-button = ✖ Cancel
order-confirmed-by = ✅ Confirmed by { $name }.
order-cancelled-by = ✖ Cancelled by { $name }.
order-confirmed = Order confirmed.
order-cancelled = Order cancelled.
tick-button = ✓ { $item }
ticked-by = ✓ { $item } — bought, ticked off by { $name }
ticked = Ticked { $item } off.
press-not-member = Only members of this household can do that. Write something in the household's chat first.
press-decided = This was already decided — nothing changed.
press-unknown = This button is not valid — nothing changed.
press-expired = This button has expired — nothing changed.

## Delivery: reminders, new lists, recurring purchases, the periodic summary

reminder = Running low on { $item }: { $left } left — enough for about { $days ->
    [one] 1 day
   *[other] { $d } days
}.
reminder-no-forecast = Running low on { $item }: { $left } left.
reminder-add-button = 🛒 Add to list
reminder-order-button = 📦 Order now
reminder-snooze-button = ⏰ Snooze
new-list = { $count ->
    [one] New shopping list (1 item):
   *[other] New shopping list ({ $n } items):
}
recurring-due = Time for { $entry } again — it's on the shopping list.
digest-header = { $cadence ->
    [monthly] Your month at a glance
   *[weekly] Your week at a glance
}
digest-used = Used:
digest-bought = Bought:
digest-nothing-used = Nothing logged as used.
digest-nothing-bought = Nothing logged as bought.
digest-line = • { $amount }
digest-running-low = About to run out:
digest-low-line = • { $left } — about { $days ->
    [one] 1 day
   *[other] { $d } days
} left
digest-orders = { $count ->
    [one] 1 open order:
   *[other] { $n } open orders:
}
digest-order-line = • #{ $id }: { $status ->
    [proposed] waiting for confirmation
    [confirmed] confirmed
   *[other] being placed
}

## Questions with buttons: which item a name means, and the buttons under a reminder

ask-which = Which { $item } do you mean?
ask-pick-new = { $item } (a new item)
ask-picked-by = { $name } chose { $item }.
ask-picked = Got it: { $item }.
ask-answer-with-number = Answer with a number.
ask-size = I keep { $item } as { $have }. How much is { $one }?
ask-size-none = I keep { $item } as { $have }, so { $given } can't be counted against it.
ask-size-switch = Count { $items } in { $unit } from now on
ask-size-single = single pieces
ask-size-picked = Got it: { $one } is { $size }.
ask-size-picked-by = { $name } said { $one } is { $size }.
ask-size-switched = From now on I count { $items } in { $unit }.
ask-size-switched-by = { $name }: from now on I count { $items } in { $unit }.
reminder-listed = { $item } is on the shopping list.
reminder-listed-by = { $name } put { $item } on the shopping list.
reminder-snoozed = I'll remind you about { $item } tomorrow.
reminder-snoozed-by = { $name } snoozed the reminder about { $item } until tomorrow.
reminder-order-asked = Here is an order for { $item } to confirm.
reminder-order-asked-by = { $name } asked to order { $item }.

## The household's plans: summary cadence and recurring purchases (/settings)

plan-settings = Language { $locale }, time zone { $timezone }.
plan-summary-off = The summary is off. Turn it back on with “/settings summary sunday 18”.
plan-summary-monthly = The summary comes on the 1st of each month at { $hour }:00.
plan-repeat-set = { $cadence ->
    [daily] Every day at { $hour }:00
   *[weekly] Every { $day } at { $hour }:00
}, { $entry } goes on the shopping list.
plan-repeat-header = Recurring purchases:
plan-repeat-line = • { $entry } — { $cadence ->
    [daily] every day at { $hour }:00
   *[weekly] every { $day } at { $hour }:00
}
plan-repeat-none = No recurring purchases yet. Add one with “/settings repeat 12 eggs saturday 9”.
plan-repeat-stopped = { $item } no longer goes on the list by itself.
plan-repeat-not-found = { $item } is not a recurring purchase.
plan-repeat-usage = Say what, which day (or “daily”) and the hour: “/settings repeat 12 eggs saturday 9” or “/settings repeat 2 l milk daily 8”. “/settings repeat off eggs” stops it.
