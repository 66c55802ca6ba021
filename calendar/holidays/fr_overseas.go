package holidays

import "time"

// withFrenchOverseas adds the overseas departments to the French table c:
// Guadeloupe (FR-971), Martinique (FR-972), Guyane (FR-973), La Réunion
// (FR-974) and Mayotte (FR-976). They keep the national holidays of Code du
// travail L3133-1 and add the day of the abolition of slavery (Loi 83-550
// of 30 June 1983 and décret 83-1003 of 23 November 1983, Code du travail
// L3422-2): 27 May in Guadeloupe, 22 May in Martinique, 10 June in
// Guyane, 20 December in La Réunion (Fête de l'abolition, "Fèt Kaf"), 27
// April in Mayotte (listed from 2011, when Mayotte became a department).
// Victor Schœlcher's day (21 July) is a customary local holiday in
// Guadeloupe and Martinique: Optional.
func withFrenchOverseas(c *country) *country {
	const gp, mq, gf, re, yt = "FR-971", "FR-972", "FR-973", "FR-974", "FR-976"
	c.regions = append(c.regions,
		regionDef{gp, "Guadeloupe", "Guadeloupe", ""},
		regionDef{mq, "Martinique", "Martinique", ""},
		regionDef{gf, "Guyane", "French Guiana", ""},
		regionDef{re, "La Réunion", "Réunion", ""},
		regionDef{yt, "Mayotte", "Mayotte", ""},
	)
	abolition := func(code string, m time.Month, d int) *rule {
		return fixed("fr.abolition-de-l-esclavage", "Abolition de l'esclavage", "Abolition of Slavery Day", m, d).regions(code).since(1983)
	}
	c.rules = append(c.rules,
		abolition(gp, time.May, 27),
		abolition(mq, time.May, 22),
		abolition(gf, time.June, 10),
		abolition(re, time.December, 20),
		abolition(yt, time.April, 27).since(2011),
		fixed("fr.victor-schoelcher", "Fête de Victor Schœlcher", "Victor Schœlcher Day", time.July, 21).regions(gp, mq).category(Optional),
	)
	return c
}
