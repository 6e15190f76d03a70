## Restock — Русский (Россия)

welcome = Привет! Я слежу за вашими продуктами. Пишите мне, например: «купил 12 яиц», «использовал 2 яйца», «молоко закончилось», «сколько у нас яиц?», «добавь кофе в список» или «отменить».
empty-message = Напишите что-нибудь вроде «использовал 2 яйца» или «купил молоко».
message-too-long = Это сообщение слишком длинное для меня (больше { $max } символов). Ничего не изменено.
not-understood = Извините, я не понял. Попробуйте «использовал 2 яйца», «купил 12 яиц», «молоко закончилось», «сколько у нас яиц?», «добавь кофе в список» или «отменить».
no-item = Какой продукт вы имеете в виду? Например, «использовал 2 яйца». Ничего не изменено.
item-name-invalid = Название продукта слишком длинное (не больше { $max } символов). Ничего не изменено.
amount-not-positive = Количество ({ $item }) должно быть больше нуля. Ничего не изменено.
amount-negative = Меньше нуля ({ $item }) быть не может. Ничего не изменено.
amount-too-large = Это очень много ({ $item }) — проверьте количество. Ничего не изменено.
units-incompatible = Я учитываю { $item } как { $have }, поэтому не могу вычесть { $given }. Ничего не изменено.

consumed = Использовано: { $used }; осталось { $left }.
consumed-unknown-stock = Использовано: { $used }. Сколько осталось ({ $item })? (напишите, например, «осталось { $used }»)
consumed-more-than-stock = Использовано: { $used } — больше, чем { $had }, о которых я знал, так что { $item } теперь 0.
restocked = Куплено: { $bought }; теперь у вас { $total }.
restocked-unknown-amount = Куплено: { $item }. Сколько у вас теперь? (напишите, например, «у нас 2 { $item }»)
stock-set = Понял: { $total }.
depleted = { $item } закончилось — добавил в список покупок.
depleted-already-listed = { $item } закончилось — уже есть в списке покупок.
stock-is = У вас { $total }.
stock-unknown = Я пока не знаю, сколько у вас ({ $item }). Скажите мне, например, «у нас 2 { $item }».
item-not-known = Про { $item } пока ничего не записано.
stock-overview-header = Вот что у вас есть:
stock-overview-line = • { $total }
stock-overview-empty = Пока ничего не записано. Попробуйте «купил 12 яиц».

list-added = Добавил { $entry } в список покупок.
list-already = { $item } уже есть в списке покупок.
list-removed = Убрал { $item } из списка покупок.
list-not-there = { $item } нет в списке покупок.
list-bought-off = Отметил { $item } в списке покупок как купленное.
list-header = { $count ->
    [one] Список покупок ({ $n } продукт):
    [few] Список покупок ({ $n } продукта):
    [many] Список покупок ({ $n } продуктов):
   *[other] Список покупок ({ $n } продукта):
}
list-line = • { $entry }
list-empty = Список покупок пуст.

undo-done = Отменено. Теперь снова:
undo-nothing = У вас нет изменений, которые можно отменить.
undo-stock-line = • { $total }
undo-list-added = • { $item } снова в списке покупок
undo-list-removed = • { $item } снова убрано из списка покупок
internal-error = У меня что-то пошло не так; ничего не изменено. Попробуйте ещё раз чуть позже.

## Количества. $qty — отформатированное число, $n — число для выбора формы множественного числа.

amount-none = { $item }
amount-count = { $qty } × { $item }
amount-unit = { $qty } { $unit } { $item }

## Единицы

unit-g = г
unit-kg = кг
unit-mg = мг
unit-lb = фунт
unit-oz = унц.
unit-l = л
unit-ml = мл
unit-cl = сл
unit-dl = дл
unit-fl-oz = жидк. унц.
unit-gal = галл.
unit-qt = кварта
unit-pt = пинта
unit-tbsp = ст. л.
unit-tsp = ч. л.
unit-cup = { $n ->
    [one] чашка
    [few] чашки
    [many] чашек
   *[other] чашки
}
unit-pinch = { $n ->
    [one] щепотка
    [few] щепотки
    [many] щепоток
   *[other] щепотки
}
unit-pack = { $n ->
    [one] упаковка
    [few] упаковки
    [many] упаковок
   *[other] упаковки
}
unit-bottle = { $n ->
    [one] бутылка
    [few] бутылки
    [many] бутылок
   *[other] бутылки
}
unit-can = { $n ->
    [one] банка консервов
    [few] банки консервов
    [many] банок консервов
   *[other] банки консервов
}
unit-jar = { $n ->
    [one] банка
    [few] банки
    [many] банок
   *[other] банки
}
unit-box = { $n ->
    [one] коробка
    [few] коробки
    [many] коробок
   *[other] коробки
}
unit-bag = { $n ->
    [one] пакет
    [few] пакета
    [many] пакетов
   *[other] пакета
}
unit-carton = { $n ->
    [one] пачка
    [few] пачки
    [many] пачек
   *[other] пачки
}
unit-loaf = { $n ->
    [one] буханка
    [few] буханки
    [many] буханок
   *[other] буханки
}
unit-slice = { $n ->
    [one] ломтик
    [few] ломтика
    [many] ломтиков
   *[other] ломтика
}
unit-bunch = { $n ->
    [one] пучок
    [few] пучка
    [many] пучков
   *[other] пучка
}
unit-head = { $n ->
    [one] кочан
    [few] кочана
    [many] кочанов
   *[other] кочана
}
unit-clove = { $n ->
    [one] зубчик
    [few] зубчика
    [many] зубчиков
   *[other] зубчика
}
unit-stick = { $n ->
    [one] палочка
    [few] палочки
    [many] палочек
   *[other] палочки
}
unit-roll = { $n ->
    [one] рулон
    [few] рулона
    [many] рулонов
   *[other] рулона
}
unit-bar = { $n ->
    [one] плитка
    [few] плитки
    [many] плиток
   *[other] плитки
}
unit-tub = { $n ->
    [one] стаканчик
    [few] стаканчика
    [many] стаканчиков
   *[other] стаканчика
}
unit-sachet = { $n ->
    [one] пакетик
    [few] пакетика
    [many] пакетиков
   *[other] пакетика
}
unit-piece = { $n ->
    [one] штука
    [few] штуки
    [many] штук
   *[other] штуки
}

## Delivery: reminders, new lists, recurring purchases, the periodic summary

reminder = Заканчивается { $item }: осталось { $left } — примерно на { $days ->
    [one] { $d } день
    [few] { $d } дня
   *[other] { $d } дней
}.
reminder-no-forecast = Заканчивается { $item }: осталось { $left }.
reminder-add-button = 🛒 В список
reminder-order-button = 📦 Заказать
reminder-snooze-button = ⏰ Напомнить позже
new-list = { $count ->
    [one] Новый список покупок ({ $n } позиция):
    [few] Новый список покупок ({ $n } позиции):
   *[other] Новый список покупок ({ $n } позиций):
}
recurring-due = Пора снова купить { $entry } — добавлено в список покупок.
digest-header = { $cadence ->
    [monthly] Ваш месяц вкратце
   *[weekly] Ваша неделя вкратце
}
digest-used = Израсходовано:
digest-bought = Куплено:
digest-nothing-used = Ничего не отмечено как израсходованное.
digest-nothing-bought = Ничего не отмечено как купленное.
digest-line = • { $amount }
digest-running-low = Скоро закончится:
digest-low-line = • { $left } — примерно на { $days ->
    [one] { $d } день
    [few] { $d } дня
   *[other] { $d } дней
}
digest-orders = { $count ->
    [one] { $n } открытый заказ:
    [few] { $n } открытых заказа:
   *[other] { $n } открытых заказов:
}
digest-order-line = • №{ $id }: { $status ->
    [proposed] ждёт подтверждения
    [confirmed] подтверждён
   *[other] оформляется
}

## Чаты: команды, хозяйства, настройки, заказы, кнопки

cmd-start = начать здесь: этот чат станет хозяйством
cmd-help = что я понимаю, и команды
cmd-stock = что у вас есть (или /stock яйца)
cmd-list = список покупок с кнопками, чтобы отмечать купленное
cmd-add = добавить в список покупок: /add кофе
cmd-remove = убрать из списка покупок: /remove кофе
cmd-order = предложить заказ по списку покупок
cmd-summary = что было за последние 7 дней
cmd-undo = отменить твоё последнее изменение
cmd-invite = одноразовый код, чтобы подключить другой чат к этому хозяйству
cmd-join = подключить этот чат к хозяйству: /join КОД
cmd-settings = язык, часовой пояс, день и час еженедельной сводки
help-header = Просто пиши, что произошло: «использовали 2 яйца», «купили 12 яиц», «молоко закончилось», «сколько у нас яиц?». Команды:
forwarded-ignored = Пересланные сообщения я не учитываю — напиши, пожалуйста, сам.
invite-created = Код приглашения: { $code } — отправь «/join { $code }» в другом чате в течение { $hours } ч. Код действует один раз.
join-done = Теперь этот чат делит запасы и список покупок с пригласившим его хозяйством.
join-already = Этот чат уже относится к этому хозяйству.
join-invalid = Такого кода нет, он уже использован или истёк. Получи новый через /invite.
join-usage = Отправь /join и код из /invite, например «/join K7Q2MX9P».
settings-show = Язык { $locale }, часовой пояс { $timezone }, еженедельная сводка: { $day }, { $hour }:00.
settings-usage = Изменить: «/settings language ru-RU», «/settings timezone Europe/Moscow» или «/settings summary воскресенье 18».
settings-language-set = Язык: { $locale }.
settings-language-unknown = Язык «{ $value }» я пока не знаю. Доступны: { $all }.
settings-time-zone-set = Часовой пояс: { $timezone }.
settings-time-zone-invalid = «{ $value }» — незнакомый мне часовой пояс; укажи название вроде Europe/Moscow.
settings-summary-set = Еженедельная сводка будет приходить: { $day }, { $hour }:00.
settings-summary-invalid = Укажи день и час от 0 до 23, например «/settings summary воскресенье 18».
weekday = { $day ->
    [0] воскресенье
    [1] понедельник
    [2] вторник
    [3] среда
    [4] четверг
    [5] пятница
   *[6] суббота
}
summary-week = За последние 7 дней: использовано { $used }, куплено { $bought }; в списке покупок { $listed }.
order-empty = Список покупок пуст — заказывать нечего.
order-proposed = { $count ->
    [one] Заказать { $n } товар из списка покупок?
    [few] Заказать { $n } товара из списка покупок?
   *[many] Заказать { $n } товаров из списка покупок?
}
order-line = • { $entry }
order-confirm-button = ✅ Подтвердить
order-cancel-button = ✖ Отменить
order-confirmed-by = ✅ Подтвердил(а) { $name }.
order-cancelled-by = ✖ Отменил(а) { $name }.
order-confirmed = Заказ подтверждён.
order-cancelled = Заказ отменён.
tick-button = ✓ { $item }
ticked-by = ✓ { $item } — куплено, отметил(а) { $name }
ticked = { $item } отмечено.
press-not-member = Это могут только участники этого хозяйства. Сначала напиши что-нибудь в чат хозяйства.
press-decided = Это уже решено — ничего не изменилось.
press-unknown = Эта кнопка недействительна — ничего не изменилось.
press-expired = Срок действия кнопки истёк — ничего не изменилось.

## Вопросы с кнопками: какой товар имеется в виду, и кнопки под напоминанием

ask-which = Какой именно «{ $item }» вы имеете в виду?
ask-pick-new = { $item } (новый товар)
ask-picked-by = { $name } выбрал(а): { $item }.
ask-picked = Понятно: { $item }.
ask-answer-with-number = Ответьте номером.
ask-size = Я веду { $item } как { $have }. Сколько это — { $one }?
ask-size-none = Я веду { $item } как { $have }, поэтому не могу учесть { $given }.
ask-size-switch = Дальше считать { $item } в единицах: { $unit }
ask-size-single = штуки
ask-size-picked = Понял: { $one } — это { $size }.
ask-size-picked-by = { $name }: { $one } — это { $size }.
ask-size-switched = Теперь считаю { $item } в единицах: { $unit }.
ask-size-switched-by = { $name }: теперь считаю { $item } в единицах: { $unit }.
reminder-listed = { $item } в списке покупок.
reminder-listed-by = { $name } добавил(а) { $item } в список покупок.
reminder-snoozed = Напомню про { $item } завтра.
reminder-snoozed-by = { $name } отложил(а) напоминание про { $item } до завтра.
reminder-order-asked = Вот заказ: { $item } — подтвердите.
reminder-order-asked-by = { $name } хочет заказать { $item }.

## Планы хозяйства: сводка и регулярные покупки (/settings)

plan-settings = Язык { $locale }, часовой пояс { $timezone }.
plan-summary-off = Сводка выключена. Включить: «/settings summary воскресенье 18».
plan-summary-monthly = Сводка приходит 1-го числа каждого месяца в { $hour }:00.
plan-repeat-set = { $cadence ->
    [daily] Каждый день в { $hour }:00
   *[weekly] Каждую неделю ({ $day }) в { $hour }:00
} { $entry } попадает в список покупок.
plan-repeat-header = Регулярные покупки:
plan-repeat-line = • { $entry } — { $cadence ->
    [daily] каждый день в { $hour }:00
   *[weekly] { $day }, { $hour }:00
}
plan-repeat-none = Регулярных покупок пока нет. Добавить: «/settings repeat 12 яиц суббота 9».
plan-repeat-stopped = { $item } больше не попадает в список сам.
plan-repeat-not-found = { $item } — не регулярная покупка.
plan-repeat-usage = Укажите что, день (или «ежедневно») и час: «/settings repeat 12 яиц суббота 9» или «/settings repeat 2 л молока ежедневно 8». «/settings repeat стоп яйца» отменяет.
