package holidays

import "time"

// denmark: helligdagsloven; Store bededag (the fourth Friday after Easter)
// was abolished from 2024. Grundlovsdag (5 June), Juleaftensdag and
// Nytårsaftensdag are not public holidays but bank closing days (Bank).
func denmark() *country {
	return &country{
		code: "DK", name: "Danmark", nameEN: "Denmark",
		rules: []*rule{
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
