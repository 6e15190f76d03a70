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
consumed-unknown-stock = Used { $used }. How much { $item } is left? (say e.g. “3 { $item } left”)
consumed-more-than-stock = Used { $used } — more than the { $had } I knew of, so { $item } is now at 0.
restocked = Bought { $bought } — you now have { $total }.
restocked-unknown-amount = Bought { $item }. How much do you have now? (say e.g. “we have 2 { $item }”)
stock-set = Got it: { $total }.
depleted = Out of { $item } — added to the shopping list.
depleted-already-listed = Out of { $item } — it's already on the shopping list.
stock-is = You have { $total }.
stock-unknown = I don't know how much { $item } you have yet. Tell me, e.g. “we have 2 { $item }”.
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
