package holidays

import "time"

// withItalianCities adds to the Italian table c the patron saints' days of
// the largest cities (municipal holidays, observed by public offices and
// most employers under the national collective agreements) and South
// Tyrol's Whit Monday. The provinces (ISO 3166-2:IT) are the parents; the
// cities have extension codes ("IT-MI-MILANO"), as DE-BY-AUGSBURG does.
// South Tyrol (IT-BZ) keeps Whit Monday as a public holiday (Lunedì di
// Pentecoste / Pfingstmontag), province-wide.
func withItalianCities(c *country) *country {
	type city struct {
		prov, provName, code, name, saint, saintEN string
		m                                          time.Month
		d                                          int
	}
	cities := []city{
		{"IT-RM", "Roma", "IT-RM-ROMA", "Roma", "Santi Pietro e Paolo", "Saints Peter and Paul", time.June, 29},
		{"IT-MI", "Milano", "IT-MI-MILANO", "Milano", "Sant'Ambrogio", "St Ambrose", time.December, 7},
		{"IT-TO", "Torino", "IT-TO-TORINO", "Torino", "San Giovanni Battista", "St John the Baptist", time.June, 24},
		{"IT-NA", "Napoli", "IT-NA-NAPOLI", "Napoli", "San Gennaro", "St Januarius", time.September, 19},
		{"IT-FI", "Firenze", "IT-FI-FIRENZE", "Firenze", "San Giovanni Battista", "St John the Baptist", time.June, 24},
		{"IT-BO", "Bologna", "IT-BO-BOLOGNA", "Bologna", "San Petronio", "St Petronius", time.October, 4},
		{"IT-VE", "Venezia", "IT-VE-VENEZIA", "Venezia", "San Marco", "St Mark", time.April, 25},
		{"IT-GE", "Genova", "IT-GE-GENOVA", "Genova", "San Giovanni Battista", "St John the Baptist", time.June, 24},
		{"IT-PA", "Palermo", "IT-PA-PALERMO", "Palermo", "Santa Rosalia", "St Rosalia", time.July, 15},
		{"IT-BA", "Bari", "IT-BA-BARI", "Bari", "San Nicola", "St Nicholas", time.December, 6},
		{"IT-TS", "Trieste", "IT-TS-TRIESTE", "Trieste", "San Giusto", "St Justus", time.November, 3},
	}
	for _, ct := range cities {
		c.regions = append(c.regions,
			regionDef{ct.prov, ct.provName + " (provincia)", ct.provName + " (province)", ""},
			regionDef{ct.code, ct.name + " (comune)", ct.name + " (city)", ct.prov},
		)
		c.rules = append(c.rules, fixed(usLower(ct.code)+".patrono", ct.saint+" (santo patrono)", ct.saintEN+" (patron saint)", ct.m, ct.d).regions(ct.code))
	}
	c.regions = append(c.regions, regionDef{"IT-BZ", "Bolzano / Bozen (Alto Adige / Südtirol)", "South Tyrol", ""})
	c.rules = append(c.rules, easter("it.lunedi-di-pentecoste", "Lunedì di Pentecoste / Pfingstmontag", "Whit Monday", 50).regions("IT-BZ"))
	return c
}
