package holidays

import "testing"

// Lower Austria, Styria, Tyrol and Vorarlberg: the federal holidays of
// Arbeitsruhegesetz § 7 Abs. 2 (Public), the Land patron's day (Optional:
// schools and Land offices close, not a statutory day off), Good Friday for
// the Protestant, Old Catholic and Methodist churches until 2018 (Optional)
// and the Christmas and New Year's Eve half days (HalfDay), as in at.go.
// Sources: the Federal Ministry of Education's list "Gesetzliche Feiertage,
// Allerseelentag, Festtage der Landespatrone" (bmb.gv.at: Niederösterreich
// 15 November hl. Leopold; Steiermark, Tirol, Vorarlberg 19 March hl. Josef)
// and, for 2004, the table of gesetzlichefeiertage.at (Feiertage 2004),
// whose dates of the movable feasts these match.
func TestAustrianLaenderPatronDays(t *testing.T) {
	expectYear(t, "AT-3", 2025, nil, `
		2025-01-01 at.neujahr
		2025-01-06 at.heilige-drei-koenige
		2025-04-21 at.ostermontag
		2025-05-01 at.staatsfeiertag
		2025-05-29 at.christi-himmelfahrt
		2025-06-09 at.pfingstmontag
		2025-06-19 at.fronleichnam
		2025-08-15 at.mariae-himmelfahrt
		2025-10-26 at.nationalfeiertag
		2025-11-01 at.allerheiligen
		2025-12-08 at.mariae-empfaengnis
		2025-12-25 at.christtag
		2025-12-26 at.stefanitag`)
	expectYear(t, "AT-3", 2025, []Category{Optional, HalfDay}, `
		2025-11-15 at.leopold
		2025-12-24 at.heiliger-abend
		2025-12-31 at.silvester`)
	expectYear(t, "AT-3", 2004, nil, `
		2004-01-01 at.neujahr
		2004-01-06 at.heilige-drei-koenige
		2004-04-12 at.ostermontag
		2004-05-01 at.staatsfeiertag
		2004-05-20 at.christi-himmelfahrt
		2004-05-31 at.pfingstmontag
		2004-06-10 at.fronleichnam
		2004-08-15 at.mariae-himmelfahrt
		2004-10-26 at.nationalfeiertag
		2004-11-01 at.allerheiligen
		2004-12-08 at.mariae-empfaengnis
		2004-12-25 at.christtag
		2004-12-26 at.stefanitag`)
	expectYear(t, "AT-3", 2004, []Category{Optional, HalfDay}, `
		2004-04-09 at.karfreitag
		2004-11-15 at.leopold
		2004-12-24 at.heiliger-abend
		2004-12-31 at.silvester`)
	expectYear(t, "AT-6", 2025, nil, `
		2025-01-01 at.neujahr
		2025-01-06 at.heilige-drei-koenige
		2025-04-21 at.ostermontag
		2025-05-01 at.staatsfeiertag
		2025-05-29 at.christi-himmelfahrt
		2025-06-09 at.pfingstmontag
		2025-06-19 at.fronleichnam
		2025-08-15 at.mariae-himmelfahrt
		2025-10-26 at.nationalfeiertag
		2025-11-01 at.allerheiligen
		2025-12-08 at.mariae-empfaengnis
		2025-12-25 at.christtag
		2025-12-26 at.stefanitag`)
	expectYear(t, "AT-6", 2025, []Category{Optional, HalfDay}, `
		2025-03-19 at.josef
		2025-12-24 at.heiliger-abend
		2025-12-31 at.silvester`)
	expectYear(t, "AT-6", 2004, nil, `
		2004-01-01 at.neujahr
		2004-01-06 at.heilige-drei-koenige
		2004-04-12 at.ostermontag
		2004-05-01 at.staatsfeiertag
		2004-05-20 at.christi-himmelfahrt
		2004-05-31 at.pfingstmontag
		2004-06-10 at.fronleichnam
		2004-08-15 at.mariae-himmelfahrt
		2004-10-26 at.nationalfeiertag
		2004-11-01 at.allerheiligen
		2004-12-08 at.mariae-empfaengnis
		2004-12-25 at.christtag
		2004-12-26 at.stefanitag`)
	expectYear(t, "AT-6", 2004, []Category{Optional, HalfDay}, `
		2004-03-19 at.josef
		2004-04-09 at.karfreitag
		2004-12-24 at.heiliger-abend
		2004-12-31 at.silvester`)
	expectYear(t, "AT-7", 2025, nil, `
		2025-01-01 at.neujahr
		2025-01-06 at.heilige-drei-koenige
		2025-04-21 at.ostermontag
		2025-05-01 at.staatsfeiertag
		2025-05-29 at.christi-himmelfahrt
		2025-06-09 at.pfingstmontag
		2025-06-19 at.fronleichnam
		2025-08-15 at.mariae-himmelfahrt
		2025-10-26 at.nationalfeiertag
		2025-11-01 at.allerheiligen
		2025-12-08 at.mariae-empfaengnis
		2025-12-25 at.christtag
		2025-12-26 at.stefanitag`)
	expectYear(t, "AT-7", 2025, []Category{Optional, HalfDay}, `
		2025-03-19 at.josef
		2025-12-24 at.heiliger-abend
		2025-12-31 at.silvester`)
	expectYear(t, "AT-7", 2004, nil, `
		2004-01-01 at.neujahr
		2004-01-06 at.heilige-drei-koenige
		2004-04-12 at.ostermontag
		2004-05-01 at.staatsfeiertag
		2004-05-20 at.christi-himmelfahrt
		2004-05-31 at.pfingstmontag
		2004-06-10 at.fronleichnam
		2004-08-15 at.mariae-himmelfahrt
		2004-10-26 at.nationalfeiertag
		2004-11-01 at.allerheiligen
		2004-12-08 at.mariae-empfaengnis
		2004-12-25 at.christtag
		2004-12-26 at.stefanitag`)
	expectYear(t, "AT-7", 2004, []Category{Optional, HalfDay}, `
		2004-03-19 at.josef
		2004-04-09 at.karfreitag
		2004-12-24 at.heiliger-abend
		2004-12-31 at.silvester`)
	expectYear(t, "AT-8", 2025, nil, `
		2025-01-01 at.neujahr
		2025-01-06 at.heilige-drei-koenige
		2025-04-21 at.ostermontag
		2025-05-01 at.staatsfeiertag
		2025-05-29 at.christi-himmelfahrt
		2025-06-09 at.pfingstmontag
		2025-06-19 at.fronleichnam
		2025-08-15 at.mariae-himmelfahrt
		2025-10-26 at.nationalfeiertag
		2025-11-01 at.allerheiligen
		2025-12-08 at.mariae-empfaengnis
		2025-12-25 at.christtag
		2025-12-26 at.stefanitag`)
	expectYear(t, "AT-8", 2025, []Category{Optional, HalfDay}, `
		2025-03-19 at.josef
		2025-12-24 at.heiliger-abend
		2025-12-31 at.silvester`)
	expectYear(t, "AT-8", 2004, nil, `
		2004-01-01 at.neujahr
		2004-01-06 at.heilige-drei-koenige
		2004-04-12 at.ostermontag
		2004-05-01 at.staatsfeiertag
		2004-05-20 at.christi-himmelfahrt
		2004-05-31 at.pfingstmontag
		2004-06-10 at.fronleichnam
		2004-08-15 at.mariae-himmelfahrt
		2004-10-26 at.nationalfeiertag
		2004-11-01 at.allerheiligen
		2004-12-08 at.mariae-empfaengnis
		2004-12-25 at.christtag
		2004-12-26 at.stefanitag`)
	expectYear(t, "AT-8", 2004, []Category{Optional, HalfDay}, `
		2004-03-19 at.josef
		2004-04-09 at.karfreitag
		2004-12-24 at.heiliger-abend
		2004-12-31 at.silvester`)
}
