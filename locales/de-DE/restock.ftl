## Restock — Deutsch (Deutschland)

welcome = Hallo! Ich behalte eure Vorräte im Blick. Schreibt mir z. B. „12 Eier gekauft“, „2 Eier verbraucht“, „Milch ist alle“, „Wie viele Eier haben wir?“, „Kaffee auf die Liste“ oder „rückgängig“.
empty-message = Schreib mir z. B. „2 Eier verbraucht“ oder „Milch gekauft“.
message-too-long = Diese Nachricht ist zu lang für mich (mehr als { $max } Zeichen). Es wurde nichts geändert.
not-understood = Das habe ich leider nicht verstanden. Versuch es mit „2 Eier verbraucht“, „12 Eier gekauft“, „Milch ist alle“, „Wie viele Eier haben wir?“, „Kaffee auf die Liste“ oder „rückgängig“.
no-item = Welchen Artikel meinst du? Zum Beispiel „2 Eier verbraucht“. Es wurde nichts geändert.
item-name-invalid = Dieser Artikelname ist zu lang (höchstens { $max } Zeichen). Es wurde nichts geändert.
amount-not-positive = Die Menge von { $item } muss größer als null sein. Es wurde nichts geändert.
amount-negative = Weniger als nichts von { $item } geht nicht. Es wurde nichts geändert.
amount-too-large = Das ist sehr viel { $item } – bitte prüf die Menge. Es wurde nichts geändert.
units-incompatible = Ich führe { $item } als { $have }, deshalb kann ich { $given } nicht damit verrechnen. Es wurde nichts geändert.

consumed = Verbraucht: { $used } – noch { $left } übrig.
consumed-unknown-stock = Verbraucht: { $used }. Wie viel { $item } ist noch da? (z. B. „noch { $used }“)
consumed-more-than-stock = Verbraucht: { $used } – mehr als die { $had }, die ich kannte, also steht { $item } jetzt auf 0.
restocked = Gekauft: { $bought } – jetzt habt ihr { $total }.
restocked-unknown-amount = { $item } gekauft. Wie viel habt ihr jetzt? (z. B. „wir haben 2 { $item }“)
stock-set = Alles klar: { $total }.
depleted = { $item } ist alle – steht jetzt auf der Einkaufsliste.
depleted-already-listed = { $item } ist alle – steht schon auf der Einkaufsliste.
stock-is = Ihr habt { $total }.
stock-unknown = Ich weiß noch nicht, wie viel { $item } ihr habt. Sag es mir, z. B. „wir haben 2 { $item }“.
item-not-known = Zu { $item } ist noch nichts erfasst.
stock-overview-header = Das habt ihr da:
stock-overview-line = • { $total }
stock-overview-empty = Noch nichts erfasst. Versuch es mit „12 Eier gekauft“.

list-added = { $entry } steht jetzt auf der Einkaufsliste.
list-already = { $item } steht schon auf der Einkaufsliste.
list-removed = { $item } ist von der Einkaufsliste gestrichen.
list-not-there = { $item } steht nicht auf der Einkaufsliste.
list-bought-off = { $item } auf der Einkaufsliste abgehakt.
list-header = { $count ->
    [one] Einkaufsliste (1 Artikel):
   *[other] Einkaufsliste ({ $n } Artikel):
}
list-line = • { $entry }
list-empty = Die Einkaufsliste ist leer.

undo-done = Rückgängig gemacht. Jetzt wieder:
undo-nothing = Du hast keine Änderung, die sich rückgängig machen ließe.
undo-stock-line = • { $total }
undo-list-added = • { $item } steht wieder auf der Einkaufsliste
undo-list-removed = • { $item } ist wieder von der Einkaufsliste gestrichen
internal-error = Bei mir ist etwas schiefgelaufen; es wurde nichts geändert. Bitte versuch es gleich noch einmal.

## Mengen. $qty ist die formatierte Zahl, $n die Zahl für die Pluralwahl.

amount-none = { $item }
amount-count = { $qty } × { $item }
amount-unit = { $qty } { $unit } { $item }

## Einheiten

unit-g = g
unit-kg = kg
unit-mg = mg
unit-lb = lb
unit-oz = oz
unit-l = l
unit-ml = ml
unit-cl = cl
unit-dl = dl
unit-fl-oz = fl oz
unit-gal = gal
unit-qt = qt
unit-pt = pt
unit-cup = { $n ->
    [one] Tasse
   *[other] Tassen
}
unit-tbsp = EL
unit-tsp = TL
unit-pinch = { $n ->
    [one] Prise
   *[other] Prisen
}
unit-pack = { $n ->
    [one] Packung
   *[other] Packungen
}
unit-bottle = { $n ->
    [one] Flasche
   *[other] Flaschen
}
unit-can = { $n ->
    [one] Dose
   *[other] Dosen
}
unit-jar = { $n ->
    [one] Glas
   *[other] Gläser
}
unit-box = { $n ->
    [one] Schachtel
   *[other] Schachteln
}
unit-bag = { $n ->
    [one] Beutel
   *[other] Beutel
}
unit-carton = { $n ->
    [one] Karton
   *[other] Kartons
}
unit-loaf = { $n ->
    [one] Laib
   *[other] Laibe
}
unit-slice = { $n ->
    [one] Scheibe
   *[other] Scheiben
}
unit-bunch = { $n ->
    [one] Bund
   *[other] Bund
}
unit-head = { $n ->
    [one] Kopf
   *[other] Köpfe
}
unit-clove = { $n ->
    [one] Zehe
   *[other] Zehen
}
unit-stick = { $n ->
    [one] Stange
   *[other] Stangen
}
unit-roll = { $n ->
    [one] Rolle
   *[other] Rollen
}
unit-bar = { $n ->
    [one] Riegel
   *[other] Riegel
}
unit-tub = { $n ->
    [one] Becher
   *[other] Becher
}
unit-sachet = { $n ->
    [one] Tütchen
   *[other] Tütchen
}
unit-piece = { $n ->
    [one] Stück
   *[other] Stück
}

## Chat-Oberflächen: Befehle, Haushalte, Einstellungen, Bestellungen, Knöpfe

cmd-start = hier anfangen: dieser Chat wird ein Haushalt
cmd-help = was ich verstehe, und die Befehle
cmd-stock = was ihr habt (oder /stock Eier)
cmd-list = die Einkaufsliste, mit Knöpfen zum Abhaken
cmd-add = etwas auf die Einkaufsliste setzen: /add Kaffee
cmd-remove = etwas von der Einkaufsliste nehmen: /remove Kaffee
cmd-order = eine Bestellung aus der Einkaufsliste vorschlagen
cmd-summary = was in den letzten 7 Tagen passiert ist
cmd-undo = deine letzte Änderung zurücknehmen
cmd-invite = ein Einmal-Code, um einen weiteren Chat mit diesem Haushalt zu verbinden
cmd-join = diesen Chat mit einem Haushalt verbinden: /join CODE
cmd-settings = Sprache, Zeitzone, Tag und Stunde der Wochenübersicht
help-header = Schreib einfach, was passiert ist: „2 Eier verbraucht“, „12 Eier gekauft“, „die Milch ist alle“, „wie viele Eier haben wir?“. Befehle:
forwarded-ignored = Weitergeleitete Nachrichten zähle ich nicht — bitte schreib es selbst.
invite-created = Einladungscode: { $code } — sende „/join { $code }“ innerhalb von { $hours } Stunden im anderen Chat. Er gilt einmal.
join-done = Dieser Chat teilt jetzt Vorrat und Einkaufsliste mit dem Haushalt, der ihn eingeladen hat.
join-already = Dieser Chat gehört schon zu diesem Haushalt.
join-invalid = Diesen Code kenne ich nicht, oder er ist verbraucht oder abgelaufen. Hol dir mit /invite einen neuen.
join-usage = Sende /join und dahinter den Code von /invite, z. B. „/join K7Q2MX9P“.
settings-show = Sprache { $locale }, Zeitzone { $timezone }, Wochenübersicht am { $day } um { $hour }:00 Uhr.
settings-usage = Ändern mit „/settings language en-US“, „/settings timezone Europe/Berlin“ oder „/settings summary sonntag 18“.
settings-language-set = Sprache ist jetzt { $locale }.
settings-language-unknown = „{ $value }“ spreche ich noch nicht. Verfügbar: { $all }.
settings-time-zone-set = Zeitzone ist jetzt { $timezone }.
settings-time-zone-invalid = „{ $value }“ ist keine Zeitzone, die ich kenne; nimm einen Namen wie Europe/Berlin.
settings-summary-set = Die Wochenübersicht kommt am { $day } um { $hour }:00 Uhr.
settings-summary-invalid = Nenne einen Tag und eine Stunde von 0 bis 23, z. B. „/settings summary sonntag 18“.
weekday = { $day ->
    [0] Sonntag
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
   *[6] Samstag
}
summary-week = In den letzten 7 Tagen: { $used } verbraucht, { $bought } gekauft; { $listed } auf der Einkaufsliste.
order-empty = Die Einkaufsliste ist leer — es gibt nichts zu bestellen.
order-proposed = { $count ->
    [one] 1 Artikel von der Einkaufsliste bestellen?
   *[other] { $n } Artikel von der Einkaufsliste bestellen?
}
order-line = • { $entry }
order-confirm-button = ✅ Bestätigen
order-cancel-button = ✖ Abbrechen
order-confirmed-by = ✅ Bestätigt von { $name }.
order-cancelled-by = ✖ Abgebrochen von { $name }.
order-confirmed = Bestellung bestätigt.
order-cancelled = Bestellung abgebrochen.
tick-button = ✓ { $item }
ticked-by = ✓ { $item } — gekauft, abgehakt von { $name }
ticked = { $item } abgehakt.
press-not-member = Das dürfen nur Mitglieder dieses Haushalts. Schreib zuerst etwas in den Chat des Haushalts.
press-decided = Das ist schon entschieden — nichts geändert.
press-unknown = Dieser Knopf ist ungültig — nichts geändert.
press-expired = Dieser Knopf ist abgelaufen — nichts geändert.

## Delivery: reminders, new lists, recurring purchases, the periodic summary

reminder = { $item } wird knapp: noch { $left } — reicht etwa { $days ->
    [one] 1 Tag
   *[other] { $d } Tage
}.
reminder-no-forecast = { $item } wird knapp: noch { $left }.
reminder-add-button = 🛒 Auf die Liste
reminder-order-button = 📦 Jetzt bestellen
reminder-snooze-button = ⏰ Später erinnern
new-list = { $count ->
    [one] Neue Einkaufsliste (1 Artikel):
   *[other] Neue Einkaufsliste ({ $n } Artikel):
}
recurring-due = Zeit für { $entry } — steht auf der Einkaufsliste.
digest-header = { $cadence ->
    [monthly] Dein Monat im Überblick
   *[weekly] Deine Woche im Überblick
}
digest-used = Verbraucht:
digest-bought = Gekauft:
digest-nothing-used = Nichts als verbraucht eingetragen.
digest-nothing-bought = Nichts als gekauft eingetragen.
digest-line = • { $amount }
digest-running-low = Geht bald aus:
digest-low-line = • { $left } — noch etwa { $days ->
    [one] 1 Tag
   *[other] { $d } Tage
}
digest-orders = { $count ->
    [one] 1 offene Bestellung:
   *[other] { $n } offene Bestellungen:
}
digest-order-line = • #{ $id }: { $status ->
    [proposed] wartet auf Bestätigung
    [confirmed] bestätigt
   *[other] wird aufgegeben
}

## Fragen mit Knöpfen: welcher Artikel gemeint ist, und die Knöpfe unter einer Erinnerung

ask-which = Welche(n) { $item } meinst du?
ask-pick-new = { $item } (neuer Artikel)
ask-picked-by = { $name } hat { $item } gewählt.
ask-picked = Alles klar: { $item }.
ask-answer-with-number = Antworte mit einer Zahl.
ask-size = Ich führe { $item } als { $have }. Wie viel ist { $one }?
ask-size-none = Ich führe { $item } als { $have }, daher kann ich { $given } nicht damit verrechnen.
ask-size-switch = { $item } ab jetzt in { $unit } zählen
ask-size-single = Stück
ask-size-picked = Alles klar: { $one } sind { $size }.
ask-size-picked-by = { $name } sagt: { $one } sind { $size }.
ask-size-switched = Ab jetzt zähle ich { $item } in { $unit }.
ask-size-switched-by = { $name }: Ab jetzt zähle ich { $item } in { $unit }.
reminder-listed = { $item } steht auf der Einkaufsliste.
reminder-listed-by = { $name } hat { $item } auf die Einkaufsliste gesetzt.
reminder-snoozed = Ich erinnere euch morgen wieder an { $item }.
reminder-snoozed-by = { $name } hat die Erinnerung an { $item } auf morgen verschoben.
reminder-order-asked = Hier ist eine Bestellung von { $item } zum Bestätigen.
reminder-order-asked-by = { $name } möchte { $item } bestellen.

## Pläne des Haushalts: Übersicht und wiederkehrende Einkäufe (/settings)

plan-settings = Sprache { $locale }, Zeitzone { $timezone }.
plan-summary-off = Die Übersicht ist aus. Wieder an mit „/settings summary sonntag 18“.
plan-summary-monthly = Die Übersicht kommt am 1. jedes Monats um { $hour }:00 Uhr.
plan-repeat-set = { $cadence ->
    [daily] Jeden Tag um { $hour }:00 Uhr
   *[weekly] Jeden { $day } um { $hour }:00 Uhr
} kommt { $entry } auf die Einkaufsliste.
plan-repeat-header = Wiederkehrende Einkäufe:
plan-repeat-line = • { $entry } — { $cadence ->
    [daily] jeden Tag um { $hour }:00 Uhr
   *[weekly] jeden { $day } um { $hour }:00 Uhr
}
plan-repeat-none = Noch keine wiederkehrenden Einkäufe. Neu mit „/settings repeat 12 Eier samstag 9“.
plan-repeat-stopped = { $item } kommt nicht mehr von selbst auf die Liste.
plan-repeat-not-found = { $item } ist kein wiederkehrender Einkauf.
plan-repeat-usage = Sag was, welcher Tag (oder „täglich“) und die Stunde: „/settings repeat 12 Eier samstag 9“ oder „/settings repeat 2 l Milch täglich 8“. „/settings repeat aus Eier“ beendet es.
