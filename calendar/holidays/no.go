package holidays

import "time"

// norway: lov om helligdager og helligdagsfred (1995) and lov om 1. og 17.
// mai som høgtidsdager (1947). Julaften and nyttårsaften are half days for
// many employers (HalfDay).
func norway() *country {
	return &country{
		code: "NO", name: "Norge", nameEN: "Norway",
		rules: []*rule{
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
