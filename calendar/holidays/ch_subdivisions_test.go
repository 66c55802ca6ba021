package holidays

import "testing"

// Cantonal holiday lists not covered by ch_test.go, each against the
// canton's statute or the canton's own list for a recent and a historic
// year. Public holds the days the cantonal law makes rest days (equal to
// Sundays under ArG Art. 20a or public rest days); Optional the customary
// days and those valid only in part of the canton (see ch.go). Dates of the
// movable feasts checked against the Easter table.
func TestSwitzerlandCantonsFromStatutes(t *testing.T) {
	// Bern: Gesetz über die Ruhe an öffentlichen Feiertagen (BSG 555.1,
	// 1 December 1996) Art. 2: Neujahrstag, 2. Januar, Karfreitag,
	// Ostermontag, Auffahrt, Pfingstmontag, Bundesfeiertag, Weihnachten,
	// 26. Dezember. 2004 as dated by feiertagskalender.ch (Kanton Bern, 2004).
	expectYear(t, "CH-BE", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-01-02 ch.berchtoldstag
		2025-04-18 ch.karfreitag
		2025-04-21 ch.ostermontag
		2025-05-29 ch.auffahrt
		2025-06-09 ch.pfingstmontag
		2025-08-01 ch.bundesfeier
		2025-12-25 ch.weihnachten
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-BE", 2004, nil, `
		2004-01-01 ch.neujahr
		2004-01-02 ch.berchtoldstag
		2004-04-09 ch.karfreitag
		2004-04-12 ch.ostermontag
		2004-05-20 ch.auffahrt
		2004-05-31 ch.pfingstmontag
		2004-08-01 ch.bundesfeier
		2004-12-25 ch.weihnachten
		2004-12-26 ch.stephanstag`)
	// Luzern: Ruhetags- und Ladenschlussgesetz (SRL 855) § 1a: Neujahr,
	// Karfreitag, Auffahrt, Fronleichnam, Bundesfeiertag, Mariä Himmelfahrt,
	// Allerheiligen, Mariä Empfängnis, Weihnachtstag, Stephanstag;
	// feiertagskalender.ch (Kanton Luzern, gesetzliche Feiertage 2013) dates
	// them and gives Berchtoldstag, Ostermontag and Pfingstmontag as
	// "gesetzlich nicht anerkannt" (customary: Optional).
	expectYear(t, "CH-LU", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-04-18 ch.karfreitag
		2025-05-29 ch.auffahrt
		2025-06-19 ch.fronleichnam
		2025-08-01 ch.bundesfeier
		2025-08-15 ch.mariae-himmelfahrt
		2025-11-01 ch.allerheiligen
		2025-12-08 ch.mariae-empfaengnis
		2025-12-25 ch.weihnachten
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-LU", 2025, []Category{Optional}, `
		2025-01-02 ch.berchtoldstag
		2025-04-21 ch.ostermontag
		2025-06-09 ch.pfingstmontag`)
	expectYear(t, "CH-LU", 2013, nil, `
		2013-01-01 ch.neujahr
		2013-03-29 ch.karfreitag
		2013-05-09 ch.auffahrt
		2013-05-30 ch.fronleichnam
		2013-08-01 ch.bundesfeier
		2013-08-15 ch.mariae-himmelfahrt
		2013-11-01 ch.allerheiligen
		2013-12-08 ch.mariae-empfaengnis
		2013-12-25 ch.weihnachten
		2013-12-26 ch.stephanstag`)
	expectYear(t, "CH-LU", 2013, []Category{Optional}, `
		2013-01-02 ch.berchtoldstag
		2013-04-01 ch.ostermontag
		2013-05-20 ch.pfingstmontag`)
	// St. Gallen: the government's answer to the 2019 motion for a 19 March
	// holiday (reported by 20 Minuten, 20 November 2019): the eight days equal
	// to Sundays are Neujahr, Karfreitag, Ostermontag, Auffahrt, Pfingstmontag,
	// Allerheiligen, Weihnachtstag, Stefanstag. Berchtoldstag is no holiday
	// though much work rests (Tagblatt, 31 December 2011): Optional.
	expectYear(t, "CH-SG", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-04-18 ch.karfreitag
		2025-04-21 ch.ostermontag
		2025-05-29 ch.auffahrt
		2025-06-09 ch.pfingstmontag
		2025-08-01 ch.bundesfeier
		2025-11-01 ch.allerheiligen
		2025-12-25 ch.weihnachten
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-SG", 2025, []Category{Optional}, `
		2025-01-02 ch.berchtoldstag`)
	expectYear(t, "CH-SG", 2013, nil, `
		2013-01-01 ch.neujahr
		2013-03-29 ch.karfreitag
		2013-04-01 ch.ostermontag
		2013-05-09 ch.auffahrt
		2013-05-20 ch.pfingstmontag
		2013-08-01 ch.bundesfeier
		2013-11-01 ch.allerheiligen
		2013-12-25 ch.weihnachten
		2013-12-26 ch.stephanstag`)
	expectYear(t, "CH-SG", 2013, []Category{Optional}, `
		2013-01-02 ch.berchtoldstag`)
	// Basel-Stadt and Basel-Landschaft: the cantons' welcome portals
	// (hallo-baselstadt.ch, hallo-baselland.ch, "Öffnungszeiten / Feiertage"):
	// Neujahr, Karfreitag, Ostermontag, 1. Mai, Auffahrt, Pfingstmontag,
	// 1. August, Weihnachten, Stephanstag. 2 January is a working day in both
	// (Volksstimme, 3 January 2019) and not listed.
	expectYear(t, "CH-BS", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-04-18 ch.karfreitag
		2025-04-21 ch.ostermontag
		2025-05-01 ch.tag-der-arbeit
		2025-05-29 ch.auffahrt
		2025-06-09 ch.pfingstmontag
		2025-08-01 ch.bundesfeier
		2025-12-25 ch.weihnachten
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-BS", 2005, nil, `
		2005-01-01 ch.neujahr
		2005-03-25 ch.karfreitag
		2005-03-28 ch.ostermontag
		2005-05-01 ch.tag-der-arbeit
		2005-05-05 ch.auffahrt
		2005-05-16 ch.pfingstmontag
		2005-08-01 ch.bundesfeier
		2005-12-25 ch.weihnachten
		2005-12-26 ch.stephanstag`)
	expectYear(t, "CH-BL", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-04-18 ch.karfreitag
		2025-04-21 ch.ostermontag
		2025-05-01 ch.tag-der-arbeit
		2025-05-29 ch.auffahrt
		2025-06-09 ch.pfingstmontag
		2025-08-01 ch.bundesfeier
		2025-12-25 ch.weihnachten
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-BL", 2005, nil, `
		2005-01-01 ch.neujahr
		2005-03-25 ch.karfreitag
		2005-03-28 ch.ostermontag
		2005-05-01 ch.tag-der-arbeit
		2005-05-05 ch.auffahrt
		2005-05-16 ch.pfingstmontag
		2005-08-01 ch.bundesfeier
		2005-12-25 ch.weihnachten
		2005-12-26 ch.stephanstag`)
	// Zug: feiertagskalender.ch (Kanton Zug, 2032): class 2 (equal to Sundays)
	// Neujahr, Karfreitag, Auffahrt, Fronleichnam, Mariä Himmelfahrt,
	// Allerheiligen, Mariä Empfängnis, Weihnachten, class 1 Bundesfeier;
	// Berchtoldstag, Ostermontag, Pfingstmontag, Stephanstag class 4
	// (customary: Optional).
	expectYear(t, "CH-ZG", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-04-18 ch.karfreitag
		2025-05-29 ch.auffahrt
		2025-06-19 ch.fronleichnam
		2025-08-01 ch.bundesfeier
		2025-08-15 ch.mariae-himmelfahrt
		2025-11-01 ch.allerheiligen
		2025-12-08 ch.mariae-empfaengnis
		2025-12-25 ch.weihnachten`)
	expectYear(t, "CH-ZG", 2025, []Category{Optional}, `
		2025-01-02 ch.berchtoldstag
		2025-04-21 ch.ostermontag
		2025-06-09 ch.pfingstmontag
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-ZG", 2005, nil, `
		2005-01-01 ch.neujahr
		2005-03-25 ch.karfreitag
		2005-05-05 ch.auffahrt
		2005-05-26 ch.fronleichnam
		2005-08-01 ch.bundesfeier
		2005-08-15 ch.mariae-himmelfahrt
		2005-11-01 ch.allerheiligen
		2005-12-08 ch.mariae-empfaengnis
		2005-12-25 ch.weihnachten`)
	expectYear(t, "CH-ZG", 2005, []Category{Optional}, `
		2005-01-02 ch.berchtoldstag
		2005-03-28 ch.ostermontag
		2005-05-16 ch.pfingstmontag
		2005-12-26 ch.stephanstag`)
	// Fribourg: the canton's page "Gesetzliche Feiertage und dienstfreie
	// Tage" (fr.ch, Feiertage 2024): nine days in the Catholic communes (with
	// Fronleichnam, Mariä Himmelfahrt, Allerheiligen, Mariä Empfängnis) and in
	// the Reformed ones (with Berchtoldstag, Ostermontag, Pfingstmontag,
	// Stephanstag); the days of one part only are Optional (ch.go).
	expectYear(t, "CH-FR", 2024, nil, `
		2024-01-01 ch.neujahr
		2024-03-29 ch.karfreitag
		2024-05-09 ch.auffahrt
		2024-08-01 ch.bundesfeier
		2024-12-25 ch.weihnachten`)
	expectYear(t, "CH-FR", 2024, []Category{Optional}, `
		2024-01-02 ch.berchtoldstag
		2024-04-01 ch.ostermontag
		2024-05-20 ch.pfingstmontag
		2024-05-30 ch.fronleichnam
		2024-08-15 ch.mariae-himmelfahrt
		2024-11-01 ch.allerheiligen
		2024-12-08 ch.mariae-empfaengnis
		2024-12-26 ch.stephanstag`)
	expectYear(t, "CH-FR", 2005, nil, `
		2005-01-01 ch.neujahr
		2005-03-25 ch.karfreitag
		2005-05-05 ch.auffahrt
		2005-08-01 ch.bundesfeier
		2005-12-25 ch.weihnachten`)
	expectYear(t, "CH-FR", 2005, []Category{Optional}, `
		2005-01-02 ch.berchtoldstag
		2005-03-28 ch.ostermontag
		2005-05-16 ch.pfingstmontag
		2005-05-26 ch.fronleichnam
		2005-08-15 ch.mariae-himmelfahrt
		2005-11-01 ch.allerheiligen
		2005-12-08 ch.mariae-empfaengnis
		2005-12-26 ch.stephanstag`)
	// Valais: the canton's list (valais4you.ch, "Feiertage"): Neujahr,
	// St. Joseph, Auffahrt, Fronleichnam, 1. August, Mariä Himmelfahrt,
	// Allerheiligen, Mariä Empfängnis, Weihnachten; Good Friday, Easter and
	// Whit Monday and 26 December are no official holidays, granted by some
	// employers. The package lists Easter and Whit Monday, 26 December (and
	// Berchtoldstag) as Optional and Good Friday not at all (a working day,
	// Walliser Zeitung on Good Friday in Valais).
	expectYear(t, "CH-VS", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-03-19 ch.josefstag
		2025-05-29 ch.auffahrt
		2025-06-19 ch.fronleichnam
		2025-08-01 ch.bundesfeier
		2025-08-15 ch.mariae-himmelfahrt
		2025-11-01 ch.allerheiligen
		2025-12-08 ch.mariae-empfaengnis
		2025-12-25 ch.weihnachten`)
	expectYear(t, "CH-VS", 2025, []Category{Optional}, `
		2025-01-02 ch.berchtoldstag
		2025-04-21 ch.ostermontag
		2025-06-09 ch.pfingstmontag
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-VS", 2005, nil, `
		2005-01-01 ch.neujahr
		2005-03-19 ch.josefstag
		2005-05-05 ch.auffahrt
		2005-05-26 ch.fronleichnam
		2005-08-01 ch.bundesfeier
		2005-08-15 ch.mariae-himmelfahrt
		2005-11-01 ch.allerheiligen
		2005-12-08 ch.mariae-empfaengnis
		2005-12-25 ch.weihnachten`)
	expectYear(t, "CH-VS", 2005, []Category{Optional}, `
		2005-01-02 ch.berchtoldstag
		2005-03-28 ch.ostermontag
		2005-05-16 ch.pfingstmontag
		2005-12-26 ch.stephanstag`)
	// Graubünden: Ruhetagsgesetz (BR 520.100, 22 September 1985) Art. 2
	// Abs. 1 lit. b: Neujahr, Karfreitag, Ostermontag, Auffahrt,
	// Pfingstmontag, Weihnachtstag, Stefanstag (the Catholic days are local
	// rest days of single communes, Art. 3).
	expectYear(t, "CH-GR", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-04-18 ch.karfreitag
		2025-04-21 ch.ostermontag
		2025-05-29 ch.auffahrt
		2025-06-09 ch.pfingstmontag
		2025-08-01 ch.bundesfeier
		2025-12-25 ch.weihnachten
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-GR", 2000, nil, `
		2000-01-01 ch.neujahr
		2000-04-21 ch.karfreitag
		2000-04-24 ch.ostermontag
		2000-06-01 ch.auffahrt
		2000-06-12 ch.pfingstmontag
		2000-08-01 ch.bundesfeier
		2000-12-25 ch.weihnachten
		2000-12-26 ch.stephanstag`)
	// Thurgau: Berchtoldstag is a cantonal public rest day (Bern, Aargau and
	// Thurgau, per the Schaffhausen government in 2019, bluewin/SDA
	// 6 May 2019) and 1 May a legal holiday (Blick, "Tag der Arbeit: diese
	// Kantone haben am 1. Mai frei"); 2009 as listed by worldpublicholiday.com
	// (Kanton Thurgau 2009).
	expectYear(t, "CH-TG", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-01-02 ch.berchtoldstag
		2025-04-18 ch.karfreitag
		2025-04-21 ch.ostermontag
		2025-05-01 ch.tag-der-arbeit
		2025-05-29 ch.auffahrt
		2025-06-09 ch.pfingstmontag
		2025-08-01 ch.bundesfeier
		2025-12-25 ch.weihnachten
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-TG", 2009, nil, `
		2009-01-01 ch.neujahr
		2009-01-02 ch.berchtoldstag
		2009-04-10 ch.karfreitag
		2009-04-13 ch.ostermontag
		2009-05-01 ch.tag-der-arbeit
		2009-05-21 ch.auffahrt
		2009-06-01 ch.pfingstmontag
		2009-08-01 ch.bundesfeier
		2009-12-25 ch.weihnachten
		2009-12-26 ch.stephanstag`)
	// Schwyz: feiertagskalender.ch (Kanton Schwyz, legally recognised
	// holidays 2027): Neujahr, Dreikönige, Josefstag, Karfreitag, Ostermontag,
	// Auffahrt, Pfingstmontag, Fronleichnam, Bundesfeier, Mariä Himmelfahrt,
	// Allerheiligen, Mariä Empfängnis, Weihnachten, Stephanstag.
	expectYear(t, "CH-SZ", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-01-06 ch.heilige-drei-koenige
		2025-03-19 ch.josefstag
		2025-04-18 ch.karfreitag
		2025-04-21 ch.ostermontag
		2025-05-29 ch.auffahrt
		2025-06-09 ch.pfingstmontag
		2025-06-19 ch.fronleichnam
		2025-08-01 ch.bundesfeier
		2025-08-15 ch.mariae-himmelfahrt
		2025-11-01 ch.allerheiligen
		2025-12-08 ch.mariae-empfaengnis
		2025-12-25 ch.weihnachten
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-SZ", 2005, nil, `
		2005-01-01 ch.neujahr
		2005-01-06 ch.heilige-drei-koenige
		2005-03-19 ch.josefstag
		2005-03-25 ch.karfreitag
		2005-03-28 ch.ostermontag
		2005-05-05 ch.auffahrt
		2005-05-16 ch.pfingstmontag
		2005-05-26 ch.fronleichnam
		2005-08-01 ch.bundesfeier
		2005-08-15 ch.mariae-himmelfahrt
		2005-11-01 ch.allerheiligen
		2005-12-08 ch.mariae-empfaengnis
		2005-12-25 ch.weihnachten
		2005-12-26 ch.stephanstag`)
	// Schaffhausen: 1 May a legal holiday (Blick, as for Thurgau);
	// Berchtoldstag by law a working day although the administration and most
	// shops close (the Kantonsrat's vote of 6 May 2019, bluewin/SDA): Optional.
	expectYear(t, "CH-SH", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-04-18 ch.karfreitag
		2025-04-21 ch.ostermontag
		2025-05-01 ch.tag-der-arbeit
		2025-05-29 ch.auffahrt
		2025-06-09 ch.pfingstmontag
		2025-08-01 ch.bundesfeier
		2025-12-25 ch.weihnachten
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-SH", 2025, []Category{Optional}, `
		2025-01-02 ch.berchtoldstag`)
	expectYear(t, "CH-SH", 2005, nil, `
		2005-01-01 ch.neujahr
		2005-03-25 ch.karfreitag
		2005-03-28 ch.ostermontag
		2005-05-01 ch.tag-der-arbeit
		2005-05-05 ch.auffahrt
		2005-05-16 ch.pfingstmontag
		2005-08-01 ch.bundesfeier
		2005-12-25 ch.weihnachten
		2005-12-26 ch.stephanstag`)
	expectYear(t, "CH-SH", 2005, []Category{Optional}, `
		2005-01-02 ch.berchtoldstag`)
	// Jura: Loi sur les jours fériés officiels et le repos dominical
	// (31 August 2022) art. 3: Nouvel-An, 2 janvier, Vendredi saint, lundi de
	// Pâques, 1er mai, Ascension, lundi de Pentecôte, Fête-Dieu, 23 juin,
	// 1er août, Assomption, Toussaint, Noël (no 26 December). 2018, under the
	// earlier law, as listed by officeholidays.com (Jura 2018).
	expectYear(t, "CH-JU", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-01-02 ch.berchtoldstag
		2025-04-18 ch.karfreitag
		2025-04-21 ch.ostermontag
		2025-05-01 ch.tag-der-arbeit
		2025-05-29 ch.auffahrt
		2025-06-09 ch.pfingstmontag
		2025-06-19 ch.fronleichnam
		2025-06-23 ch.commemoration-plebiscite
		2025-08-01 ch.bundesfeier
		2025-08-15 ch.mariae-himmelfahrt
		2025-11-01 ch.allerheiligen
		2025-12-25 ch.weihnachten`)
	expectYear(t, "CH-JU", 2018, nil, `
		2018-01-01 ch.neujahr
		2018-01-02 ch.berchtoldstag
		2018-03-30 ch.karfreitag
		2018-04-02 ch.ostermontag
		2018-05-01 ch.tag-der-arbeit
		2018-05-10 ch.auffahrt
		2018-05-21 ch.pfingstmontag
		2018-05-31 ch.fronleichnam
		2018-06-23 ch.commemoration-plebiscite
		2018-08-01 ch.bundesfeier
		2018-08-15 ch.mariae-himmelfahrt
		2018-11-01 ch.allerheiligen
		2018-12-25 ch.weihnachten`)
	// Nidwalden: Ruhetagsgesetz (NG 921.1, 1 June 2005) Art. 2: hohe
	// Feiertage Karfreitag and Weihnachtstag; Feiertage Neujahr, Josefstag,
	// Auffahrt, Fronleichnam, Bundesfeiertag, Maria Himmelfahrt,
	// Allerheiligen, Maria Empfängnis. The rest is customary (Optional).
	expectYear(t, "CH-NW", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-03-19 ch.josefstag
		2025-04-18 ch.karfreitag
		2025-05-29 ch.auffahrt
		2025-06-19 ch.fronleichnam
		2025-08-01 ch.bundesfeier
		2025-08-15 ch.mariae-himmelfahrt
		2025-11-01 ch.allerheiligen
		2025-12-08 ch.mariae-empfaengnis
		2025-12-25 ch.weihnachten`)
	expectYear(t, "CH-NW", 2025, []Category{Optional}, `
		2025-01-02 ch.berchtoldstag
		2025-04-21 ch.ostermontag
		2025-06-09 ch.pfingstmontag
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-NW", 2008, nil, `
		2008-01-01 ch.neujahr
		2008-03-19 ch.josefstag
		2008-03-21 ch.karfreitag
		2008-05-01 ch.auffahrt
		2008-05-22 ch.fronleichnam
		2008-08-01 ch.bundesfeier
		2008-08-15 ch.mariae-himmelfahrt
		2008-11-01 ch.allerheiligen
		2008-12-08 ch.mariae-empfaengnis
		2008-12-25 ch.weihnachten`)
	expectYear(t, "CH-NW", 2008, []Category{Optional}, `
		2008-01-02 ch.berchtoldstag
		2008-03-24 ch.ostermontag
		2008-05-12 ch.pfingstmontag
		2008-12-26 ch.stephanstag`)
	// Obwalden: Kantonale Feiertagsverordnung (6 February 1969) Art. 1:
	// Neujahr, Karfreitag, Auffahrt, Fronleichnam, Mariä Himmelfahrt,
	// Bruderklausenfest (25 September), Allerheiligen, Mariä Empfängnis,
	// Weihnachten (with the Bundesfeier since 1994).
	expectYear(t, "CH-OW", 2025, nil, `
		2025-01-01 ch.neujahr
		2025-04-18 ch.karfreitag
		2025-05-29 ch.auffahrt
		2025-06-19 ch.fronleichnam
		2025-08-01 ch.bundesfeier
		2025-08-15 ch.mariae-himmelfahrt
		2025-09-25 ch.bruder-klaus
		2025-11-01 ch.allerheiligen
		2025-12-08 ch.mariae-empfaengnis
		2025-12-25 ch.weihnachten`)
	expectYear(t, "CH-OW", 2025, []Category{Optional}, `
		2025-01-02 ch.berchtoldstag
		2025-04-21 ch.ostermontag
		2025-06-09 ch.pfingstmontag
		2025-12-26 ch.stephanstag`)
	expectYear(t, "CH-OW", 2005, nil, `
		2005-01-01 ch.neujahr
		2005-03-25 ch.karfreitag
		2005-05-05 ch.auffahrt
		2005-05-26 ch.fronleichnam
		2005-08-01 ch.bundesfeier
		2005-08-15 ch.mariae-himmelfahrt
		2005-09-25 ch.bruder-klaus
		2005-11-01 ch.allerheiligen
		2005-12-08 ch.mariae-empfaengnis
		2005-12-25 ch.weihnachten`)
	expectYear(t, "CH-OW", 2005, []Category{Optional}, `
		2005-01-02 ch.berchtoldstag
		2005-03-28 ch.ostermontag
		2005-05-16 ch.pfingstmontag
		2005-12-26 ch.stephanstag`)
}
