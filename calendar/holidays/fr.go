package holidays

import "time"

// france: Code du travail L3133-1 (jours fériés) for metropolitan France;
// the Alsace-Moselle local law (Code du travail L3134-13) adds Good Friday
// and 26 December in Moselle (FR-57), Bas-Rhin (FR-67) and Haut-Rhin (FR-68).
// The statute grants Good Friday only in communes with a Protestant or mixed
// church; it is listed for the whole département, where it is generally
// observed (a commune-level distinction is not modelled).
// Whit Monday is still a jour férié although it is often the "journée de
// solidarité" worked without pay. Overseas departments' days (abolition of
// slavery) are in fr_overseas.go.
func france() *country {
	const mos, br, hr = "FR-57", "FR-67", "FR-68"
	return withFrenchOverseas(&country{
		code: "FR", name: "France", nameEN: "France (metropolitan)",
		regions: []regionDef{
			{mos, "Moselle", "Moselle", ""},
			{br, "Bas-Rhin", "Bas-Rhin", ""},
			{hr, "Haut-Rhin", "Haut-Rhin", ""},
		},
		rules: []*rule{
			fixed("fr.jour-de-l-an", "Jour de l'an", "New Year's Day", time.January, 1),
			easter("fr.vendredi-saint", "Vendredi saint", "Good Friday", -2).regions(mos, br, hr),
			easter("fr.lundi-de-paques", "Lundi de Pâques", "Easter Monday", 1),
			fixed("fr.fete-du-travail", "Fête du Travail", "Labour Day", time.May, 1),
			fixed("fr.victoire-1945", "Victoire 1945", "Victory in Europe Day", time.May, 8).since(1982),
			easter("fr.ascension", "Ascension", "Ascension Day", 39),
			easter("fr.lundi-de-pentecote", "Lundi de Pentecôte", "Whit Monday", 50),
			fixed("fr.fete-nationale", "Fête nationale", "Bastille Day", time.July, 14),
			fixed("fr.assomption", "Assomption", "Assumption Day", time.August, 15),
			fixed("fr.toussaint", "Toussaint", "All Saints' Day", time.November, 1),
			fixed("fr.armistice", "Armistice 1918", "Armistice Day", time.November, 11),
			fixed("fr.noel", "Noël", "Christmas Day", time.December, 25),
			fixed("fr.saint-etienne", "Saint-Étienne", "St Stephen's Day", time.December, 26).regions(mos, br, hr),
		},
	})
}
