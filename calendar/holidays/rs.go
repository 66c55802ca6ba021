package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// serbia: Zakon o državnim i drugim praznicima u Republici Srbiji (Sl.
// glasnik RS 43/2001 as amended): the state holidays New Year (1–2
// January), Sretenje (Statehood Day, 15–16 February, from 2002), Labour Day
// (1–2 May) and Armistice Day (11 November, from 2012) move to the Monday
// when they fall on a Sunday (art. 3; a Saturday holiday is not moved);
// the Orthodox Christmas (7 January, the Julian 25 December) and Easter,
// from Good Friday to Easter Monday, by the Julian computus. The religious
// holidays of other confessions are days off for their members only and
// are not listed.
func serbia() *country {
	ortho := func(id, name, nameEN string, off int) *rule {
		return newRule(id, name, nameEN, func(y int) (date.Date, bool) { return OrthodoxEaster(y) + date.Date(off), true })
	}
	state := func(id, name, nameEN string, m time.Month, d int) *rule {
		return fixed(id, name, nameEN, m, d).subst(sunNextFree)
	}
	return &country{
		code: "RS", name: "Србија", nameEN: "Serbia",
		obsLocal: " (пренето)", obsEN: " (observed)",
		rules: []*rule{
			state("rs.nova-godina", "Нова година", "New Year's Day", time.January, 1),
			state("rs.nova-godina-2", "Нова година (други дан)", "New Year's Day (second day)", time.January, 2),
			newRule("rs.bozic", "Божић", "Orthodox Christmas", func(y int) (date.Date, bool) { return julianDate(y-1, 12, 25), true }),
			state("rs.sretenje", "Сретење – Дан државности", "Statehood Day", time.February, 15).since(2002),
			state("rs.sretenje-2", "Сретење – Дан државности (други дан)", "Statehood Day (second day)", time.February, 16).since(2002),
			ortho("rs.veliki-petak", "Велики петак", "Orthodox Good Friday", -2),
			ortho("rs.vaskrs", "Васкрс", "Orthodox Easter Sunday", 0),
			ortho("rs.vaskrsni-ponedeljak", "Васкршњи понедељак", "Orthodox Easter Monday", 1),
			state("rs.praznik-rada", "Празник рада", "Labour Day", time.May, 1),
			state("rs.praznik-rada-2", "Празник рада (други дан)", "Labour Day (second day)", time.May, 2),
			state("rs.dan-primirja", "Дан примирја у Првом светском рату", "Armistice Day", time.November, 11).since(2012),
		},
	}
}
