package holidays

import "time"

// slovenia: Zakon o praznikih in dela prostih dnevih v Republiki Sloveniji:
// 2 January was not a day off 2013–2016 (restored from 2017); the one-off
// day of solidarity after the floods, 14 August 2023. Reformation Day (31
// October) has been a day off since 1992.
func slovenia() *country {
	return &country{
		code: "SI", name: "Slovenija", nameEN: "Slovenia",
		rules: []*rule{
			fixed("si.novo-leto", "Novo leto", "New Year's Day", time.January, 1),
			fixed("si.novo-leto-2", "Novo leto (2. januar)", "New Year's Day (2 January)", time.January, 2).except(2013, 2014, 2015, 2016),
			fixed("si.presernov-dan", "Prešernov dan, slovenski kulturni praznik", "Prešeren Day", time.February, 8),
			easter("si.velikonocna-nedelja", "Velikonočna nedelja", "Easter Sunday", 0),
			easter("si.velikonocni-ponedeljek", "Velikonočni ponedeljek", "Easter Monday", 1),
			fixed("si.dan-upora", "Dan upora proti okupatorju", "Day of Uprising Against Occupation", time.April, 27),
			fixed("si.praznik-dela", "Praznik dela", "Labour Day", time.May, 1),
			fixed("si.praznik-dela-2", "Praznik dela (2. maj)", "Labour Day (2 May)", time.May, 2),
			easter("si.binkostna-nedelja", "Binkoštna nedelja", "Whit Sunday", 49),
			fixed("si.dan-drzavnosti", "Dan državnosti", "Statehood Day", time.June, 25),
			once("si.dan-solidarnosti", "Dan solidarnosti", "Day of Solidarity", 2023, time.August, 14),
			fixed("si.marijino-vnebovzetje", "Marijino vnebovzetje", "Assumption Day", time.August, 15),
			fixed("si.dan-reformacije", "Dan reformacije", "Reformation Day", time.October, 31),
			fixed("si.dan-spomina-na-mrtve", "Dan spomina na mrtve", "All Saints' Day", time.November, 1),
			fixed("si.bozic", "Božič", "Christmas Day", time.December, 25),
			fixed("si.dan-samostojnosti", "Dan samostojnosti in enotnosti", "Independence and Unity Day", time.December, 26),
		},
	}
}
