## Restock — Français (France)

welcome = Bonjour ! Je tiens vos provisions à jour. Écrivez-moi par exemple « acheté 12 œufs », « utilisé 2 œufs », « plus de lait », « combien d'œufs avons-nous ? », « ajoute du café à la liste » ou « annuler ».
empty-message = Écrivez-moi par exemple « utilisé 2 œufs » ou « acheté du lait ».
message-too-long = Ce message est trop long pour moi (plus de { $max } caractères). Rien n'a été modifié.
not-understood = Désolé, je n'ai pas compris. Essayez « utilisé 2 œufs », « acheté 12 œufs », « plus de lait », « combien d'œufs avons-nous ? », « ajoute du café à la liste » ou « annuler ».
no-item = De quel article parlez-vous ? Par exemple « utilisé 2 œufs ». Rien n'a été modifié.
item-name-invalid = Ce nom d'article est trop long ({ $max } caractères au plus). Rien n'a été modifié.
amount-not-positive = La quantité de { $item } doit être supérieure à zéro. Rien n'a été modifié.
amount-negative = On ne peut pas avoir moins que rien de { $item }. Rien n'a été modifié.
amount-too-large = Cela fait beaucoup de { $item } : vérifiez la quantité. Rien n'a été modifié.
units-incompatible = Je compte { $item } en { $have }, je ne peux donc pas y retrancher { $given }. Rien n'a été modifié.

consumed = Utilisé : { $used } ; il reste { $left }.
consumed-unknown-stock = Utilisé : { $used }. Combien de { $item } reste-t-il ? (dites par ex. « il reste { $used } »)
consumed-more-than-stock = Utilisé : { $used }, plus que les { $had } que je connaissais ; { $item } est donc à 0.
restocked = Acheté : { $bought } ; vous avez maintenant { $total }.
restocked-unknown-amount = { $item } acheté. Combien en avez-vous maintenant ? (dites par ex. « on a 2 { $item } »)
stock-set = C'est noté : { $total }.
depleted = Plus de { $item } : ajouté à la liste de courses.
depleted-already-listed = Plus de { $item } : c'est déjà sur la liste de courses.
stock-is = Vous avez { $total }.
stock-unknown = Je ne sais pas encore combien de { $item } vous avez. Dites-le-moi, par ex. « on a 2 { $item } ».
item-not-known = Rien n'est encore noté pour { $item }.
stock-overview-header = Voici ce que vous avez :
stock-overview-line = • { $total }
stock-overview-empty = Rien n'est encore noté. Essayez « acheté 12 œufs ».

list-added = { $entry } ajouté à la liste de courses.
list-already = { $item } est déjà sur la liste de courses.
list-removed = { $item } retiré de la liste de courses.
list-not-there = { $item } n'est pas sur la liste de courses.
list-bought-off = { $item } coché sur la liste de courses.
list-header = { $count ->
    [one] Liste de courses (1 article) :
   *[other] Liste de courses ({ $n } articles) :
}
list-line = • { $entry }
list-empty = La liste de courses est vide.

undo-done = Annulé. Retour à :
undo-nothing = Vous n'avez aucune modification à annuler.
undo-stock-line = • { $total }
undo-list-added = • { $item } est de nouveau sur la liste de courses
undo-list-removed = • { $item } est de nouveau retiré de la liste de courses
internal-error = Un problème est survenu de mon côté ; rien n'a été modifié. Réessayez dans un instant.

## Quantités. $qty est le nombre mis en forme, $n le nombre pour le choix du pluriel.

amount-none = { $item }
amount-count = { $qty } × { $item }
amount-unit = { $qty } { $unit } de { $item }

## Unités

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
    [one] tasse
   *[other] tasses
}
unit-tbsp = c. à s.
unit-tsp = c. à c.
unit-pinch = { $n ->
    [one] pincée
   *[other] pincées
}
unit-pack = { $n ->
    [one] paquet
   *[other] paquets
}
unit-bottle = { $n ->
    [one] bouteille
   *[other] bouteilles
}
unit-can = { $n ->
    [one] boîte de conserve
   *[other] boîtes de conserve
}
unit-jar = { $n ->
    [one] bocal
   *[other] bocaux
}
unit-box = { $n ->
    [one] boîte
   *[other] boîtes
}
unit-bag = { $n ->
    [one] sachet
   *[other] sachets
}
unit-carton = { $n ->
    [one] brique
   *[other] briques
}
unit-loaf = { $n ->
    [one] pain
   *[other] pains
}
unit-slice = { $n ->
    [one] tranche
   *[other] tranches
}
unit-bunch = { $n ->
    [one] botte
   *[other] bottes
}
unit-head = { $n ->
    [one] tête
   *[other] têtes
}
unit-clove = { $n ->
    [one] gousse
   *[other] gousses
}
unit-stick = { $n ->
    [one] bâton
   *[other] bâtons
}
unit-roll = { $n ->
    [one] rouleau
   *[other] rouleaux
}
unit-bar = { $n ->
    [one] tablette
   *[other] tablettes
}
unit-tub = { $n ->
    [one] pot
   *[other] pots
}
unit-sachet = { $n ->
    [one] dosette
   *[other] dosettes
}
unit-piece = { $n ->
    [one] pièce
   *[other] pièces
}

## Delivery: reminders, new lists, recurring purchases, the periodic summary

reminder = Bientôt plus de { $item } : il reste { $left } — assez pour environ { $days ->
    [one] 1 jour
   *[other] { $d } jours
}.
reminder-no-forecast = Bientôt plus de { $item } : il reste { $left }.
reminder-add-button = 🛒 Ajouter à la liste
reminder-order-button = 📦 Commander
reminder-snooze-button = ⏰ Plus tard
new-list = { $count ->
    [one] Nouvelle liste de courses (1 article) :
   *[other] Nouvelle liste de courses ({ $n } articles) :
}
recurring-due = C'est l'heure de racheter { $entry } — c'est sur la liste de courses.
digest-header = { $cadence ->
    [monthly] Votre mois en bref
   *[weekly] Votre semaine en bref
}
digest-used = Utilisé :
digest-bought = Acheté :
digest-nothing-used = Rien noté comme utilisé.
digest-nothing-bought = Rien noté comme acheté.
digest-line = • { $amount }
digest-running-low = Bientôt épuisé :
digest-low-line = • { $left } — encore environ { $days ->
    [one] 1 jour
   *[other] { $d } jours
}
digest-orders = { $count ->
    [one] 1 commande en cours :
   *[other] { $n } commandes en cours :
}
digest-order-line = • n° { $id } : { $status ->
    [proposed] en attente de confirmation
    [confirmed] confirmée
   *[other] en cours de passage
}

## Chats : commandes, foyers, réglages, commandes groupées, boutons

cmd-start = commencer ici : ce chat devient un foyer
cmd-help = ce que je comprends et les commandes
cmd-stock = ce que vous avez (ou /stock œufs)
cmd-list = la liste de courses, avec des boutons pour cocher
cmd-add = ajouter à la liste de courses : /add café
cmd-remove = retirer de la liste de courses : /remove café
cmd-order = proposer une commande à partir de la liste de courses
cmd-summary = ce qui s'est passé ces 7 derniers jours
cmd-undo = annuler ta dernière modification
cmd-invite = un code à usage unique pour relier un autre chat à ce foyer
cmd-join = relier ce chat à un foyer : /join CODE
cmd-settings = langue, fuseau horaire, jour et heure du résumé hebdomadaire
help-header = Écris simplement ce qui s'est passé : « utilisé 2 œufs », « acheté 12 œufs », « plus de lait », « combien d'œufs avons-nous ? ». Commandes :
forwarded-ignored = Je ne compte pas les messages transférés — écris-le toi-même, s'il te plaît.
invite-created = Code d'invitation : { $code } — envoie « /join { $code } » dans l'autre chat d'ici { $hours } heures. Il ne sert qu'une fois.
join-done = Ce chat partage maintenant le stock et la liste de courses du foyer qui l'a invité.
join-already = Ce chat appartient déjà à ce foyer.
join-invalid = Ce code est inconnu, déjà utilisé ou expiré. Demandes-en un nouveau avec /invite.
join-usage = Envoie /join suivi du code de /invite, par ex. « /join K7Q2MX9P ».
settings-show = Langue { $locale }, fuseau horaire { $timezone }, résumé hebdomadaire le { $day } à { $hour } h.
settings-usage = Modifie avec « /settings language fr-FR », « /settings timezone Europe/Paris » ou « /settings summary dimanche 18 ».
settings-language-set = Langue : { $locale }.
settings-language-unknown = Je ne parle pas encore « { $value } ». Disponibles : { $all }.
settings-time-zone-set = Fuseau horaire : { $timezone }.
settings-time-zone-invalid = « { $value } » n'est pas un fuseau horaire que je connais ; utilise un nom comme Europe/Paris.
settings-summary-set = Le résumé hebdomadaire arrive le { $day } à { $hour } h.
settings-summary-invalid = Indique un jour et une heure de 0 à 23, par ex. « /settings summary dimanche 18 ».
weekday = { $day ->
    [0] dimanche
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
   *[6] samedi
}
summary-week = Ces 7 derniers jours : { $used } utilisés, { $bought } achetés ; { $listed } sur la liste de courses.
order-empty = La liste de courses est vide — rien à commander.
order-proposed = { $count ->
    [one] Commander 1 article de la liste de courses ?
   *[other] Commander { $n } articles de la liste de courses ?
}
order-line = • { $entry }
order-confirm-button = ✅ Confirmer
order-cancel-button = ✖ Annuler
order-confirmed-by = ✅ Confirmé par { $name }.
order-cancelled-by = ✖ Annulé par { $name }.
order-confirmed = Commande confirmée.
order-cancelled = Commande annulée.
tick-button = ✓ { $item }
ticked-by = ✓ { $item } — acheté, coché par { $name }
ticked = { $item } coché.
press-not-member = Seuls les membres de ce foyer peuvent faire cela. Écris d'abord quelque chose dans le chat du foyer.
press-decided = C'est déjà décidé — rien n'a changé.
press-unknown = Ce bouton n'est pas valide — rien n'a changé.
press-expired = Ce bouton a expiré — rien n'a changé.

## Questions avec boutons : de quel article il s'agit, et les boutons d'un rappel

ask-which = Quel { $item } voulez-vous dire ?
ask-pick-new = { $item } (nouvel article)
ask-picked-by = { $name } a choisi { $item }.
ask-picked = Compris : { $item }.
ask-answer-with-number = Répondez avec un numéro.
ask-size = J'ai noté { $item } comme { $have }. Combien fait { $one } ?
ask-size-none = J'ai noté { $item } comme { $have }, donc je ne peux pas y compter { $given }.
ask-size-switch = Compter { $item } en { $unit } désormais
ask-size-single = pièces
ask-size-picked = C'est noté : { $one } = { $size }.
ask-size-picked-by = { $name } a indiqué : { $one } = { $size }.
ask-size-switched = Désormais je compte { $item } en { $unit }.
ask-size-switched-by = { $name } : désormais je compte { $item } en { $unit }.
reminder-listed = { $item } est sur la liste de courses.
reminder-listed-by = { $name } a mis { $item } sur la liste de courses.
reminder-snoozed = Je vous rappellerai { $item } demain.
reminder-snoozed-by = { $name } a reporté le rappel pour { $item } à demain.
reminder-order-asked = Voici une commande de { $item } à confirmer.
reminder-order-asked-by = { $name } a demandé de commander { $item }.

## Les projets du foyer : résumé et achats réguliers (/settings)

plan-settings = Langue { $locale }, fuseau horaire { $timezone }.
plan-summary-off = Le résumé est désactivé. Réactivez-le avec « /settings summary dimanche 18 ».
plan-summary-monthly = Le résumé arrive le 1er de chaque mois à { $hour } h.
plan-repeat-set = { $cadence ->
    [daily] Chaque jour à { $hour } h
   *[weekly] Chaque { $day } à { $hour } h
}, { $entry } va sur la liste de courses.
plan-repeat-header = Achats réguliers :
plan-repeat-line = • { $entry } — { $cadence ->
    [daily] chaque jour à { $hour } h
   *[weekly] chaque { $day } à { $hour } h
}
plan-repeat-none = Pas encore d'achat régulier. Ajoutez-en un avec « /settings repeat 12 œufs samedi 9 ».
plan-repeat-stopped = { $item } ne va plus tout seul sur la liste.
plan-repeat-not-found = { $item } n'est pas un achat régulier.
plan-repeat-usage = Dites quoi, quel jour (ou « quotidien ») et l'heure : « /settings repeat 12 œufs samedi 9 » ou « /settings repeat 2 l lait quotidien 8 ». « /settings repeat off œufs » l'arrête.
