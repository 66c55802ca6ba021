package holidays

import "time"

// iceland: Lög um 36. gr. laga nr. 88/1971 (frídagar): First Day of Summer
// is the Thursday from 19 to 25 April, Commerce Day the first Monday in
// August; Christmas Eve and New Year's Eve are holidays from 13:00
// (HalfDay).
func iceland() *country {
	return &country{
		code: "IS", name: "Ísland", nameEN: "Iceland",
		rules: []*rule{
			fixed("is.nyarsdagur", "Nýársdagur", "New Year's Day", time.January, 1),
			easter("is.skirdagur", "Skírdagur", "Maundy Thursday", -3),
			easter("is.foestudagurinn-langi", "Föstudagurinn langi", "Good Friday", -2),
			easter("is.paskadagur", "Páskadagur", "Easter Sunday", 0),
			easter("is.annar-i-paskum", "Annar í páskum", "Easter Monday", 1),
			onOrAfter("is.sumardagurinn-fyrsti", "Sumardagurinn fyrsti", "First Day of Summer", time.April, 19, time.Thursday),
			fixed("is.verkalydsdagurinn", "Verkalýðsdagurinn", "Labour Day", time.May, 1),
			easter("is.uppstigningardagur", "Uppstigningardagur", "Ascension Day", 39),
			easter("is.hvitasunnudagur", "Hvítasunnudagur", "Whit Sunday", 49),
			easter("is.annar-i-hvitasunnu", "Annar í hvítasunnu", "Whit Monday", 50),
			fixed("is.thjodhatidardagurinn", "Þjóðhátíðardagurinn", "National Day", time.June, 17),
			nth("is.fridagur-verslunarmanna", "Frídagur verslunarmanna", "Commerce Day", time.August, time.Monday, 1),
			fixed("is.adfangadagur", "Aðfangadagur (frá kl. 13)", "Christmas Eve (from 1 p.m.)", time.December, 24).category(HalfDay),
			fixed("is.joladagur", "Jóladagur", "Christmas Day", time.December, 25),
			fixed("is.annar-i-jolum", "Annar í jólum", "Second Day of Christmas", time.December, 26),
			fixed("is.gamlarsdagur", "Gamlársdagur (frá kl. 13)", "New Year's Eve (from 1 p.m.)", time.December, 31).category(HalfDay),
		},
	}
}
