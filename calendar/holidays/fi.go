package holidays

import "time"

// finland: the church holidays of the Church Act and the Act on the
// Independence Day and May Day: Epiphany, Easter, Ascension, Midsummer
// Day (the Saturday from 20 to 26 June), All Saints' Day (the Saturday from
// 31 October to 6 November), Independence Day (6 December), Christmas.
// Midsummer Eve and Christmas Eve are not statutory holidays but days off
// under the Working Hours Act's collective agreements, with banks closed:
// Bank, as for Christmas Eve in Denmark.
func finland() *country {
	return &country{
		code: "FI", name: "Suomi / Finland", nameEN: "Finland",
		rules: []*rule{
			fixed("fi.uudenvuodenpaiva", "Uudenvuodenpäivä", "New Year's Day", time.January, 1),
			fixed("fi.loppiainen", "Loppiainen", "Epiphany", time.January, 6),
			easter("fi.pitkaperjantai", "Pitkäperjantai", "Good Friday", -2),
			easter("fi.paasiaispaiva", "Pääsiäispäivä", "Easter Sunday", 0),
			easter("fi.toinen-paasiaispaiva", "2. pääsiäispäivä", "Easter Monday", 1),
			fixed("fi.vappu", "Vappu", "May Day", time.May, 1),
			easter("fi.helatorstai", "Helatorstai", "Ascension Day", 39),
			easter("fi.helluntaipaiva", "Helluntaipäivä", "Whit Sunday", 49),
			onOrAfter("fi.juhannusaatto", "Juhannusaatto", "Midsummer Eve", time.June, 19, time.Friday).category(Bank),
			onOrAfter("fi.juhannuspaiva", "Juhannuspäivä", "Midsummer Day", time.June, 20, time.Saturday),
			onOrAfter("fi.pyhainpaiva", "Pyhäinpäivä", "All Saints' Day", time.October, 31, time.Saturday),
			fixed("fi.itsenaisyyspaiva", "Itsenäisyyspäivä", "Independence Day", time.December, 6),
			fixed("fi.jouluaatto", "Jouluaatto", "Christmas Eve", time.December, 24).category(Bank),
			fixed("fi.joulupaiva", "Joulupäivä", "Christmas Day", time.December, 25),
			fixed("fi.tapaninpaiva", "Tapaninpäivä", "St Stephen's Day", time.December, 26),
		},
	}
}
