//! Russian names: after a number or a unit a noun stands in the genitive ("10 яиц",
//! "литр молока"), after a verb in the accusative ("купил картошку"); the contract wants the
//! dictionary form. Common groceries come from a table, the rest from suffix rules.

use std::sync::LazyLock;

use super::hash::FastMap;
use super::lexicon::{DET, FILLER, SKIP};
use super::token::{Tok, Tokens};
use super::{Lang, typo, units};
use crate::unit::Unit;

/// `lemma[:m|:f|:n|:pl] form form …` — the gender when the ending does not tell it.
const TABLE: &str = "
молоко молока молоку молоком молочко молочка молочку молочком
хлеб хлеба хлебов хлебу хлебушек хлебушка хлебушку хлебушком
яйцо яйца яиц яйцами яйцом яички яичек яичко
масло масла маслом маслице маслица
сыр сыра сыры сыров сыру сырочек сырочка
сахар сахара сахару сахарок сахарку
соль:f соли
мука муки муку
рис риса
гречка гречки гречку
макароны:pl макарон макаронов макарошки макарошек макарохи
картошка картошки картошку картошечка картошечки картошечку картоха картохи картоху
картофель картофеля
помидор помидора помидоры помидоров
томат томата томаты томатов
огурец огурца огурцы огурцов
лук лука лучок лучка лучку
чеснок чеснока чесночок чесночка
морковь:f моркови
морковка морковки морковку морковок
яблоко яблока яблоки яблок яблочко яблочки яблочек
банан банана бананы бананов бананчик бананчики бананчиков
апельсин апельсина апельсины апельсинов
лимон лимона лимоны лимонов лимончик лимончики
чай чая чаю чаёк чайку чайком
кофе:m кофеёк кофейку
сок сока соки соков сочок сочку
вода воды воду водичка водички водичку
пиво пива пивко пивка пивку пивас пиваса пивасик пивасика
вино вина винцо винца винишко винишка
йогурт йогурта йогурты йогуртов йогуртик йогуртики йогуртиков
кефир кефира кефирчик кефирчика
сметана сметаны сметану сметанка сметанки сметанку сметанкой
творог творога
колбаса колбасы колбасу
сосиска сосиски сосисок сосиску сосисочка сосисочки сосисочек
курица курицы курицу курочка курочки курочку
мясо мяса мяско
фарш фарша
рыба рыбы рыбу рыбка рыбки рыбку рыбкой
капуста капусты капусту капустка капустки капустку
перец перца перцы перцев
мёд мёда меда мед
печенье печенья печений печенька печеньки печенек печеньку
шоколад шоколада
конфета конфеты конфет конфету конфетка конфетки конфеток конфетку
булка булки булку булок
батон батона батоны батонов
бумага бумаги бумагу
овсянка овсянки овсянку
хлопья:pl хлопьев
сливки:pl сливок
майонез майонеза
кетчуп кетчупа
горчица горчицы горчицу
груша груши груш грушу
виноград винограда
клубника клубники клубнику клубничка клубнички клубничку
пельмени:pl пельменей пельмешки пельмешек
ветчина ветчины ветчину
салат салата салатик салатика
кабачок кабачка кабачки кабачков
баклажан баклажана баклажаны баклажанов
гриб гриба грибы грибов
шампиньон шампиньона шампиньоны шампиньонов
говядина говядины говядину
свинина свинины свинину
крупа крупы крупу
мандарин мандарина мандарины мандаринов мандаринка мандаринки мандаринок мандаринку
арбуз арбуза
дыня дыни дыню
персик персика персики персиков
слива сливы слив сливу
ягода ягоды ягод
орех ореха орехи орехов орешек орешки орешков орешка
тунец тунца
горошек горошка
кукуруза кукурузы кукурузу
фасоль:f фасоли
чечевица чечевицы чечевицу
мороженое мороженого мороженка мороженки мороженку мороженок
тушёнка тушёнки тушёнку тушенка тушенки тушенку
сгущёнка сгущёнки сгущёнку
торт торта торты тортов тортик тортики тортика
пирог пирога пироги пирогов
круассан круассана круассаны круассанов
зелень:f зелени
укроп укропа укропчик
петрушка петрушки петрушку
соус соуса
уксус уксуса
салфетка салфетки салфеток салфетку
лаваш лаваша
сырок сырка сырки сырков
пицца пиццы пиццу
кола колы колу
газировка газировки газировку
минералка минералки минералку
авокадо:m
какао
подсолнечник подсолнечника
мюсли
лапша лапши лапшу
вафля вафли вафель
пряник пряника пряники пряников
сухарь сухаря сухари сухарей
креветка креветки креветок креветку
кальмар кальмара кальмары кальмаров
индейка индейки индейку
тесто теста
дрожжи:pl дрожжей
сода соды соду
крахмал крахмала
корица корицы корицу
варенье варенья
джем джема
паста пасты пасту
оливка оливки оливок
маслина маслины маслин
ряженка ряженки ряженку
простокваша простокваши простоквашу
брынза брынзы брынзу
моцарелла моцареллы моцареллу
пармезан пармезана
хлебец хлебца хлебцы хлебцев
луковица луковицы луковицу луковиц
бутерброд бутерброда бутерброды бутербродов
сэндвич сэндвича сэндвичи сэндвичей
пирожок пирожка пирожки пирожков
кекс кекса кексы кексов
блин блина блины блинов
ананас ананаса ананасы ананасов
грейпфрут грейпфрута грейпфруты грейпфрутов
кокос кокоса кокосы кокосов
огурчик огурчика огурчики огурчиков
шампунь шампуня шампуню
гель геля гелю
порошок порошка
пюре
помидорка помидорки помидорку помидорок
пельмень пельменя
вареники:pl вареников
котлета котлеты котлет котлету
бекон бекона
лосось лосося
сёмга сёмги сёмгу семга семги семгу
селёдка селёдки селёдку селедка селедки селедку
свёкла свёклы свёклу свекла свеклы свеклу
редиска редиски редиску редисок
кинза кинзы кинзу
базилик базилика
шпинат шпината
брокколи
цукини:m
киви
личи
сердечко сердечки сердечек
ножка ножки ножек ножку
стаканчик стаканчика стаканчики стаканчиков
плов плова пловом
овощ овощи овощей овощами
фрукт фрукты фруктов фруктами
бифидок бифидка бифидки бифидков
снежок снежка снежки снежков
тан тана
варенец варенца
кимчи
ткемали
цинандали
минтай минтая минтаем
стейк стейка стейки стейков
барни
лакомство лакомства лакомств
нить:f нити нитью
булл
маракуйя маракуйи маракуйю маракуй
манго
хурма хурмы хурму
черешня черешни черешню
вишня вишни вишню
малина малины малину
черника черники чернику
изюм изюма
курага кураги курагу
семечки:pl семечек
чипсы:pl чипсов чипсики чипсиков
сухарики:pl сухариков
вода воды воду водой
булочка булочек булочки булочку
беляш беляша беляши беляшей
чебурек чебурека чебуреки чебуреков
слойка слойки слоек слойку
ватрушка ватрушки ватрушек ватрушку
самса
багет багета багеты багетов
лепёшка лепёшек
сушка сушек
баранка баранок
тост тоста тосты тостов
маргарин маргарина
филе
окорочок окорочка окорочков окорочки
крылышко крылышки крылышек
грудка грудок
сарделька сарделек
колбаска колбасок
печень:f печени
утка уток
баранина
телятина
сало сала
буженина
салями:f
наггетсы:pl наггетсов
треска
скумбрия скумбрии скумбрию
форель:f форели
минтай минтая
горбуша
шпроты:pl шпрот
сардина сардин
икра
палочка палочек
редис редиса
тыква
сельдерей сельдерея
имбирь имбиря
спаржа
горох гороха
нут нута
руккола
помидорчик помидорчики помидорчиков
черри
лайм лаймы лаймов
гранат гранаты гранатов
абрикос абрикосы абрикосов
нектарин нектарины нектаринов
финик финики фиников
инжир
чернослив
голубика голубики голубику
земляника земляники землянику
ежевика ежевики ежевику
паприка паприки паприку
смородина
брусника
клюква
пшено пшена
манка
булгур
кускус
киноа
перловка
геркулес
спагетти
вермишель:f вермишели
приправа приправ
специя специи специй специю
лист листа
ванилин
разрыхлитель разрыхлителя
желатин
капсула капсул
сироп
нутелла
паштет
консервы:pl консервов
хумус
тофу
сухофрукты:pl сухофруктов
арахис
миндаль миндаля
фундук
кешью:m
шоколадка шоколадок
зефир
мармелад
халва
текила текилы текилу
лёд льда льду льдом лед
уголь угля углём углем угли углей
шашлык шашлыка шашлыки шашлыков
шампур шампуры шампуров шампура
маринад маринада
овёс овса овсом овес
мак мака
щавель щавеля
чабрец чабреца
угорь угря
рожки:pl рожков
манты:pl мантов
диск диски дисков диска
помада помады помаду
оладьи:pl оладий оладушки оладушек
тефтели:pl тефтелей
рёбрышки:pl рёбрышек ребрышки ребрышек
крыло крылья крыльев крыла крылышки
бедро бёдра бёдер бедра
голень:f голени
мешок мешки мешков мешка
туалетка туалетки туалетку туалеток
хинкали:pl
пепси:f
суши:pl
равиоли:pl
тортеллини:pl
фузилли:pl
станок станки станков станка
пелёнка пелёнки пелёнок пелёнку пеленка пеленки пеленок пеленку
соска соски сосок соску
смесь:f смеси
пастила пастилы пастилу
пирожное пирожного пирожные пирожных пироженка пироженки пироженку пироженок
батончик батончики батончиков
жвачка жвачек
морс
компот
лимонад
квас
энергетик энергетики энергетиков
водка
коньяк
шампанское шампанского шампусик шампусика шампусику
виски:m вискарь вискаря вискарик вискарика
ром
сидр
полотенце полотенца полотенец
мыло мыла
кондиционер
средство средства средств
губка губок
фольга
плёнка плёнки плёнку
пергамент
щётка щёток
подгузник подгузники подгузников
памперсы:pl памперсов
прокладка прокладок
тампон тампоны тампонов
батарейка батареек
лампочка лампочек
спички:pl спичек
свеча свечи свечей свечу
отбеливатель отбеливателя
освежитель освежителя
дезодорант
крем
бритва
корм корма
наполнитель наполнителя
таблетка таблеток
картофелина картофелин
зубочистка зубочисток
фрикаделька фрикаделек
вареник вареники вареников
сырник сырники сырников
блинчик блинчики блинчиков
пончик пончики пончиков
рулет рулета рулеты рулетов
лазанья лазаньи лазанью
суп супа супчик
бульон бульона
творожок творожка творожки творожков
";

/// "банка" is a jar of jam but a can of beer; "пакет молока" is a carton.
pub(crate) fn container(unit: Option<Unit>, name: &str) -> Option<Unit> {
    const CANNED: &[&str] = &[
        "тушёнка",
        "тушенка",
        "пиво",
        "кола",
        "горошек",
        "кукуруза",
        "тунец",
        "фасоль",
        "консервы",
        "сгущёнка",
        "сгущенка",
        "шпроты",
        "ред булл",
        "кокосовое молоко",
        "7up",
        "сардины",
        "энергетик",
        "газировка",
        "спрайт",
        "фанта",
        "пепси",
        "тоник",
        "лимонад",
        "сидр",
        "коктейль",
        "сайра",
        "килька",
    ];
    const POURED: &[&str] = &["молоко", "кефир", "сок", "ряженка", "сливки", "йогурт"];
    match unit {
        Some(Unit::Jar) if CANNED.iter().any(|c| name.ends_with(c)) => Some(Unit::Can),
        Some(Unit::Bag) if POURED.iter().any(|c| name.ends_with(c)) => Some(Unit::Carton),
        other => other,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Gender {
    M,
    F,
    N,
    Pl,
}

struct Lemma {
    lemma: &'static str,
    gender: Gender,
}

static FORMS: LazyLock<FastMap<Box<str>, Lemma>> = LazyLock::new(|| {
    let mut map: FastMap<Box<str>, Lemma> = FastMap::default();
    for line in TABLE.lines() {
        let mut words = line.split_whitespace();
        let Some(head) = words.next() else { continue };
        let (lemma, gender) = match head.split_once(':') {
            Some((l, "f")) => (l, Gender::F),
            Some((l, "n")) => (l, Gender::N),
            Some((l, "m")) => (l, Gender::M),
            Some((l, _)) => (l, Gender::Pl),
            None => (head, gender_of(head)),
        };
        for form in std::iter::once(lemma).chain(words) {
            map.insert(form.into(), Lemma { lemma, gender });
        }
        for form in case_forms(lemma, gender) {
            map.entry(form.into()).or_insert(Lemma { lemma, gender });
        }
    }
    // Chats mostly write "е" for "ё": "щетку" is a form of "щётка".
    let mut plain: Vec<(Box<str>, Lemma)> = Vec::new();
    for (form, l) in map.iter() {
        if form.contains('ё') {
            plain.push((form.replace('ё', "е").into(), Lemma { lemma: l.lemma, gender: l.gender }));
        }
    }
    for (form, l) in plain {
        map.entry(form).or_insert(l);
    }
    map
});

/// The singular case forms of a lemma that the table does not spell out:
/// "пивом", "колбасой", "сыру".
fn case_forms(lemma: &str, gender: Gender) -> Vec<String> {
    let hard = |stem: &str| !stem.ends_with(['г', 'к', 'х', 'ж', 'ш', 'ч', 'щ']);
    match gender {
        Gender::F if lemma.ends_with('а') => {
            let stem = &lemma[..lemma.len() - 'а'.len_utf8()];
            let y = if hard(stem) { "ы" } else { "и" };
            ["ой", y, "у", "е"].iter().map(|e| format!("{stem}{e}")).collect()
        }
        Gender::F if lemma.ends_with('я') => {
            let stem = &lemma[..lemma.len() - 'я'.len_utf8()];
            ["ей", "и", "ю", "е"].iter().map(|e| format!("{stem}{e}")).collect()
        }
        Gender::N if lemma.ends_with('о') => {
            let stem = &lemma[..lemma.len() - 'о'.len_utf8()];
            ["ом", "а", "у", "е"].iter().map(|e| format!("{stem}{e}")).collect()
        }
        Gender::M if !lemma.ends_with(['ь', 'й', 'о', 'е', 'и', 'у']) => {
            ["ом", "а", "у", "е"].iter().map(|e| format!("{lemma}{e}")).collect()
        }
        _ => Vec::new(),
    }
}

/// Whether `word` is a form of a grocery the table knows.
pub(crate) fn known(word: &str) -> bool {
    FORMS.contains_key(word)
}

/// Like `known`, counting instrumental plurals too ("с яблоками").
pub(crate) fn known_form(word: &str) -> bool {
    FORMS.contains_key(word) || instrumental(word).is_some()
}

/// Every form of the table with its lemma, length and letter set, for typo matching.
static SPELLINGS: LazyLock<Vec<Spelling>> = LazyLock::new(|| {
    let forms: &'static FastMap<Box<str>, Lemma> = &FORMS;
    forms
        .iter()
        .map(|(form, l)| Spelling {
            form,
            lemma: l.lemma,
            gender: l.gender,
            len: form.chars().count(),
            letters: letters(form),
        })
        .collect()
});

struct Spelling {
    form: &'static str,
    lemma: &'static str,
    gender: Gender,
    len: usize,
    letters: u64,
}

/// Word forms that put the noun after them in the genitive: units ("пачка масла"),
/// "нет", "сколько", "несколько".
static GOVERNORS: LazyLock<FastMap<Box<str>, ()>> = LazyLock::new(|| {
    let mut map: FastMap<Box<str>, ()> = FastMap::default();
    for (phrase, _) in units::words(Lang::Ru) {
        if let Some(last) = phrase.split(' ').next_back() {
            map.insert(last.replace('ё', "е").into(), ());
        }
    }
    for w in [
        "нет",
        "нету",
        "сколько",
        "больше",
        "меньше",
        "много",
        "мало",
        "немного",
        "немножко",
        "несколько",
        "полно",
        "кучу",
        "одного",
        "одной",
        "без",
        "пачечку",
        "пачечка",
        "пачечки",
        "бутылочку",
        "бутылочка",
        "бутылочки",
        "баночки",
    ] {
        map.insert(w.into(), ());
    }
    // "кастрюлю борща", "полкастрюли супа": a serving is of something.
    for m in super::lexicon_ru::DATA.measures {
        map.insert(m.replace('ё', "е").into(), ());
        map.insert(format!("пол{}", m.replace('ё', "е")).into(), ());
    }
    map
});

/// Whether the name starting at token `first` follows a number (other than one), a unit or
/// another word that asks for the genitive: "2 маффина", "пачка халвы", "нет кренделей".
pub(crate) fn counted(toks: &Tokens, first: usize) -> bool {
    let mut j = first;
    while j > 0 && first - j < 4 {
        j -= 1;
        match toks.toks[j] {
            Tok::Num { value, .. } => return value != 1.0,
            Tok::Word { .. } => {
                let e = toks.entries.get(j).copied().unwrap_or_default();
                if let Some(n) = e.num {
                    return n != 1.0;
                }
                if GOVERNORS.contains_key(toks.key(j)) {
                    return true;
                }
                if e.flags & (FILLER | SKIP | DET) == 0 {
                    return false;
                }
            }
            Tok::Mark(_) => return false,
        }
    }
    false
}

/// Whether `w` is a table noun in a case other than its own, the accusative or the
/// instrumental: mostly the genitive ("сметаны", "чеснока", "лосося").
pub(crate) fn genitive(w: &str) -> bool {
    FORMS.get(w).is_some_and(|l| l.lemma != w) && !w.ends_with(['у', 'ю']) && !w.ends_with("ом")
}

/// Whether the name ending at token `last` is followed by a denial or a unit that asks for the
/// genitive: "гранолы больше нет", "зелени нет никакой", "халвы не осталось", "сальсы полбанки".
pub(crate) fn denied_after(toks: &Tokens, last: usize) -> bool {
    let mut j = last + 1;
    while j < toks.toks.len() && j - last <= 3 {
        if !matches!(toks.toks[j], Tok::Word { .. }) {
            return false;
        }
        match toks.key(j) {
            "нет" | "нету" => return true,
            // "сальсы полбанки осталось", "сыра кусок": a unit after the name.
            k if GOVERNORS.contains_key(k)
                || k.strip_prefix("пол").is_some_and(|u| GOVERNORS.contains_key(u)) =>
            {
                return true;
            }
            "не" => return matches!(toks.key(j + 1), "осталось" | "было"),
            _ if toks.entries.get(j).is_some_and(|e| e.flags & (FILLER | SKIP) != 0) => j += 1,
            _ => return false,
        }
    }
    false
}

/// A kind of cheese or pepper may follow its generic name: "сыр моцарелла", "перец чили".
const GENERIC: &[&str] =
    &["сыр", "перец", "помидор", "помидорка", "томат", "колбаса", "капуста", "лук"];

/// Whether a new grocery starts at `word` in a run written without commas: "молоко хлеб
/// яйца", "сыр колбасу", "молоко черный хлеб" — but not "филе индейки", "сыр моцарелла".
pub(crate) fn new_name_at(prev: &str, word: &str, next: Option<&str>, listing: bool) -> bool {
    // "руколу шпинат": an accusative outside the table before a grocery in its own form.
    let accusative = !FORMS.contains_key(prev)
        && prev.chars().count() >= 4
        && prev.ends_with(['у', 'ю'])
        && !prev.ends_with("ую")
        && !prev.ends_with("юю");
    if accusative && FORMS.get(word).is_some_and(|l| l.lemma == word) {
        return true;
    }
    let Some(before) = FORMS.get(prev) else { return false };
    if GENERIC.contains(&before.lemma) && FORMS.get(word).is_some_and(|l| l.lemma == word) {
        return false;
    }
    // "яблоки бананы груши": plurals side by side.
    let plurals = prev.ends_with(['ы', 'и']);
    let noun = |w: &str| match FORMS.get(w) {
        Some(l) => {
            w == l.lemma
                || w.ends_with(['у', 'ю'])
                || listing
                || (plurals && w.ends_with(['ы', 'и']))
        }
        None => false,
    };
    let adjective = |w: &str| {
        !FORMS.contains_key(w)
            && w.chars().count() >= 5
            && ADJ_ENDINGS.iter().any(|e| w.ends_with(e))
    };
    // "тыкву патиссоны", "бананы нектарины": a plural outside the table after an object in the
    // accusative or a plural is the next grocery, not a genitive.
    let declined = before.lemma != prev && (plurals || prev.ends_with(['у', 'ю']));
    let plural_outside = !FORMS.contains_key(word)
        && word.chars().count() >= 5
        && word.ends_with(['ы', 'и'])
        && !verb_like(word);
    noun(word) || (adjective(word) && next.is_some_and(noun)) || (declined && plural_outside)
}

/// Whether a name headed by `word` goes on with "для …" as part of the product: "гель для
/// душа", "тряпки для пыли" — but "мука для пиццы", "батарейки для пульта" say what for.
/// A dish after it (`purpose`) is a reason unless the head seasons or mixes ("соус для
/// пиццы", "смесь для блинов"): "масло для крема", "соль для супа".
pub(crate) fn takes_purpose(word: &str, purpose: &str) -> bool {
    const DISHES: &[&str] = &[
        "блинов",
        "блинчиков",
        "борща",
        "каши",
        "котлет",
        "крема",
        "оладий",
        "оладушек",
        "пирога",
        "пирогов",
        "пирожков",
        "пиццы",
        "роллов",
        "суши",
        "тостов",
        "бутербродов",
        "шашлыка",
        "окрошки",
        "плова",
        "салата",
        "супа",
        "сырников",
        "теста",
        "торта",
        "тортика",
        "ужина",
        "фарша",
    ];
    const SEASONINGS: &[&str] = &["маринад", "соус", "приправа", "специя", "смесь"];
    const HEADS: &[&str] = &[
        "маринад",
        "соус",
        "приправа",
        "специя",
        "средство",
        "гель",
        "крем",
        "пакет",
        "мешок",
        "таблетка",
        "капсула",
        "порошок",
        "губка",
        "тряпка",
        "салфетка",
        "контейнер",
        "бальзам",
        "шампунь",
        "мыло",
        "пена",
        "спрей",
        "освежитель",
        "щётка",
        "щетка",
        "корм",
        "наполнитель",
        "станок",
        "бумага",
        "плёнка",
        "пленка",
        "фольга",
        "рукав",
        "фильтр",
        "жидкость",
        "ополаскиватель",
        "кондиционер",
        "пятновыводитель",
        "отбеливатель",
        "лак",
        "маска",
        "лосьон",
        "паста",
        "соль",
        "масло",
        "мочалка",
        "перчатка",
        "чистящее",
        "моющее",
        "присыпка",
        "смесь",
        "пюре",
        "лакомство",
        "витамины",
        "игрушка",
        "пеленка",
        "пелёнка",
        "подгузник",
        "сумка",
    ];
    let lemma = match FORMS.get(word) {
        Some(l) => l.lemma.to_owned(),
        None => noun_rules(word, false),
    };
    HEADS.contains(&lemma.as_str())
        && (!DISHES.contains(&purpose) || SEASONINGS.contains(&lemma.as_str()))
}

/// Whether word `w` is an adjective alone right after a loaf: "буханку чёрного".
pub(crate) fn loaf_of(toks: &Tokens, w: usize) -> bool {
    let loaf = |k: &str| k.starts_with("буханк") || k.starts_with("полбуханк");
    w > 0 && loaf(toks.key(w - 1)) && adjective_like(toks.key(w))
}

/// Whether `word` is a pastry named by its filling: "пирожки с капустой", "вареники с вишней".
pub(crate) fn filled(word: &str) -> bool {
    const PASTRIES: &[&str] = &[
        "беляш",
        "булочка",
        "ватрушка",
        "вареник",
        "вареники",
        "круассан",
        "пельмени",
        "пирог",
        "пирожок",
        "рулет",
        "самса",
        "слойка",
        "чебурек",
    ];
    FORMS.get(word).is_some_and(|l| PASTRIES.contains(&l.lemma))
}

/// Whether `w` reads as an adjective rather than a noun: "ватные", "сливочного".
pub(crate) fn adjective_like(w: &str) -> bool {
    !FORMS.contains_key(w) && w.chars().count() >= 5 && ADJ_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether `word` reads as a verb rather than a grocery: "покормили", "разбились", "гулять".
pub(crate) fn verb_like(word: &str) -> bool {
    if FORMS.contains_key(word) {
        return false;
    }
    let n = word.chars().count();
    const PAST: &[&str] = &[
        "или", "ыли", "яли", "али", "ила", "ала", "яла", "ыла", "ил", "ал", "ял", "ало", "ило",
        "яло", "ыло",
    ];
    // "попробуйте", "возьмите": an imperative to several people; "выезжаем": we do it now.
    const IMPERATIVE: &[&str] =
        &["йте", "ите", "ьте", "аем", "яем", "уем", "ают", "яют", "уют", "ачут"];
    reflexive(word)
        || (n >= 6 && PAST.iter().any(|e| word.ends_with(e)))
        || (n >= 6 && IMPERATIVE.iter().any(|e| word.ends_with(e)))
        || infinitive(word)
}

/// Whether `word` reads as a reflexive or second-person verb: "траванулась", "разбились".
pub(crate) fn reflexive(word: &str) -> bool {
    const REFLEXIVE: &[&str] = &[
        "ться", "тся", "лся", "лась", "лось", "лись", "ешь", "ишь", "тесь", "айся", "ейся", "ёмся",
        "емся", "имся",
    ];
    !FORMS.contains_key(word) && REFLEXIVE.iter().any(|e| word.ends_with(e))
}

/// Whether `word` reads as an infinitive rather than a grocery: "пить", "затариться".
pub(crate) fn infinitive(word: &str) -> bool {
    const INFINITIVE: &[&str] = &["ать", "ять", "еть", "ить", "уть", "ыть"];
    !FORMS.contains_key(word)
        && word.chars().count() >= 4
        && (word.ends_with("ться") || INFINITIVE.iter().any(|e| word.ends_with(e)))
}

fn letters(w: &str) -> u64 {
    w.chars().fold(0, |m, c| m | 1 << (c as u32 % 64))
}

/// Table forms by how they sound: unstressed "о" and "а", "е" and "и" sound alike, and a
/// voiced consonant at the end is said voiceless ("малако", "хлеп").
static SOUNDS: LazyLock<FastMap<String, Option<(&'static str, Gender)>>> = LazyLock::new(|| {
    let mut map: FastMap<String, Option<(&'static str, Gender)>> = FastMap::default();
    for (form, l) in FORMS.iter() {
        let entry = map.entry(sound(form)).or_insert(Some((l.lemma, l.gender)));
        if entry.is_some_and(|(lemma, _)| lemma != l.lemma) {
            *entry = None;
        }
    }
    map
});

fn sound(w: &str) -> String {
    let mut out: String = w
        .chars()
        .map(|c| match c {
            'о' => 'а',
            'е' | 'ё' | 'э' => 'и',
            c => c,
        })
        .collect();
    let last = out.chars().next_back().map(|c| match c {
        'б' => 'п',
        'д' => 'т',
        'г' => 'к',
        'в' => 'ф',
        'з' => 'с',
        'ж' => 'ш',
        c => c,
    });
    if let Some(c) = last {
        out.pop();
        out.push(c);
    }
    out
}

/// The grocery a word spelt as it sounds stands for: "малако" → "молоко".
fn sounds_like(word: &str) -> Option<(&'static str, Gender)> {
    if word.chars().count() < 4 {
        return None;
    }
    SOUNDS.get(&sound(word)).copied().flatten()
}

/// Whether two words of one length differ by one slip of the finger: two neighbouring keys
/// of the Russian layout, two vowels, or two letters swapped.
fn one_slip(a: &str, b: &str) -> bool {
    // Up to two differing positions, kept on the stack.
    let mut diffs = [(0usize, '\0', '\0'); 2];
    let mut n = 0;
    for (k, (x, y)) in a.chars().zip(b.chars()).enumerate() {
        if x != y {
            if n == 2 {
                return false;
            }
            diffs[n] = (k, x, y);
            n += 1;
        }
    }
    match n {
        1 => {
            let (_, x, y) = diffs[0];
            neighbours(x, y) || (VOWELS.contains(&x) && VOWELS.contains(&y))
        }
        2 => {
            let ((k, x1, y1), (l, x2, y2)) = (diffs[0], diffs[1]);
            l == k + 1 && x1 == y2 && x2 == y1
        }
        _ => false,
    }
}

/// Whether `long` is `short` with one letter typed twice.
fn doubled(long: &str, short: &str) -> bool {
    let k = long.chars().zip(short.chars()).take_while(|(a, b)| a == b).count();
    if k == 0 {
        return false;
    }
    let mut tail = long.chars().skip(k - 1);
    let (Some(before), Some(c)) = (tail.next(), tail.next()) else { return false };
    before == c && tail.eq(short.chars().skip(k))
}

/// Whether `short` is `long` with one vowel left out.
fn vowel_left_out(long: &str, short: &str) -> bool {
    let mut l = long.chars();
    let mut s = short.chars().peekable();
    let mut skipped = false;
    for c in l.by_ref() {
        if s.peek() == Some(&c) {
            s.next();
        } else if !skipped && VOWELS.contains(&c) {
            skipped = true;
        } else {
            return false;
        }
    }
    skipped && s.next().is_none()
}

fn neighbours(a: char, b: char) -> bool {
    const ROWS: [&str; 3] = ["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"];
    let at = |c: char| {
        ROWS.iter()
            .enumerate()
            .find_map(|(r, row)| row.chars().position(|d| d == c).map(|p| (r, p)))
    };
    match (at(a), at(b)) {
        (Some((ra, ca)), Some((rb, cb))) => {
            (ra == rb && ca.abs_diff(cb) == 1) || (ra.abs_diff(rb) == 1 && ca.abs_diff(cb) <= 1)
        }
        _ => false,
    }
}

/// The grocery a misspelt word stands for, when exactly one is one edit away: "малоко".
fn misspelt(word: &str) -> Option<(&'static str, Gender)> {
    let len = word.chars().count();
    if !(4..=24).contains(&len) {
        return None;
    }
    let mask = letters(word);
    let mut found: Option<(&'static str, Gender)> = None;
    for sp in SPELLINGS.iter() {
        if sp.len.abs_diff(len) > 1
            || (sp.letters ^ mask).count_ones() > 2
            || found.is_some_and(|(l, _)| l == sp.lemma)
        {
            continue;
        }
        // Dropping or adding a letter turns "соски" into "соки": only long words may; a letter
        // typed for another must be its neighbour on the keyboard ("печёнку" is no "пелёнку").
        let near = if sp.len == len {
            len >= 5 && one_slip(word, sp.form)
        } else if sp.len == len + 1 {
            // "сахр", "курца": a vowel left out.
            vowel_left_out(sp.form, word)
                || (len >= 8 && typo::distance(word, sp.form, 1).is_some())
        } else {
            // "бананны": a letter typed twice.
            doubled(word, sp.form) || (len >= 8 && typo::distance(word, sp.form, 1).is_some())
        };
        if near {
            if found.is_some() {
                return None;
            }
            found = Some((sp.lemma, sp.gender));
        }
    }
    found
}

fn gender_of(lemma: &str) -> Gender {
    match lemma.chars().last() {
        Some('а' | 'я') => Gender::F,
        Some('о' | 'е') => Gender::N,
        _ => Gender::M,
    }
}

/// Puts the head noun (the last word) in its dictionary form and makes the adjectives
/// before it agree: "оливкового масла" → "оливковое масло".
/// The word with every run of three or more equal letters written once, if it has one.
fn squeezed(w: &str) -> Option<String> {
    let cs: Vec<char> = w.chars().collect();
    let long_run = cs.windows(3).any(|t| t[0] == t[1] && t[1] == t[2]);
    if !long_run {
        return None;
    }
    let mut out = String::with_capacity(w.len());
    for (k, &c) in cs.iter().enumerate() {
        let run = k >= 2 && cs[k - 1] == c && cs[k - 2] == c;
        let next_run = k >= 1 && cs[k - 1] == c && cs.get(k + 1) == Some(&c);
        if !run && !next_run {
            out.push(c);
        }
    }
    Some(out)
}

/// "газировочку", "колбасочка": a table noun in "-ка" made smaller once more.
fn diminutive(w: &str) -> Option<&'static Lemma> {
    let forms: &'static FastMap<Box<str>, Lemma> = &FORMS;
    let at = w.find("очк").or_else(|| w.find("ечк"))?;
    forms.get(format!("{}к{}", &w[..at], &w[at + "очк".len()..]).as_str())
}

/// "затарился пельменями", "яблоками": a table noun in the instrumental plural.
fn instrumental(w: &str) -> Option<&'static Lemma> {
    let forms: &'static FastMap<Box<str>, Lemma> = &FORMS;
    let (stem, ends): (&str, &[&str]) = if let Some(stem) = w.strip_suffix("ами") {
        (stem, &["ы", "и", "", "а", "о"])
    } else if let Some(stem) = w.strip_suffix("ями") {
        (stem, &["и", "ь", "я", "е"])
    } else {
        return None;
    };
    ends.iter().find_map(|e| forms.get(format!("{stem}{e}").as_str()))
}

/// `counted`: the name follows a word that asks for the genitive ("2 маффина").
/// `hyphens`: bit n is set when part n was written hyphenated to the one before ("кока-колы").
pub(crate) fn lemmatize(parts: &mut [String], counted: bool, hyphens: u64) {
    // "гель для душа": what follows the preposition stays as written.
    let end = parts.iter().position(|p| p == "для").unwrap_or(parts.len());
    // "стейки лосося", "тушку курицы": a noun outside the table before a genitive heads it.
    let end = match parts[..end].iter().position(|p| FORMS.contains_key(p.as_str())) {
        Some(k)
            if k > 0
                && (k >= 64 || hyphens & (1 << k) == 0)
                && genitive(&parts[k])
                && !adjective_like(&parts[k - 1])
                && !verb_like(&parts[k - 1]) =>
        {
            k
        }
        _ => end,
    };
    // "филе индейки", "масло сливочное": a known noun before other words heads the name; a
    // genitive after it stays as written, an adjective after it agrees with it.
    let end = match parts[..end].iter().position(|p| FORMS.contains_key(p.as_str())) {
        Some(k) if k + 1 < end => {
            let (front, tail) = parts.split_at_mut(k + 1);
            let gender = FORMS.get(front[k].as_str()).map_or(Gender::M, |l| l.gender);
            // "пирожки с капустой": unless all agree with the noun, they stay as written.
            let tail = &mut tail[..end - k - 1];
            let all_adjectives = tail
                .iter()
                .all(|a| !FORMS.contains_key(a.as_str()) && adjective(a, gender).is_some());
            // "сыр косичку": a kind named by a noun agrees with the head, in the accusative too.
            if !all_adjectives
                && GENERIC.contains(&FORMS.get(front[k].as_str()).map_or("", |l| l.lemma))
            {
                let preposition = |a: &String| {
                    matches!(a.as_str(), "с" | "со" | "в" | "во" | "без" | "из" | "от" | "на")
                };
                for a in tail.iter_mut().take_while(|a| !preposition(a)) {
                    let long = a.chars().count() >= 4 && !FORMS.contains_key(a.as_str());
                    if let Some(stem) = a.strip_suffix('у').filter(|_| long) {
                        *a = format!("{stem}а");
                    } else if let Some(stem) = a.strip_suffix('ю').filter(|_| long) {
                        *a = format!("{stem}я");
                    }
                }
            }
            if all_adjectives {
                // "батон нарезной": a masculine adjective may already be in its own form.
                let own = |a: &str| {
                    gender == Gender::M && ["ой", "ый", "ий"].iter().any(|e| a.ends_with(e))
                };
                for a in tail.iter_mut().filter(|a| !own(a)) {
                    if let Some(nom) = adjective(a, gender) {
                        *a = nom;
                    }
                }
                // "масло сливочное" is named as "сливочное масло".
                parts[k..end].rotate_left(1);
                end
            } else {
                k + 1
            }
        }
        _ => end,
    };
    let Some((head, adjs)) = parts[..end].split_last_mut() else { return };
    // "молокооо": a letter held for emphasis.
    if !FORMS.contains_key(head.as_str())
        && let Some(plain) = squeezed(head)
        && FORMS.contains_key(plain.as_str())
    {
        *head = plain;
    }
    let ruled = || noun_rules(head, counted);
    let found =
        FORMS.get(head.as_str()).or_else(|| instrumental(head)).or_else(|| diminutive(head));
    let (lemma, gender) = match found {
        Some(l) => (l.lemma.to_owned(), l.gender),
        None => match FORMS.get(ruled().as_str()) {
            Some(l) => (l.lemma.to_owned(), l.gender),
            None => match misspelt(head).or_else(|| sounds_like(head)) {
                Some((l, g)) => (l.to_owned(), g),
                None => {
                    let r = ruled();
                    let g = match adjs.last() {
                        // "детскую смесь": the adjective tells a feminine noun in "-ь".
                        Some(a)
                            if r.ends_with('ь') && feminine_adjective(a, head.ends_with('ь')) =>
                        {
                            Gender::F
                        }
                        _ => gender_of(&r),
                    };
                    (r, g)
                }
            },
        },
    };
    // "сухой корм", "ржаной хлеб": before a masculine noun in the nominative an adjective in
    // "-ой" is already in its dictionary form.
    let nominative = *head == lemma;
    *head = lemma;
    for a in adjs {
        if nominative && gender == Gender::M && a.ends_with("ой") {
            continue;
        }
        if let Some(nom) = adjective(a, gender) {
            *a = nom;
        }
    }
}

/// Whether an adjective's ending is feminine; `nominative`: the noun after it is in the
/// nominative or accusative ("детская смесь", "детскую смесь"), else "детской смеси".
fn feminine_adjective(a: &str, nominative: bool) -> bool {
    ["ая", "яя", "ую", "юю"].iter().any(|e| a.ends_with(e))
        || (!nominative && ["ой", "ей"].iter().any(|e| a.ends_with(e)))
}

fn noun_rules(w: &str, counted: bool) -> String {
    // "2 Actimel": a brand in Latin letters is not declined.
    let short = if counted { 2 } else { 3 };
    if w.chars().count() <= short || !w.chars().any(|c| matches!(c, 'а'..='я' | 'ё')) {
        return w.to_owned();
    }
    const HUSHING: [char; 4] = ['ж', 'ш', 'ч', 'щ'];
    let consonant = |stem: &str| !stem.ends_with(VOWELS) && !stem.ends_with(['ь', 'ъ', 'й']);
    // "затарилась овощами", "печеньками", "леденцами": an instrumental plural.
    if let Some(stem) = w.strip_suffix("ами").filter(|s| s.chars().count() >= 3) {
        return match stem.strip_suffix('ц') {
            Some(st) => format!("{st}ец"),
            None if stem.ends_with('к') && !stem.ends_with("ик") => format!("{stem}а"),
            None => stem.to_owned(),
        };
    }
    if let Some(stem) = w.strip_suffix("ями").filter(|s| s.chars().count() >= 3 && consonant(s))
    {
        return format!("{stem}ь");
    }
    // "за пластырем", "с фундуком": a masculine noun in the instrumental.
    if !counted && w.chars().count() >= 6 {
        if let Some(stem) = w.strip_suffix("ем").filter(|s| consonant(s) && !s.ends_with(HUSHING))
        {
            return format!("{stem}ь");
        }
        if let Some(stem) = w.strip_suffix("ом").filter(|s| consonant(s)) {
            return stem.to_owned();
        }
    }
    // "леденцов", "леденцы", "2 леденца": a masculine noun in "-ец" drops its vowel.
    if let Some(stem) = w.strip_suffix("цов").or_else(|| w.strip_suffix("цы").filter(|_| !counted))
    {
        return format!("{stem}ец");
    }
    if let Some(stem) = w.strip_suffix("ца").filter(|s| counted && consonant(s)) {
        return format!("{stem}ец");
    }
    for end in ["ов", "ев"] {
        if let Some(stem) = w.strip_suffix(end) {
            return stem.to_owned();
        }
    }
    // Feminine nouns in "-ка" lose the vowel in the genitive plural: "картошек", "сосисок";
    // after a hushing consonant that vowel is written "е", so "порошок" is itself a noun.
    for end in ["ек", "ок"] {
        if let Some(stem) = w.strip_suffix(end)
            && !(end == "ок" && stem.ends_with(HUSHING))
        {
            return format!("{stem}ка");
        }
    }
    // "5 беляшей", "купил окуней" (a live catch is named in the genitive).
    if let Some(stem) = w.strip_suffix("ей") {
        return if stem.ends_with(HUSHING) { stem.to_owned() } else { format!("{stem}ь") };
    }
    if counted {
        // After a number or a unit the noun is genitive: "5 кренделей", "2 маффина",
        // "пачка халвы", "банка паприки", "пачка карамели", "2 маракуйи".
        if let Some(stem) = w.strip_suffix("ий") {
            return format!("{stem}ия");
        }
        // "банки детского питания": a neuter noun in "-ие".
        if let Some(stem) = w.strip_suffix("ия") {
            return format!("{stem}ие");
        }
        if let Some(stem) = w.strip_suffix("ья") {
            return format!("{stem}ье");
        }
        if let Some(stem) = w.strip_suffix('ы') {
            return format!("{stem}а");
        }
        if let Some(stem) = w.strip_suffix('и') {
            return if stem.ends_with(['к', 'г', 'х', 'ж', 'ш', 'ч', 'щ']) {
                format!("{stem}а")
            } else if stem.ends_with(['й', 'и']) || stem.ends_with(VOWELS) {
                format!("{stem}я")
            } else {
                format!("{stem}ь")
            };
        }
        if let Some(stem) = w.strip_suffix('а').filter(|s| consonant(s)) {
            return stem.to_owned();
        }
        if let Some(stem) = w.strip_suffix('я').filter(|s| consonant(s)) {
            return format!("{stem}ь");
        }
        // "пачка сигарет", "коробка галет": a feminine genitive plural has no ending.
        if consonant(w) {
            return format!("{w}а");
        }
    } else {
        // A plural as the object or the subject: "купил крекеры", "сырники кончились".
        if let Some(stem) = w.strip_suffix("ики") {
            return format!("{stem}ик");
        }
        // "булочки", "салфетки": after "к", "г", "х" an "и" ends a feminine noun in "-ка" far
        // more often than a masculine plural, and those plurals ("кабачки") are in the table.
        for (end, nom) in [("ки", "ка"), ("ги", "га"), ("хи", "ха")] {
            if let Some(stem) = w.strip_suffix(end) {
                return format!("{stem}{nom}");
            }
        }
        // "мидии"; "беляши", "калачи": after a hushing consonant a masculine plural.
        if let Some(stem) = w.strip_suffix("ии") {
            return format!("{stem}ия");
        }
        if let Some(stem) = w.strip_suffix('и').filter(|s| s.ends_with(HUSHING)) {
            return stem.to_owned();
        }
        if let Some(stem) = w.strip_suffix('ы').filter(|s| consonant(s)) {
            return stem.to_owned();
        }
        // "по туалетке": the dative of a feminine noun in "-ка".
        if let Some(stem) = w.strip_suffix("ке") {
            return format!("{stem}ка");
        }
    }
    if let Some(stem) = w.strip_suffix('у') {
        return format!("{stem}а");
    }
    if let Some(stem) = w.strip_suffix('ю') {
        return format!("{stem}я");
    }
    w.to_owned()
}

const VOWELS: [char; 10] = ['а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я'];

const ADJ_ENDINGS: &[&str] = &[
    "ого", "его", "ому", "ему", "ую", "юю", "ая", "яя", "ое", "ее", "ый", "ий", "ой", "ые", "ие",
    "ых", "их", "ым", "им", "ей",
];

fn adjective(w: &str, gender: Gender) -> Option<String> {
    if w.chars().count() < 5 {
        return None;
    }
    let end = ADJ_ENDINGS.iter().find(|e| w.ends_with(*e))?;
    let stem = &w[..w.len() - end.len()];
    // "кошачьего корма": a possessive adjective keeps its soft sign but in the masculine.
    if let Some(root) = stem.strip_suffix('ь') {
        return Some(match gender {
            Gender::M => format!("{root}ий"),
            Gender::F => format!("{stem}я"),
            Gender::N => format!("{stem}е"),
            Gender::Pl => format!("{stem}и"),
        });
    }
    let hushing = stem.ends_with(['г', 'к', 'х', 'ж', 'ш', 'ч', 'щ']);
    // "домашние яички": a soft stem keeps its soft ending.
    let soft = stem.ends_with('н')
        && ["ие", "ий", "яя", "ее", "юю", "его", "ему", "их", "им"].contains(end);
    // "ржаного хлеба", "сухого корма": adjectives stressed on the ending end in "-ой".
    const STRESSED: &[&str] = &[
        "голуб",
        "дорог",
        "заварн",
        "зернов",
        "кормов",
        "листов",
        "молод",
        "морск",
        "мясн",
        "овсян",
        "питьев",
        "пищев",
        "ржан",
        "свин",
        "сух",
        "стеблев",
        "сыр",
        "цельнозернов",
    ];
    let ending = match gender {
        Gender::M if soft => "ий",
        Gender::F if soft => "яя",
        Gender::N if soft => "ее",
        Gender::Pl if soft => "ие",
        Gender::M if STRESSED.contains(&stem) => "ой",
        Gender::M if hushing => "ий",
        Gender::M => "ый",
        Gender::F => "ая",
        Gender::N if stem.ends_with(['ж', 'ш', 'ч', 'щ']) => "ее",
        Gender::N => "ое",
        Gender::Pl if hushing => "ие",
        Gender::Pl => "ые",
    };
    Some(format!("{stem}{ending}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lem(words: &[&str]) -> String {
        let mut parts: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
        lemmatize(&mut parts, false, 0);
        parts.join(" ")
    }

    #[test]
    fn genitive_plurals_and_accusatives_become_dictionary_forms() {
        assert_eq!(lem(&["яиц"]), "яйцо");
        assert_eq!(lem(&["картошку"]), "картошка");
        assert_eq!(lem(&["оливкового", "масла"]), "оливковое масло");
        assert_eq!(lem(&["туалетной", "бумаги"]), "туалетная бумага");
    }

    #[test]
    fn unknown_nouns_follow_their_case() {
        let counted = |w: &str| noun_rules(w, true);
        assert_eq!(noun_rules("крекеры", false), "крекер");
        assert_eq!(noun_rules("пончики", false), "пончик");
        assert_eq!(counted("маффина"), "маффин");
        assert_eq!(counted("галеты"), "галета");
        assert_eq!(counted("кренделей"), "крендель");
        assert_eq!(lem(&["кошачьего", "корма"]), "кошачий корм");
        assert_eq!(lem(&["малоко"]), "молоко");
        assert_eq!(lem(&["хлебушек"]), "хлеб");
        assert!(verb_like("покормили") && !verb_like("текила"));
    }
}
