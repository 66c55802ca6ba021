package holidays

import "time"

// belgium: the ten legal holidays of the royal decree of 18 April 1974
// (names in Dutch / French). A holiday on a Sunday is replaced by a day the
// employer chooses, not by a fixed date, so no substitute days are modelled.
// Two holidays on one date is another matter: the law of 4 January 1974
// guarantees ten holidays a year, and when Ascension Day fell on 1 May 2008
// (the only such year since 1974; next in 2160) the royal decree of 3 June
// 2007 (BS 14 June 2007) made Friday 2 May 2008 the legal holiday in place
// of Ascension Day. The royal decree of 10 February 2008 let joint
// committees and enterprises replace it by another working day; 2 May is
// the day the law set, so it is Public.
// The community holidays (11 July, 27 September, 15 November) apply only to
// community public services and are not included.
func belgium() *country {
	return &country{
		code: "BE", name: "België / Belgique", nameEN: "Belgium",
		rules: []*rule{
			fixed("be.nieuwjaar", "Nieuwjaar / Jour de l'an", "New Year's Day", time.January, 1),
			easter("be.paasmaandag", "Paasmaandag / Lundi de Pâques", "Easter Monday", 1),
			fixed("be.dag-van-de-arbeid", "Dag van de Arbeid / Fête du Travail", "Labour Day", time.May, 1),
			easter("be.hemelvaart", "O.L.H. Hemelvaart / Ascension", "Ascension Day", 39),
			once("be.hemelvaart", "O.L.H. Hemelvaart (vervangingsdag) / Ascension (jour de remplacement)", "Ascension Day (replacement day)", 2008, time.May, 2).replacing(),
			easter("be.pinkstermaandag", "Pinkstermaandag / Lundi de Pentecôte", "Whit Monday", 50),
			fixed("be.nationale-feestdag", "Nationale feestdag / Fête nationale", "National Day", time.July, 21),
			fixed("be.olv-hemelvaart", "O.L.V. Hemelvaart / Assomption", "Assumption Day", time.August, 15),
			fixed("be.allerheiligen", "Allerheiligen / Toussaint", "All Saints' Day", time.November, 1),
			fixed("be.wapenstilstand", "Wapenstilstand / Armistice", "Armistice Day", time.November, 11),
			fixed("be.kerstmis", "Kerstmis / Noël", "Christmas Day", time.December, 25),
		},
	}
}
