package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// denmark: helligdagsloven; Store bededag (the fourth Friday after Easter)
// was abolished from 2024. Grundlovsdag (5 June), Juleaftensdag and
// Nytårsaftensdag are not public holidays but bank closing days (Bank).
func denmark() *country {
	return &country{
		code: "DK", name: "Danmark", nameEN: "Denmark",
		rules: []rule{
			fixed("dk.nytaarsdag", "Nytårsdag", "New Year's Day", time.January, 1),
			easter("dk.skaertorsdag", "Skærtorsdag", "Maundy Thursday", -3),
			easter("dk.langfredag", "Langfredag", "Good Friday", -2),
			easter("dk.paaskedag", "Påskedag", "Easter Sunday", 0),
			easter("dk.2-paaskedag", "2. påskedag", "Easter Monday", 1),
			easter("dk.store-bededag", "Store bededag", "General Prayer Day", 26).until(2023),
			easter("dk.kristi-himmelfartsdag", "Kristi himmelfartsdag", "Ascension Day", 39),
			easter("dk.pinsedag", "Pinsedag", "Whit Sunday", 49),
			easter("dk.2-pinsedag", "2. pinsedag", "Whit Monday", 50),
			fixed("dk.grundlovsdag", "Grundlovsdag", "Constitution Day", time.June, 5).category(Bank),
			fixed("dk.juleaftensdag", "Juleaftensdag", "Christmas Eve", time.December, 24).category(Bank),
			fixed("dk.juledag", "Juledag", "Christmas Day", time.December, 25),
			fixed("dk.2-juledag", "2. juledag", "St Stephen's Day", time.December, 26),
			fixed("dk.nytaarsaftensdag", "Nytårsaftensdag", "New Year's Eve", time.December, 31).category(Bank),
		},
	}
}

// norway: lov om helligdager og helligdagsfred (1995) and lov om 1. og 17.
// mai som høgtidsdager (1947). Julaften and nyttårsaften are half days for
// many employers (HalfDay).
func norway() *country {
	return &country{
		code: "NO", name: "Norge", nameEN: "Norway",
		rules: []rule{
			fixed("no.forste-nyttarsdag", "Første nyttårsdag", "New Year's Day", time.January, 1),
			easter("no.skjaertorsdag", "Skjærtorsdag", "Maundy Thursday", -3),
			easter("no.langfredag", "Langfredag", "Good Friday", -2),
			easter("no.forste-paaskedag", "Første påskedag", "Easter Sunday", 0),
			easter("no.andre-paaskedag", "Andre påskedag", "Easter Monday", 1),
			fixed("no.arbeidernes-dag", "Offentlig høytidsdag (1. mai)", "Labour Day", time.May, 1),
			fixed("no.grunnlovsdag", "Grunnlovsdag", "Constitution Day", time.May, 17),
			easter("no.kristi-himmelfartsdag", "Kristi himmelfartsdag", "Ascension Day", 39),
			easter("no.forste-pinsedag", "Første pinsedag", "Whit Sunday", 49),
			easter("no.andre-pinsedag", "Andre pinsedag", "Whit Monday", 50),
			fixed("no.julaften", "Julaften", "Christmas Eve", time.December, 24).category(HalfDay),
			fixed("no.forste-juledag", "Første juledag", "Christmas Day", time.December, 25),
			fixed("no.andre-juledag", "Andre juledag", "St Stephen's Day", time.December, 26),
			fixed("no.nyttarsaften", "Nyttårsaften", "New Year's Eve", time.December, 31).category(HalfDay),
		},
	}
}

// sweden: lag (1989:253) om allmänna helgdagar: Whit Monday until 2004,
// National Day a public holiday since 2005; Midsommardagen is the Saturday
// 20–26 June, Alla helgons dag the Saturday 31 October–6 November.
// Midsommarafton, Julafton and Nyårsafton are de facto holidays (banks and
// most offices closed): Bank.
func sweden() *country {
	return &country{
		code: "SE", name: "Sverige", nameEN: "Sweden",
		rules: []rule{
			fixed("se.nyarsdagen", "Nyårsdagen", "New Year's Day", time.January, 1),
			fixed("se.trettondedag-jul", "Trettondedag jul", "Epiphany", time.January, 6),
			easter("se.langfredagen", "Långfredagen", "Good Friday", -2),
			easter("se.paskdagen", "Påskdagen", "Easter Sunday", 0),
			easter("se.annandag-pask", "Annandag påsk", "Easter Monday", 1),
			fixed("se.forsta-maj", "Första maj", "Labour Day", time.May, 1),
			easter("se.kristi-himmelsfardsdag", "Kristi himmelsfärdsdag", "Ascension Day", 39),
			easter("se.pingstdagen", "Pingstdagen", "Whit Sunday", 49),
			easter("se.annandag-pingst", "Annandag pingst", "Whit Monday", 50).until(2004),
			fixed("se.nationaldagen", "Sveriges nationaldag", "National Day", time.June, 6).since(2005),
			onOrAfter("se.midsommarafton", "Midsommarafton", "Midsummer Eve", time.June, 19, time.Friday).category(Bank),
			onOrAfter("se.midsommardagen", "Midsommardagen", "Midsummer Day", time.June, 20, time.Saturday),
			onOrAfter("se.alla-helgons-dag", "Alla helgons dag", "All Saints' Day", time.October, 31, time.Saturday),
			fixed("se.julafton", "Julafton", "Christmas Eve", time.December, 24).category(Bank),
			fixed("se.juldagen", "Juldagen", "Christmas Day", time.December, 25),
			fixed("se.annandag-jul", "Annandag jul", "St Stephen's Day", time.December, 26),
			fixed("se.nyarsafton", "Nyårsafton", "New Year's Eve", time.December, 31).category(Bank),
		},
	}
}

// ireland: Organisation of Working Time Act 1997, Schedule 2, as amended
// (St Brigid's Day since 2023: the first Monday in February, or 1 February
// when that is a Friday; the one-off 18 March 2022). Irish law has no
// substitute days: for a holiday on a weekend an employee is owed a day off
// or pay, and banks close on the next weekday, but that is not a public
// holiday, so no substitute days are modelled.
func ireland() *country {
	return &country{
		code: "IE", name: "Éire", nameEN: "Ireland",
		rules: []rule{
			fixed("ie.new-years-day", "Lá Caille", "New Year's Day", time.January, 1),
			newRule("ie.st-brigids-day", "Lá Fhéile Bríde", "St Brigid's Day", func(y int) (date.Date, bool) {
				if d := civilDate(y, time.February, 1); d.Weekday() == time.Friday {
					return d, true
				}
				d, ok := nthWeekday(time.February, time.Monday, 1)(y)
				return d, ok
			}).since(2023),
			fixed("ie.st-patricks-day", "Lá Fhéile Pádraig", "St Patrick's Day", time.March, 17),
			once("ie.day-of-remembrance", "Lá Cuimhneacháin agus Aitheantais", "Day of Remembrance and Recognition", 2022, time.March, 18),
			easter("ie.easter-monday", "Luan Cásca", "Easter Monday", 1),
			nth("ie.may-day", "Lá Bealtaine", "May Day", time.May, time.Monday, 1).since(1994),
			nth("ie.june-holiday", "Lá Saoire i mí an Mheithimh", "June Holiday", time.June, time.Monday, 1),
			nth("ie.august-holiday", "Lá Saoire i mí Lúnasa", "August Holiday", time.August, time.Monday, 1),
			nth("ie.october-holiday", "Lá Saoire i mí Dheireadh Fómhair", "October Holiday", time.October, time.Monday, -1).since(1977),
			fixed("ie.christmas-day", "Lá Nollag", "Christmas Day", time.December, 25),
			fixed("ie.st-stephens-day", "Lá Fhéile Stiofáin", "St Stephen's Day", time.December, 26),
		},
	}
}
