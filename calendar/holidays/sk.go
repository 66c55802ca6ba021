package holidays

import "time"

// slovakia: Zákon 241/1993 Z. z. o štátnych sviatkoch, dňoch pracovného
// pokoja a pamätných dňoch. The consolidation laws took the day off from
// some days that stay state holidays or feasts: 1 September (Constitution
// Day) from 2024, 17 November from 2025, and 8 May and 15 September in
// 2026 only. Listed here are the days of rest ("dni pracovného pokoja");
// the one-off 30 October 2018 (the centenary of the Declaration of the
// Slovak Nation) included.
func slovakia() *country {
	return &country{
		code: "SK", name: "Slovensko", nameEN: "Slovakia",
		rules: []*rule{
			fixed("sk.den-vzniku-sr", "Deň vzniku Slovenskej republiky", "Day of the Establishment of the Slovak Republic", time.January, 1),
			fixed("sk.zjavenie-pana", "Zjavenie Pána (Traja králi)", "Epiphany", time.January, 6),
			easter("sk.velky-piatok", "Veľký piatok", "Good Friday", -2),
			easter("sk.velkonocny-pondelok", "Veľkonočný pondelok", "Easter Monday", 1),
			fixed("sk.sviatok-prace", "Sviatok práce", "Labour Day", time.May, 1),
			fixed("sk.den-vitazstva", "Deň víťazstva nad fašizmom", "Victory over Fascism Day", time.May, 8).except(2026),
			fixed("sk.cyril-a-metod", "Sviatok svätého Cyrila a svätého Metoda", "Saints Cyril and Methodius", time.July, 5),
			fixed("sk.snp", "Výročie Slovenského národného povstania", "Slovak National Uprising Anniversary", time.August, 29),
			fixed("sk.den-ustavy", "Deň Ústavy Slovenskej republiky", "Constitution Day", time.September, 1).until(2023),
			fixed("sk.sedembolestna", "Sedembolestná Panna Mária", "Our Lady of Sorrows", time.September, 15).except(2026),
			once("sk.deklaracia-slovenskeho-naroda", "100. výročie prijatia Deklarácie slovenského národa", "Centenary of the Declaration of the Slovak Nation", 2018, time.October, 30),
			fixed("sk.vsetkych-svatych", "Sviatok Všetkých svätých", "All Saints' Day", time.November, 1),
			fixed("sk.den-boja-za-slobodu", "Deň boja za slobodu a demokraciu", "Struggle for Freedom and Democracy Day", time.November, 17).years(2001, 2024),
			fixed("sk.stedry-den", "Štedrý deň", "Christmas Eve", time.December, 24),
			fixed("sk.prvy-sviatok-vianocny", "Prvý sviatok vianočný", "Christmas Day", time.December, 25),
			fixed("sk.druhy-sviatok-vianocny", "Druhý sviatok vianočný", "Second Day of Christmas", time.December, 26),
		},
	}
}
