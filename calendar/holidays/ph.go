package holidays

import "time"

// philippines: the regular holidays and the nationwide special
// (non-working) days of the Administrative Code of 1987 (EO 292, s. 26) as
// amended by Republic Acts 9177 (Eid'l Fitr, 2002), 9256 (Ninoy Aquino
// Day, 2004), 9492 (National Heroes Day on the last Monday of August,
// 2007), 9849 (Eid'l Adha, 2010) and 10966 (the Immaculate Conception,
// 2017), and the President's yearly proclamation. Regular holidays are
// Public; special non-working days ("no work, no pay"; banks and
// government offices close) are Bank: Chinese New Year (since 2012), the
// EDSA Revolution anniversary (until 2023), Black Saturday, Ninoy Aquino
// Day, All Saints' Day, the Immaculate Conception and the last day of the
// year. The Eid dates are proclaimed after the moon sighting: kept for
// 2023–2025 (Proclamations of the Office of the President), else the
// tabular estimate. Not modelled: the additional special days and the
// moves of holidays to Mondays that a year's proclamation may add.
func philippines() *country {
	const src = "Office of the President of the Philippines (proclamation)"
	fitr := announcedDates(10, 1, src, "2023-04-21", "2024-04-10", "2025-04-01")
	adha := announcedDates(12, 10, src, "2023-06-28", "2024-06-17", "2025-06-06")
	return &country{
		code: "PH", name: "Pilipinas", nameEN: "Philippines",
		rules: []*rule{
			fixed("ph.new-year", "Araw ng Bagong Taon", "New Year's Day", time.January, 1),
			newRule("ph.chinese-new-year", "Bagong Taon ng mga Tsino", "Chinese New Year", lunarNewYearWhen(0, zoneUTC8)).since(2012).category(Bank),
			fixed("ph.edsa", "Anibersaryo ng Rebolusyon sa EDSA", "EDSA People Power Revolution Anniversary", time.February, 25).years(2002, 2023).category(Bank),
			easter("ph.maundy-thursday", "Huwebes Santo", "Maundy Thursday", -3),
			easter("ph.good-friday", "Biyernes Santo", "Good Friday", -2),
			easter("ph.black-saturday", "Sabado de Gloria", "Black Saturday", -1).category(Bank),
			fixed("ph.araw-ng-kagitingan", "Araw ng Kagitingan", "Day of Valor", time.April, 9),
			fixed("ph.labor-day", "Araw ng Paggawa", "Labor Day", time.May, 1),
			fixed("ph.independence-day", "Araw ng Kalayaan", "Independence Day", time.June, 12),
			islamicRule("ph.eidl-fitr", "Eid'l Fitr", "Eid'l Fitr", 10, 1, 0, fitr).since(2002),
			islamicRule("ph.eidl-adha", "Eid'l Adha", "Eid'l Adha", 12, 10, 0, adha).since(2010),
			fixed("ph.ninoy-aquino-day", "Araw ng Kabayanihan ni Ninoy Aquino", "Ninoy Aquino Day", time.August, 21).since(2004).category(Bank),
			fixed("ph.national-heroes-day", "Araw ng mga Bayani", "National Heroes Day", time.August, 31).until(2006),
			nth("ph.national-heroes-day", "Araw ng mga Bayani", "National Heroes Day", time.August, time.Monday, -1).since(2007),
			fixed("ph.all-saints-day", "Araw ng mga Santo", "All Saints' Day", time.November, 1).category(Bank),
			fixed("ph.bonifacio-day", "Araw ni Bonifacio", "Bonifacio Day", time.November, 30),
			fixed("ph.immaculate-conception", "Kapistahan ng Immaculada Concepcion", "Feast of the Immaculate Conception", time.December, 8).since(2017).category(Bank),
			fixed("ph.christmas", "Araw ng Pasko", "Christmas Day", time.December, 25),
			fixed("ph.rizal-day", "Araw ni Rizal", "Rizal Day", time.December, 30),
			fixed("ph.last-day", "Huling Araw ng Taon", "Last Day of the Year", time.December, 31).category(Bank),
		},
	}
}
