## Restock — Español (España)

welcome = ¡Hola! Llevo la cuenta de vuestra compra. Escribidme cosas como «compré 12 huevos», «usé 2 huevos», «se acabó la leche», «¿cuántos huevos tenemos?», «añade café a la lista» o «deshacer».
empty-message = Escríbeme algo como «usé 2 huevos» o «compré leche».
message-too-long = Ese mensaje es demasiado largo para mí (más de { $max } caracteres). No se ha cambiado nada.
not-understood = Perdona, no lo he entendido. Prueba con «usé 2 huevos», «compré 12 huevos», «se acabó la leche», «¿cuántos huevos tenemos?», «añade café a la lista» o «deshacer».
no-item = ¿Qué producto quieres decir? Por ejemplo «usé 2 huevos». No se ha cambiado nada.
item-name-invalid = Ese nombre de producto es demasiado largo (como mucho { $max } caracteres). No se ha cambiado nada.
amount-not-positive = La cantidad de { $item } tiene que ser mayor que cero. No se ha cambiado nada.
amount-negative = No se puede tener menos que nada de { $item }. No se ha cambiado nada.
amount-too-large = Eso es muchísimo { $item }; revisa la cantidad. No se ha cambiado nada.
units-incompatible = Llevo { $item } como { $have }, así que no puedo descontar { $given }. No se ha cambiado nada.

consumed = Usado: { $used }; quedan { $left }.
consumed-unknown-stock = Usado: { $used }. ¿Cuánto { $item } queda? (di p. ej. «quedan { $used }»)
consumed-more-than-stock = Usado: { $used }, más de los { $had } que yo sabía, así que { $item } queda en 0.
restocked = Comprado: { $bought }; ahora tenéis { $total }.
restocked-unknown-amount = Compraste { $item }. ¿Cuánto tenéis ahora? (di p. ej. «tenemos 2 { $item }»)
stock-set = Entendido: { $total }.
depleted = Se acabó { $item }: lo he añadido a la lista de la compra.
depleted-already-listed = Se acabó { $item }: ya está en la lista de la compra.
stock-is = Tenéis { $total }.
stock-unknown = Todavía no sé cuánto { $item } tenéis. Dímelo, p. ej. «tenemos 2 { $item }».
item-not-known = Aún no hay nada anotado de { $item }.
stock-overview-header = Esto es lo que tenéis:
stock-overview-line = • { $total }
stock-overview-empty = Aún no hay nada anotado. Prueba con «compré 12 huevos».

list-added = He añadido { $entry } a la lista de la compra.
list-already = { $item } ya está en la lista de la compra.
list-removed = He quitado { $item } de la lista de la compra.
list-not-there = { $item } no está en la lista de la compra.
list-bought-off = He tachado { $item } de la lista de la compra.
list-header = { $count ->
    [one] Lista de la compra (1 producto):
   *[other] Lista de la compra ({ $n } productos):
}
list-line = • { $entry }
list-empty = La lista de la compra está vacía.

undo-done = Deshecho. Vuelve a estar así:
undo-nothing = No tienes ningún cambio que deshacer.
undo-stock-line = • { $total }
undo-list-added = • { $item } vuelve a estar en la lista de la compra
undo-list-removed = • { $item } vuelve a salir de la lista de la compra
internal-error = Algo ha fallado por mi parte; no se ha cambiado nada. Inténtalo de nuevo en un momento.

## Cantidades. $qty es el número formateado, $n el número para elegir el plural.

amount-none = { $item }
amount-count = { $qty } × { $item }
amount-unit = { $qty } { $unit } de { $item }

## Unidades

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
    [one] taza
   *[other] tazas
}
unit-tbsp = cda.
unit-tsp = cdta.
unit-pinch = { $n ->
    [one] pizca
   *[other] pizcas
}
unit-pack = { $n ->
    [one] paquete
   *[other] paquetes
}
unit-bottle = { $n ->
    [one] botella
   *[other] botellas
}
unit-can = { $n ->
    [one] lata
   *[other] latas
}
unit-jar = { $n ->
    [one] tarro
   *[other] tarros
}
unit-box = { $n ->
    [one] caja
   *[other] cajas
}
unit-bag = { $n ->
    [one] bolsa
   *[other] bolsas
}
unit-carton = { $n ->
    [one] brik
   *[other] briks
}
unit-loaf = { $n ->
    [one] barra
   *[other] barras
}
unit-slice = { $n ->
    [one] loncha
   *[other] lonchas
}
unit-bunch = { $n ->
    [one] manojo
   *[other] manojos
}
unit-head = { $n ->
    [one] cabeza
   *[other] cabezas
}
unit-clove = { $n ->
    [one] diente
   *[other] dientes
}
unit-stick = { $n ->
    [one] barrita
   *[other] barritas
}
unit-roll = { $n ->
    [one] rollo
   *[other] rollos
}
unit-bar = { $n ->
    [one] tableta
   *[other] tabletas
}
unit-tub = { $n ->
    [one] tarrina
   *[other] tarrinas
}
unit-sachet = { $n ->
    [one] sobre
   *[other] sobres
}
unit-piece = { $n ->
    [one] pieza
   *[other] piezas
}

## Delivery: reminders, new lists, recurring purchases, the periodic summary

reminder = Queda poco { $item }: { $left } — alcanza para unos { $days ->
    [one] 1 día
   *[other] { $d } días
}.
reminder-no-forecast = Queda poco { $item }: { $left }.
reminder-add-button = 🛒 A la lista
reminder-order-button = 📦 Pedir ahora
reminder-snooze-button = ⏰ Recordar luego
new-list = { $count ->
    [one] Nueva lista de la compra (1 artículo):
   *[other] Nueva lista de la compra ({ $n } artículos):
}
recurring-due = Toca comprar { $entry } otra vez — está en la lista de la compra.
digest-header = { $cadence ->
    [monthly] Tu mes de un vistazo
   *[weekly] Tu semana de un vistazo
}
digest-used = Usado:
digest-bought = Comprado:
digest-nothing-used = Nada registrado como usado.
digest-nothing-bought = Nada registrado como comprado.
digest-line = • { $amount }
digest-running-low = Está por acabarse:
digest-low-line = • { $left } — quedan unos { $days ->
    [one] 1 día
   *[other] { $d } días
}
digest-orders = { $count ->
    [one] 1 pedido abierto:
   *[other] { $n } pedidos abiertos:
}
digest-order-line = • #{ $id }: { $status ->
    [proposed] esperando confirmación
    [confirmed] confirmado
   *[other] en curso
}

## Chats: comandos, hogares, ajustes, pedidos, botones

cmd-start = empieza aquí: este chat se convierte en un hogar
cmd-help = lo que entiendo y los comandos
cmd-stock = lo que tenéis (o /stock huevos)
cmd-list = la lista de la compra, con botones para tachar
cmd-add = añadir algo a la lista de la compra: /add café
cmd-remove = quitar algo de la lista de la compra: /remove café
cmd-order = proponer un pedido con la lista de la compra
cmd-summary = lo que pasó en los últimos 7 días
cmd-undo = deshacer tu último cambio
cmd-invite = un código de un solo uso para unir otro chat a este hogar
cmd-join = unir este chat a un hogar: /join CÓDIGO
cmd-settings = idioma, zona horaria, día y hora del resumen semanal
help-header = Escribe lo que pasó: «he usado 2 huevos», «he comprado 12 huevos», «no queda leche», «¿cuántos huevos tenemos?». Comandos:
forwarded-ignored = No cuento los mensajes reenviados; escríbelo tú, por favor.
invite-created = Código de invitación: { $code }. Envía «/join { $code }» en el otro chat en menos de { $hours } horas. Sirve una sola vez.
join-done = Este chat comparte ahora existencias y lista de la compra con el hogar que lo invitó.
join-already = Este chat ya pertenece a ese hogar.
join-invalid = Ese código no existe, ya se usó o caducó. Pide otro con /invite.
join-usage = Envía /join seguido del código de /invite, p. ej. «/join K7Q2MX9P».
settings-show = Idioma { $locale }, zona horaria { $timezone }, resumen semanal el { $day } a las { $hour }:00.
settings-usage = Cámbialo con «/settings language es-ES», «/settings timezone Europe/Madrid» o «/settings summary domingo 18».
settings-language-set = Idioma: { $locale }.
settings-language-unknown = Todavía no hablo «{ $value }». Disponibles: { $all }.
settings-time-zone-set = Zona horaria: { $timezone }.
settings-time-zone-invalid = «{ $value }» no es una zona horaria que conozca; usa un nombre como Europe/Madrid.
settings-summary-set = El resumen semanal llega el { $day } a las { $hour }:00.
settings-summary-invalid = Di un día y una hora de 0 a 23, p. ej. «/settings summary domingo 18».
weekday = { $day ->
    [0] domingo
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
   *[6] sábado
}
summary-week = En los últimos 7 días: { $used } usados, { $bought } comprados; { $listed } en la lista de la compra.
order-empty = La lista de la compra está vacía: no hay nada que pedir.
order-proposed = { $count ->
    [one] ¿Pedir 1 artículo de la lista de la compra?
   *[other] ¿Pedir { $n } artículos de la lista de la compra?
}
order-line = • { $entry }
order-confirm-button = ✅ Confirmar
order-cancel-button = ✖ Cancelar
order-confirmed-by = ✅ Confirmado por { $name }.
order-cancelled-by = ✖ Cancelado por { $name }.
order-confirmed = Pedido confirmado.
order-cancelled = Pedido cancelado.
tick-button = ✓ { $item }
ticked-by = ✓ { $item }: comprado, tachado por { $name }
ticked = { $item } tachado.
press-not-member = Solo los miembros de este hogar pueden hacerlo. Escribe primero algo en el chat del hogar.
press-decided = Esto ya se decidió; no ha cambiado nada.
press-unknown = Este botón no es válido; no ha cambiado nada.
press-expired = Este botón ha caducado; no ha cambiado nada.

## Preguntas con botones: qué artículo es, y los botones de un recordatorio

ask-which = ¿Qué { $item } quieres decir?
ask-pick-new = { $item } (artículo nuevo)
ask-picked-by = { $name } eligió { $item }.
ask-picked = Entendido: { $item }.
ask-answer-with-number = Responde con un número.
ask-size = Llevo { $item } como { $have }. ¿Cuánto es { $one }?
ask-size-none = Llevo { $item } como { $have }, así que no puedo contar { $given } con eso.
ask-size-switch = Contar { $item } en { $unit } a partir de ahora
ask-size-single = unidades
ask-size-picked = Entendido: { $one } son { $size }.
ask-size-picked-by = { $name } dice que { $one } son { $size }.
ask-size-switched = A partir de ahora cuento { $item } en { $unit }.
ask-size-switched-by = { $name }: a partir de ahora cuento { $item } en { $unit }.
reminder-listed = { $item } está en la lista de la compra.
reminder-listed-by = { $name } puso { $item } en la lista de la compra.
reminder-snoozed = Os recordaré { $item } mañana.
reminder-snoozed-by = { $name } pospuso el recordatorio de { $item } hasta mañana.
reminder-order-asked = Aquí tienes un pedido de { $item } para confirmar.
reminder-order-asked-by = { $name } pidió encargar { $item }.

## Los planes del hogar: resumen y compras periódicas (/settings)

plan-settings = Idioma { $locale }, zona horaria { $timezone }.
plan-summary-off = El resumen está desactivado. Actívalo con «/settings summary domingo 18».
plan-summary-monthly = El resumen llega el día 1 de cada mes a las { $hour }:00.
plan-repeat-set = { $cadence ->
    [daily] Cada día a las { $hour }:00
   *[weekly] Cada { $day } a las { $hour }:00
}, { $entry } va a la lista de la compra.
plan-repeat-header = Compras periódicas:
plan-repeat-line = • { $entry } — { $cadence ->
    [daily] cada día a las { $hour }:00
   *[weekly] cada { $day } a las { $hour }:00
}
plan-repeat-none = Aún no hay compras periódicas. Añade una con «/settings repeat 12 huevos sábado 9».
plan-repeat-stopped = { $item } ya no va a la lista por sí solo.
plan-repeat-not-found = { $item } no es una compra periódica.
plan-repeat-usage = Di qué, qué día (o «diario») y la hora: «/settings repeat 12 huevos sábado 9» o «/settings repeat 2 l leche diario 8». «/settings repeat off huevos» la detiene.
