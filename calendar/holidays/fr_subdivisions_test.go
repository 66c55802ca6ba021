package holidays

import "testing"

// Moselle and Haut-Rhin: the eleven days of Code du travail L3133-1 and the
// two of the Alsace-Moselle local law, L3134-13 (Good Friday and
// 26 December; from the Statthalter's ordinance of 16 August 1892). The
// statute limits Good Friday to communes with a Protestant or mixed church;
// the package lists it for the whole département (fr.go). Whit Monday stays
// a jour férié although it is usually the journée de solidarité (from 2005).
func TestAlsaceMoselle(t *testing.T) {
	expectYear(t, "FR-57", 2025, nil, `
		2025-01-01 fr.jour-de-l-an
		2025-04-18 fr.vendredi-saint
		2025-04-21 fr.lundi-de-paques
		2025-05-01 fr.fete-du-travail
		2025-05-08 fr.victoire-1945
		2025-05-29 fr.ascension
		2025-06-09 fr.lundi-de-pentecote
		2025-07-14 fr.fete-nationale
		2025-08-15 fr.assomption
		2025-11-01 fr.toussaint
		2025-11-11 fr.armistice
		2025-12-25 fr.noel
		2025-12-26 fr.saint-etienne`)
	expectYear(t, "FR-57", 2005, nil, `
		2005-01-01 fr.jour-de-l-an
		2005-03-25 fr.vendredi-saint
		2005-03-28 fr.lundi-de-paques
		2005-05-01 fr.fete-du-travail
		2005-05-05 fr.ascension
		2005-05-08 fr.victoire-1945
		2005-05-16 fr.lundi-de-pentecote
		2005-07-14 fr.fete-nationale
		2005-08-15 fr.assomption
		2005-11-01 fr.toussaint
		2005-11-11 fr.armistice
		2005-12-25 fr.noel
		2005-12-26 fr.saint-etienne`)
	expectYear(t, "FR-68", 2026, nil, `
		2026-01-01 fr.jour-de-l-an
		2026-04-03 fr.vendredi-saint
		2026-04-06 fr.lundi-de-paques
		2026-05-01 fr.fete-du-travail
		2026-05-08 fr.victoire-1945
		2026-05-14 fr.ascension
		2026-05-25 fr.lundi-de-pentecote
		2026-07-14 fr.fete-nationale
		2026-08-15 fr.assomption
		2026-11-01 fr.toussaint
		2026-11-11 fr.armistice
		2026-12-25 fr.noel
		2026-12-26 fr.saint-etienne`)
	expectYear(t, "FR-68", 2000, nil, `
		2000-01-01 fr.jour-de-l-an
		2000-04-21 fr.vendredi-saint
		2000-04-24 fr.lundi-de-paques
		2000-05-01 fr.fete-du-travail
		2000-05-08 fr.victoire-1945
		2000-06-01 fr.ascension
		2000-06-12 fr.lundi-de-pentecote
		2000-07-14 fr.fete-nationale
		2000-08-15 fr.assomption
		2000-11-01 fr.toussaint
		2000-11-11 fr.armistice
		2000-12-25 fr.noel
		2000-12-26 fr.saint-etienne`)
}
