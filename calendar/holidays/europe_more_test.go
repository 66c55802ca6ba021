package holidays

import "testing"

// The complete holiday lists (all categories) of the other European
// countries and South Africa, against the sources cited per table.
func TestEuropeMoreTables(t *testing.T) {
	all := allCategories
	// DGAEP, "Feriados" 2024 (Código do Trabalho art. 234).
	expectYear(t, "PT", 2024, all, `
		2024-01-01 pt.ano-novo
		2024-02-13 pt.carnaval
		2024-03-29 pt.sexta-feira-santa
		2024-03-31 pt.pascoa
		2024-04-25 pt.dia-da-liberdade
		2024-05-01 pt.dia-do-trabalhador
		2024-05-30 pt.corpo-de-deus
		2024-06-10 pt.dia-de-portugal
		2024-08-15 pt.assuncao
		2024-10-05 pt.implantacao-da-republica
		2024-11-01 pt.todos-os-santos
		2024-12-01 pt.restauracao-da-independencia
		2024-12-08 pt.imaculada-conceicao
		2024-12-25 pt.natal`)
	// Lei 23/2012: Corpus Christi, 5 October, 1 November and 1 December suspended 2013–2015.
	expectYear(t, "PT", 2014, all, `
		2014-01-01 pt.ano-novo
		2014-03-04 pt.carnaval
		2014-04-18 pt.sexta-feira-santa
		2014-04-20 pt.pascoa
		2014-04-25 pt.dia-da-liberdade
		2014-05-01 pt.dia-do-trabalhador
		2014-06-10 pt.dia-de-portugal
		2014-08-15 pt.assuncao
		2014-12-08 pt.imaculada-conceicao
		2014-12-25 pt.natal`)
	// Codul muncii art. 139 as amended (Legea 17/2024: 6 and 7 January).
	expectYear(t, "RO", 2024, all, `
		2024-01-01 ro.anul-nou
		2024-01-02 ro.anul-nou-2
		2024-01-06 ro.boboteaza
		2024-01-07 ro.sfantul-ioan
		2024-01-24 ro.unirea-principatelor
		2024-05-01 ro.ziua-muncii
		2024-05-03 ro.vinerea-mare
		2024-05-05 ro.pastele
		2024-05-06 ro.a-doua-zi-de-paste
		2024-06-01 ro.ziua-copilului
		2024-06-23 ro.rusaliile
		2024-06-24 ro.a-doua-zi-de-rusalii
		2024-08-15 ro.adormirea-maicii-domnului
		2024-11-30 ro.sfantul-andrei
		2024-12-01 ro.ziua-nationala
		2024-12-25 ro.craciunul
		2024-12-26 ro.a-doua-zi-de-craciun`)
	// Codul muncii art. 134 (2010): Rusalii from 2008, 15 August from 2009.
	expectYear(t, "RO", 2010, all, `
		2010-01-01 ro.anul-nou
		2010-01-02 ro.anul-nou-2
		2010-04-04 ro.pastele
		2010-04-05 ro.a-doua-zi-de-paste
		2010-05-01 ro.ziua-muncii
		2010-05-23 ro.rusaliile
		2010-05-24 ro.a-doua-zi-de-rusalii
		2010-08-15 ro.adormirea-maicii-domnului
		2010-12-01 ro.ziua-nationala
		2010-12-25 ro.craciunul
		2010-12-26 ro.a-doua-zi-de-craciun`)
	// Mt. 102. § and 11/2024. (IV. 8.) NGM rendelet.
	expectYear(t, "HU", 2025, all, `
		2025-01-01 hu.ujev
		2025-03-15 hu.nemzeti-unnep-marcius
		2025-04-18 hu.nagypentek
		2025-04-20 hu.husvet
		2025-04-21 hu.husvethetfo
		2025-05-01 hu.a-munka-unnepe
		2025-05-02 hu.athelyezett-pihenonap
		2025-06-08 hu.punkosd
		2025-06-09 hu.punkosdhetfo
		2025-08-20 hu.allamalapitas
		2025-10-23 hu.nemzeti-unnep-oktober
		2025-10-24 hu.athelyezett-pihenonap
		2025-11-01 hu.mindenszentek
		2025-12-24 hu.athelyezett-pihenonap
		2025-12-25 hu.karacsony
		2025-12-26 hu.karacsony-2`)
	// Zákon 241/1993 as amended: 1 September and 17 November not days of rest.
	expectYear(t, "SK", 2025, all, `
		2025-01-01 sk.den-vzniku-sr
		2025-01-06 sk.zjavenie-pana
		2025-04-18 sk.velky-piatok
		2025-04-21 sk.velkonocny-pondelok
		2025-05-01 sk.sviatok-prace
		2025-05-08 sk.den-vitazstva
		2025-07-05 sk.cyril-a-metod
		2025-08-29 sk.snp
		2025-09-15 sk.sedembolestna
		2025-11-01 sk.vsetkych-svatych
		2025-12-24 sk.stedry-den
		2025-12-25 sk.prvy-sviatok-vianocny
		2025-12-26 sk.druhy-sviatok-vianocny`)
	// Zákon 241/1993 and the one-off 30 October 2018.
	expectYear(t, "SK", 2018, all, `
		2018-01-01 sk.den-vzniku-sr
		2018-01-06 sk.zjavenie-pana
		2018-03-30 sk.velky-piatok
		2018-04-02 sk.velkonocny-pondelok
		2018-05-01 sk.sviatok-prace
		2018-05-08 sk.den-vitazstva
		2018-07-05 sk.cyril-a-metod
		2018-08-29 sk.snp
		2018-09-01 sk.den-ustavy
		2018-09-15 sk.sedembolestna
		2018-10-30 sk.deklaracia-slovenskeho-naroda
		2018-11-01 sk.vsetkych-svatych
		2018-11-17 sk.den-boja-za-slobodu
		2018-12-24 sk.stedry-den
		2018-12-25 sk.prvy-sviatok-vianocny
		2018-12-26 sk.druhy-sviatok-vianocny`)
	// Zakon o praznikih in dela prostih dnevih.
	expectYear(t, "SI", 2024, all, `
		2024-01-01 si.novo-leto
		2024-01-02 si.novo-leto-2
		2024-02-08 si.presernov-dan
		2024-03-31 si.velikonocna-nedelja
		2024-04-01 si.velikonocni-ponedeljek
		2024-04-27 si.dan-upora
		2024-05-01 si.praznik-dela
		2024-05-02 si.praznik-dela-2
		2024-05-19 si.binkostna-nedelja
		2024-06-25 si.dan-drzavnosti
		2024-08-15 si.marijino-vnebovzetje
		2024-10-31 si.dan-reformacije
		2024-11-01 si.dan-spomina-na-mrtve
		2024-12-25 si.bozic
		2024-12-26 si.dan-samostojnosti`)
	// 2 January not a day off 2013–2016.
	expectYear(t, "SI", 2014, all, `
		2014-01-01 si.novo-leto
		2014-02-08 si.presernov-dan
		2014-04-20 si.velikonocna-nedelja
		2014-04-21 si.velikonocni-ponedeljek
		2014-04-27 si.dan-upora
		2014-05-01 si.praznik-dela
		2014-05-02 si.praznik-dela-2
		2014-06-08 si.binkostna-nedelja
		2014-06-25 si.dan-drzavnosti
		2014-08-15 si.marijino-vnebovzetje
		2014-10-31 si.dan-reformacije
		2014-11-01 si.dan-spomina-na-mrtve
		2014-12-25 si.bozic
		2014-12-26 si.dan-samostojnosti`)
	// Zakon o blagdanima, spomendanima i neradnim danima (NN 110/2019).
	expectYear(t, "HR", 2024, all, `
		2024-01-01 hr.nova-godina
		2024-01-06 hr.bogojavljenje
		2024-03-31 hr.uskrs
		2024-04-01 hr.uskrsni-ponedjeljak
		2024-05-01 hr.praznik-rada
		2024-05-30 hr.dan-drzavnosti
		2024-05-30 hr.tijelovo
		2024-06-22 hr.dan-antifasisticke-borbe
		2024-08-05 hr.dan-pobjede
		2024-08-15 hr.velika-gospa
		2024-11-01 hr.svi-sveti
		2024-11-18 hr.dan-sjecanja
		2024-12-25 hr.bozic
		2024-12-26 hr.sveti-stjepan`)
	// the law before NN 110/2019: Statehood Day 25 June, Independence Day 8 October.
	expectYear(t, "HR", 2019, all, `
		2019-01-01 hr.nova-godina
		2019-01-06 hr.bogojavljenje
		2019-04-21 hr.uskrs
		2019-04-22 hr.uskrsni-ponedjeljak
		2019-05-01 hr.praznik-rada
		2019-06-20 hr.tijelovo
		2019-06-22 hr.dan-antifasisticke-borbe
		2019-06-25 hr.dan-drzavnosti
		2019-08-05 hr.dan-pobjede
		2019-08-15 hr.velika-gospa
		2019-10-08 hr.dan-neovisnosti
		2019-11-01 hr.svi-sveti
		2019-12-25 hr.bozic
		2019-12-26 hr.sveti-stjepan`)
	// Кодекс на труда чл. 154; Council of Ministers calendar 2024 (4 March, 23 September).
	expectYear(t, "BG", 2024, all, `
		2024-01-01 bg.nova-godina
		2024-03-03 bg.osvobozhdenie
		2024-03-04 bg.osvobozhdenie observed
		2024-05-01 bg.den-na-truda
		2024-05-03 bg.velikden-petak
		2024-05-04 bg.velikden-subota
		2024-05-05 bg.velikden
		2024-05-06 bg.gergyovden
		2024-05-06 bg.velikden-ponedelnik
		2024-05-24 bg.24-may
		2024-09-06 bg.saedinenie
		2024-09-22 bg.nezavisimost
		2024-09-23 bg.nezavisimost observed
		2024-12-24 bg.badni-vecher
		2024-12-25 bg.koleda
		2024-12-26 bg.koleda-2`)
	// Кодекс на труда чл. 154: 1 May on Easter Saturday gives 4 May; 27 and 28 December.
	expectYear(t, "BG", 2021, all, `
		2021-01-01 bg.nova-godina
		2021-03-03 bg.osvobozhdenie
		2021-04-30 bg.velikden-petak
		2021-05-01 bg.den-na-truda
		2021-05-01 bg.velikden-subota
		2021-05-02 bg.velikden
		2021-05-03 bg.velikden-ponedelnik
		2021-05-04 bg.den-na-truda observed
		2021-05-06 bg.gergyovden
		2021-05-24 bg.24-may
		2021-09-06 bg.saedinenie
		2021-09-22 bg.nezavisimost
		2021-12-24 bg.badni-vecher
		2021-12-25 bg.koleda
		2021-12-26 bg.koleda-2
		2021-12-27 bg.koleda observed
		2021-12-28 bg.koleda-2 observed`)
	// Ministry of Labour: 1 May 2024 moved to 7 May.
	expectYear(t, "GR", 2024, all, `
		2024-01-01 gr.protochronia
		2024-01-06 gr.theofaneia
		2024-03-18 gr.kathara-deftera
		2024-03-25 gr.ikosti-pempti-martiou
		2024-05-03 gr.megali-paraskevi
		2024-05-05 gr.pascha
		2024-05-06 gr.deftera-tou-pascha
		2024-05-07 gr.protomagia
		2024-06-24 gr.agiou-pnevmatos
		2024-08-15 gr.koimisi-tis-theotokou
		2024-10-28 gr.ochi
		2024-12-25 gr.christougenna
		2024-12-26 gr.synaxis-theotokou`)
	// Greek public holidays 2019.
	expectYear(t, "GR", 2019, all, `
		2019-01-01 gr.protochronia
		2019-01-06 gr.theofaneia
		2019-03-11 gr.kathara-deftera
		2019-03-25 gr.ikosti-pempti-martiou
		2019-04-26 gr.megali-paraskevi
		2019-04-28 gr.pascha
		2019-04-29 gr.deftera-tou-pascha
		2019-05-01 gr.protomagia
		2019-06-17 gr.agiou-pnevmatos
		2019-08-15 gr.koimisi-tis-theotokou
		2019-10-28 gr.ochi
		2019-12-25 gr.christougenna
		2019-12-26 gr.synaxis-theotokou`)
	// Church Act, Working Hours Act; Bank of Finland holidays 2024.
	expectYear(t, "FI", 2024, all, `
		2024-01-01 fi.uudenvuodenpaiva
		2024-01-06 fi.loppiainen
		2024-03-29 fi.pitkaperjantai
		2024-03-31 fi.paasiaispaiva
		2024-04-01 fi.toinen-paasiaispaiva
		2024-05-01 fi.vappu
		2024-05-09 fi.helatorstai
		2024-05-19 fi.helluntaipaiva
		2024-06-21 fi.juhannusaatto
		2024-06-22 fi.juhannuspaiva
		2024-11-02 fi.pyhainpaiva
		2024-12-06 fi.itsenaisyyspaiva
		2024-12-24 fi.jouluaatto
		2024-12-25 fi.joulupaiva
		2024-12-26 fi.tapaninpaiva`)
	// Pühade ja tähtpäevade seadus § 2.
	expectYear(t, "EE", 2024, all, `
		2024-01-01 ee.uusaasta
		2024-02-24 ee.iseseisvuspaev
		2024-03-29 ee.suur-reede
		2024-03-31 ee.ulestousmispuhade-1-puha
		2024-05-01 ee.kevadpuha
		2024-05-19 ee.nelipuhade-1-puha
		2024-06-23 ee.voidupuha
		2024-06-24 ee.jaanipaev
		2024-08-20 ee.taasiseseisvumispaev
		2024-12-24 ee.joululaupaev
		2024-12-25 ee.esimene-joulupuha
		2024-12-26 ee.teine-joulupuha`)
	// Likums "Par svētku, atceres un atzīmējamām dienām": 20 November for 18 November, 29 May and 10 July 2023.
	expectYear(t, "LV", 2023, all, `
		2023-01-01 lv.jaunais-gads
		2023-04-07 lv.liela-piektdiena
		2023-04-09 lv.lieldienas
		2023-04-10 lv.otras-lieldienas
		2023-05-01 lv.darba-svetki
		2023-05-04 lv.neatkaribas-atjaunosana
		2023-05-28 lv.vasarsvetki
		2023-05-29 lv.hokeja-bronza
		2023-06-23 lv.ligo
		2023-06-24 lv.jani
		2023-07-10 lv.dziesmu-svetki
		2023-11-18 lv.proklamesana
		2023-11-20 lv.proklamesana observed
		2023-12-24 lv.ziemassvetku-vakars
		2023-12-25 lv.ziemassvetki
		2023-12-26 lv.otrie-ziemassvetki
		2023-12-31 lv.vecgada-vakars`)
	// Darbo kodeksas art. 123.
	expectYear(t, "LT", 2024, all, `
		2024-01-01 lt.naujieji-metai
		2024-02-16 lt.valstybes-atkurimo-diena
		2024-03-11 lt.nepriklausomybes-atkurimo-diena
		2024-03-31 lt.velykos
		2024-04-01 lt.antroji-velyku-diena
		2024-05-01 lt.darbo-diena
		2024-06-24 lt.jonines
		2024-07-06 lt.valstybes-diena
		2024-08-15 lt.zolines
		2024-11-01 lt.visu-sventuju-diena
		2024-11-02 lt.mirusiuju-atminimo-diena
		2024-12-24 lt.kucios
		2024-12-25 lt.kaledos
		2024-12-26 lt.kaledos-2`)
	// Icelandic public holidays 2024.
	expectYear(t, "IS", 2024, all, `
		2024-01-01 is.nyarsdagur
		2024-03-28 is.skirdagur
		2024-03-29 is.foestudagurinn-langi
		2024-03-31 is.paskadagur
		2024-04-01 is.annar-i-paskum
		2024-04-25 is.sumardagurinn-fyrsti
		2024-05-01 is.verkalydsdagurinn
		2024-05-09 is.uppstigningardagur
		2024-05-19 is.hvitasunnudagur
		2024-05-20 is.annar-i-hvitasunnu
		2024-06-17 is.thjodhatidardagurinn
		2024-08-05 is.fridagur-verslunarmanna
		2024-12-24 is.adfangadagur
		2024-12-25 is.joladagur
		2024-12-26 is.annar-i-jolum
		2024-12-31 is.gamlarsdagur`)
	// Cap. 252 arts. 2 and 3.
	expectYear(t, "MT", 2024, all, `
		2024-01-01 mt.l-ewwel-tas-sena
		2024-02-10 mt.nawfragju-ta-san-pawl
		2024-03-19 mt.san-guzepp
		2024-03-29 mt.il-gimgha-l-kbira
		2024-03-31 mt.jum-il-helsien
		2024-05-01 mt.jum-il-haddiem
		2024-06-07 mt.sette-giugno
		2024-06-29 mt.l-imnarja
		2024-08-15 mt.santa-marija
		2024-09-08 mt.jum-il-vittorja
		2024-09-21 mt.jum-l-indipendenza
		2024-12-08 mt.il-kuncizzjoni
		2024-12-13 mt.jum-ir-repubblika
		2024-12-25 mt.il-milied`)
	// Government of Cyprus public holidays 2024.
	expectYear(t, "CY", 2024, all, `
		2024-01-01 cy.protochronia
		2024-01-06 cy.theofaneia
		2024-03-18 cy.kathara-deftera
		2024-03-25 cy.ethniki-eorti
		2024-04-01 cy.ethniki-eorti-kyprou
		2024-05-01 cy.protomagia
		2024-05-03 cy.megali-paraskevi
		2024-05-05 cy.pascha
		2024-05-06 cy.deftera-tou-pascha
		2024-05-07 cy.triti-tou-pascha
		2024-06-24 cy.kataklysmos
		2024-08-15 cy.koimisi-tis-theotokou
		2024-10-01 cy.imera-anexartisias
		2024-10-28 cy.ochi
		2024-12-24 cy.paramoni-christougennon
		2024-12-25 cy.christougenna
		2024-12-26 cy.deftera-christougennon`)
	// Zakon o državnim i drugim praznicima art. 3: 1 January on Sunday gives 3 January.
	expectYear(t, "RS", 2023, all, `
		2023-01-01 rs.nova-godina
		2023-01-02 rs.nova-godina-2
		2023-01-03 rs.nova-godina observed
		2023-01-07 rs.bozic
		2023-02-15 rs.sretenje
		2023-02-16 rs.sretenje-2
		2023-04-14 rs.veliki-petak
		2023-04-16 rs.vaskrs
		2023-04-17 rs.vaskrsni-ponedeljak
		2023-05-01 rs.praznik-rada
		2023-05-02 rs.praznik-rada-2
		2023-11-11 rs.dan-primirja`)
	// Public Holidays Act s. 2(1); 27 December 2022 declared.
	expectYear(t, "ZA", 2022, all, `
		2022-01-01 za.new-years-day
		2022-03-21 za.human-rights-day
		2022-04-15 za.good-friday
		2022-04-18 za.family-day
		2022-04-27 za.freedom-day
		2022-05-01 za.workers-day
		2022-05-02 za.workers-day observed
		2022-06-16 za.youth-day
		2022-08-09 za.national-womens-day
		2022-09-24 za.heritage-day
		2022-12-16 za.day-of-reconciliation
		2022-12-25 za.christmas-day
		2022-12-26 za.day-of-goodwill
		2022-12-27 za.declared-holiday`)
	// Public Holidays Act s. 2(1); election day 29 May 2024.
	expectYear(t, "ZA", 2024, all, `
		2024-01-01 za.new-years-day
		2024-03-21 za.human-rights-day
		2024-03-29 za.good-friday
		2024-04-01 za.family-day
		2024-04-27 za.freedom-day
		2024-05-01 za.workers-day
		2024-05-29 za.election-day
		2024-06-16 za.youth-day
		2024-06-17 za.youth-day observed
		2024-08-09 za.national-womens-day
		2024-09-24 za.heritage-day
		2024-12-16 za.day-of-reconciliation
		2024-12-25 za.christmas-day
		2024-12-26 za.day-of-goodwill`)
	// КЗпП art. 73 and 67 (days off 3, 4 and 10 May, 21 June, 27 December 2021).
	expectYear(t, "UA", 2021, all, `
		2021-01-01 ua.novyi-rik
		2021-01-07 ua.rizdvo-7-sichnia
		2021-03-08 ua.mizhnarodnyi-zhinochyi-den
		2021-05-01 ua.den-pratsi
		2021-05-02 ua.velykden
		2021-05-03 ua.den-pratsi observed
		2021-05-04 ua.velykden observed
		2021-05-09 ua.den-peremohy
		2021-05-10 ua.den-peremohy observed
		2021-06-20 ua.triitsia
		2021-06-21 ua.triitsia observed
		2021-06-28 ua.den-konstytutsii
		2021-08-24 ua.den-nezalezhnosti
		2021-10-14 ua.den-zakhysnykiv
		2021-12-25 ua.rizdvo
		2021-12-27 ua.rizdvo observed`)
	// Law 2136-IX art. 6 (martial law) and Law 3107-IX (calendar reform).
	expectYear(t, "UA", 2024, all, `
		2024-01-01 ua.novyi-rik
		2024-03-08 ua.mizhnarodnyi-zhinochyi-den
		2024-05-01 ua.den-pratsi
		2024-05-05 ua.velykden
		2024-05-08 ua.den-pamiati-ta-peremohy
		2024-06-23 ua.triitsia
		2024-06-28 ua.den-konstytutsii
		2024-07-15 ua.den-derzhavnosti
		2024-08-24 ua.den-nezalezhnosti
		2024-10-01 ua.den-zakhysnykiv
		2024-12-25 ua.rizdvo`)
}

// Changes in the law, day by day.
func TestEuropeMoreHistory(t *testing.T) {
	for _, c := range []struct {
		region, date string
		want         bool
		why          string
	}{
		{"RO", "2016-06-01", false, "Children's Day from 2017"},
		{"RO", "2017-06-01", true, "Children's Day from 2017"},
		{"RO", "2017-04-14", false, "Orthodox Good Friday from 2018"},
		{"RO", "2018-04-06", true, "Orthodox Good Friday from 2018"},
		{"HR", "2020-05-30", true, "Statehood Day back on 30 May from 2020"},
		{"HR", "2020-06-25", false, "no longer Statehood Day"},
		{"HR", "2020-11-18", true, "Remembrance Day from 2020"},
		{"PT", "2016-12-01", true, "restored by Lei 8/2016"},
		{"SK", "2023-09-01", true, "Constitution Day a day of rest until 2023"},
		{"SK", "2024-09-01", false, "not a day of rest from 2024"},
		{"SK", "2024-11-17", true, "17 November a day of rest until 2024"},
		{"SK", "2026-05-08", false, "not a day of rest in 2026"},
		{"SK", "2027-05-08", true, "a day of rest again after 2026"},
		{"SI", "2017-01-02", true, "2 January restored from 2017"},
		{"LT", "2019-11-02", false, "All Souls' Day from 2020"},
		{"HU", "2016-03-25", false, "Good Friday from 2017"},
		{"UA", "2022-03-08", true, "before martial-law holidays became working days (16 March 2022)"},
		{"UA", "2022-05-02", false, "Easter Monday 2022 not a day off under martial law"},
		{"UA", "2017-05-02", true, "2 May a day off until 2017"},
		{"RS", "2011-11-11", false, "Armistice Day from 2012"},
		{"GR", "2021-05-04", true, "1 May 2021 (Holy Saturday) moved to 4 May"},
		{"ZA", "2000-01-03", true, "2 January 2000 (Sunday, declared) gives Monday 3"},
		{"ZA", "2023-12-15", true, "Rugby World Cup celebration"},
	} {
		s, err := ForRegion(c.region)
		if err != nil {
			t.Fatal(err)
		}
		if got := s.IsHoliday(day(c.date)); got != c.want {
			t.Errorf("%s %s: %v, want %v (%s)", c.region, c.date, got, c.want, c.why)
		}
	}
	hu, err := ForRegion("HU")
	if err != nil {
		t.Fatal(err)
	}
	if got := hu.WorkingDates(2025); len(got) != 3 || got[0] != day("2025-05-17") {
		t.Errorf("HU 2025 working Saturdays: %v", got)
	}
}
