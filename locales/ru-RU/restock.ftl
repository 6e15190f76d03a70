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
consumed-unknown-stock = Использовано: { $used }. Сколько осталось ({ $item })? (напишите, например, «осталось 3 { $item }»)
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
