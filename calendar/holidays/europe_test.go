package holidays

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"
)

// Expected lists from the laws cited in the country tables, Easter from the
// published table, weekdays checked against a perpetual calendar.

func TestAustria(t *testing.T) {
	expectYear(t, "AT", 2024, nil, `
		2024-01-01 at.neujahr
		2024-01-06 at.heilige-drei-koenige
		2024-04-01 at.ostermontag
		2024-05-01 at.staatsfeiertag
		2024-05-09 at.christi-himmelfahrt
		2024-05-20 at.pfingstmontag
		2024-05-30 at.fronleichnam
		2024-08-15 at.mariae-himmelfahrt
		2024-10-26 at.nationalfeiertag
		2024-11-01 at.allerheiligen
		2024-12-08 at.mariae-empfaengnis
		2024-12-25 at.christtag
		2024-12-26 at.stefanitag`)
	expectYear(t, "AT", 2018, []Category{Optional}, `2018-03-30 at.karfreitag`)
	expectYear(t, "AT", 2019, []Category{Optional}, ``)
	expectYear(t, "AT-2", 2024, []Category{Optional}, `
		2024-03-19 at.josef
		2024-10-10 at.volksabstimmung`)
	expectYear(t, "AT-9", 2024, []Category{Optional, HalfDay}, `
		2024-11-15 at.leopold
		2024-12-24 at.heiliger-abend
		2024-12-31 at.silvester`)
	expectYear(t, "AT-4", 2024, []Category{Optional}, `2024-05-04 at.florian`)
	expectYear(t, "AT-5", 2024, []Category{Optional}, `2024-09-24 at.rupert`)
	expectYear(t, "AT-1", 2024, []Category{Optional}, `2024-11-11 at.martin`)
}

func TestFrance(t *testing.T) {
	expectYear(t, "FR", 2024, nil, `
		2024-01-01 fr.jour-de-l-an
		2024-04-01 fr.lundi-de-paques
		2024-05-01 fr.fete-du-travail
		2024-05-08 fr.victoire-1945
		2024-05-09 fr.ascension
		2024-05-20 fr.lundi-de-pentecote
		2024-07-14 fr.fete-nationale
		2024-08-15 fr.assomption
		2024-11-01 fr.toussaint
		2024-11-11 fr.armistice
		2024-12-25 fr.noel`)
	// 2008: Ascension fell on 1 May; both holidays are listed.
	expectYear(t, "FR-67", 2008, nil, `
		2008-01-01 fr.jour-de-l-an
		2008-03-21 fr.vendredi-saint
		2008-03-24 fr.lundi-de-paques
		2008-05-01 fr.ascension
		2008-05-01 fr.fete-du-travail
		2008-05-08 fr.victoire-1945
		2008-05-12 fr.lundi-de-pentecote
		2008-07-14 fr.fete-nationale
		2008-08-15 fr.assomption
		2008-11-01 fr.toussaint
		2008-11-11 fr.armistice
		2008-12-25 fr.noel
		2008-12-26 fr.saint-etienne`)
}

func TestNetherlands(t *testing.T) {
	expectYear(t, "NL", 2013, nil, `
		2013-01-01 nl.nieuwjaarsdag
		2013-03-31 nl.eerste-paasdag
		2013-04-01 nl.tweede-paasdag
		2013-04-30 nl.koninginnedag
		2013-05-09 nl.hemelvaartsdag
		2013-05-19 nl.eerste-pinksterdag
		2013-05-20 nl.tweede-pinksterdag
		2013-12-25 nl.eerste-kerstdag
		2013-12-26 nl.tweede-kerstdag`)
	// First Koningsdag: 27 April 2014 was a Sunday, so Saturday the 26th.
	expectYear(t, "NL", 2014, nil, `
		2014-01-01 nl.nieuwjaarsdag
		2014-04-20 nl.eerste-paasdag
		2014-04-21 nl.tweede-paasdag
		2014-04-26 nl.koningsdag
		2014-05-29 nl.hemelvaartsdag
		2014-06-08 nl.eerste-pinksterdag
		2014-06-09 nl.tweede-pinksterdag
		2014-12-25 nl.eerste-kerstdag
		2014-12-26 nl.tweede-kerstdag`)
	expectYear(t, "NL", 2014, []Category{Optional}, `
		2014-04-18 nl.goede-vrijdag
		2014-05-05 nl.bevrijdingsdag`)
	expectYear(t, "NL", 2025, nil, `
		2025-01-01 nl.nieuwjaarsdag
		2025-04-20 nl.eerste-paasdag
		2025-04-21 nl.tweede-paasdag
		2025-04-26 nl.koningsdag
		2025-05-05 nl.bevrijdingsdag
		2025-05-29 nl.hemelvaartsdag
		2025-06-08 nl.eerste-pinksterdag
		2025-06-09 nl.tweede-pinksterdag
		2025-12-25 nl.eerste-kerstdag
		2025-12-26 nl.tweede-kerstdag`)
	// Good Friday is a day of the Algemene termijnenwet (art. 3(2) equates
	// it with the art. 3(1) days) every year, yet a day off only under some
	// collective agreements: Optional, never Public.
	pub, err := ForRegion("NL")
	require.NoError(t, err)
	opt, err := ForRegion("NL", Optional)
	require.NoError(t, err)
	for y := 1995; y <= 2060; y++ {
		gf := meeusEaster(y) - 2
		require.False(t, pub.IsHoliday(gf), "NL %d Good Friday is not Public", y)
		require.True(t, opt.IsHoliday(gf), "NL %d Good Friday is Optional", y)
		h, ok := opt.Lookup(gf)
		require.True(t, ok)
		require.Equal(t, "nl.goede-vrijdag", h.ID)
	}
	// 30 April 2006 was a Sunday: Koninginnedag on Saturday the 29th.
	s, err := ForRegion("NL")
	if err != nil {
		t.Fatal(err)
	}
	if !s.IsHoliday(day("2006-04-29")) || s.IsHoliday(day("2006-04-30")) {
		t.Error("Koninginnedag 2006 must be 29 April")
	}
	if !s.IsHoliday(day("2024-04-27")) || s.IsHoliday(day("2024-04-30")) {
		t.Error("Koningsdag 2024 must be 27 April")
	}
}

func TestBelgiumLuxembourg(t *testing.T) {
	expectYear(t, "BE", 2024, nil, `
		2024-01-01 be.nieuwjaar
		2024-04-01 be.paasmaandag
		2024-05-01 be.dag-van-de-arbeid
		2024-05-09 be.hemelvaart
		2024-05-20 be.pinkstermaandag
		2024-07-21 be.nationale-feestdag
		2024-08-15 be.olv-hemelvaart
		2024-11-01 be.allerheiligen
		2024-11-11 be.wapenstilstand
		2024-12-25 be.kerstmis`)
	// 2008: Ascension Day fell on 1 May; the KB of 3 June 2007 (BS 14 June
	// 2007) made Friday 2 May 2008 the legal holiday in its place (the KB of
	// 10 February 2008 let sectors and enterprises move it to another day).
	expectYear(t, "BE", 2008, nil, `
		2008-01-01 be.nieuwjaar
		2008-03-24 be.paasmaandag
		2008-05-01 be.dag-van-de-arbeid
		2008-05-01 be.hemelvaart
		2008-05-02 be.hemelvaart observed
		2008-05-12 be.pinkstermaandag
		2008-07-21 be.nationale-feestdag
		2008-08-15 be.olv-hemelvaart
		2008-11-01 be.allerheiligen
		2008-11-11 be.wapenstilstand
		2008-12-25 be.kerstmis`)
	// Ascension Day (Easter + 39) falls on 1 May only when Easter is on
	// 23 March. Since the law of 4 January 1974 that happened once, in 2008,
	// and the KB of 3 June 2007 provided for that year only; the next time is
	// 2160, for which no law exists yet, so no other year has a replacement.
	var collisions []int
	for y := 1974; y <= 2200; y++ {
		if meeusEaster(y)+39 == date.New(y, time.May, 1) {
			collisions = append(collisions, y)
		}
	}
	require.Equal(t, []int{2008, 2160}, collisions)
	be, err := ForRegion("BE")
	require.NoError(t, err)
	for _, y := range collisions {
		want := y == 2008
		require.Equal(t, want, be.IsHoliday(date.New(y, time.May, 2)), "BE %d-05-02", y)
	}
	expectYear(t, "LU", 2019, nil, `
		2019-01-01 lu.neijoerschdag
		2019-04-22 lu.ouschtermeindeg
		2019-05-01 lu.dag-vun-der-aarbecht
		2019-05-09 lu.europadag
		2019-05-30 lu.christi-himmelfaart
		2019-06-10 lu.pengschtmeindeg
		2019-06-23 lu.nationalfeierdag
		2019-08-15 lu.leiffraweschdag
		2019-11-01 lu.allerhellgen
		2019-12-25 lu.chreschtdag
		2019-12-26 lu.stiefesdag`)
	expectYear(t, "LU", 2018, nil, `
		2018-01-01 lu.neijoerschdag
		2018-04-02 lu.ouschtermeindeg
		2018-05-01 lu.dag-vun-der-aarbecht
		2018-05-10 lu.christi-himmelfaart
		2018-05-21 lu.pengschtmeindeg
		2018-06-23 lu.nationalfeierdag
		2018-08-15 lu.leiffraweschdag
		2018-11-01 lu.allerhellgen
		2018-12-25 lu.chreschtdag
		2018-12-26 lu.stiefesdag`)
}

func TestItalySpain(t *testing.T) {
	// 2011: Easter Monday and Liberation Day on the same date; the one-off 17 March.
	expectYear(t, "IT", 2011, nil, `
		2011-01-01 it.capodanno
		2011-01-06 it.epifania
		2011-03-17 it.unita-d-italia
		2011-04-24 it.pasqua
		2011-04-25 it.liberazione
		2011-04-25 it.lunedi-dell-angelo
		2011-05-01 it.festa-del-lavoro
		2011-06-02 it.festa-della-repubblica
		2011-08-15 it.ferragosto
		2011-11-01 it.ognissanti
		2011-12-08 it.immacolata
		2011-12-25 it.natale
		2011-12-26 it.santo-stefano`)
	expectYear(t, "IT", 2026, nil, `
		2026-01-01 it.capodanno
		2026-01-06 it.epifania
		2026-04-05 it.pasqua
		2026-04-06 it.lunedi-dell-angelo
		2026-04-25 it.liberazione
		2026-05-01 it.festa-del-lavoro
		2026-06-02 it.festa-della-repubblica
		2026-08-15 it.ferragosto
		2026-10-04 it.san-francesco
		2026-11-01 it.ognissanti
		2026-12-08 it.immacolata
		2026-12-25 it.natale
		2026-12-26 it.santo-stefano`)
	it, err := ForRegion("IT")
	if err != nil {
		t.Fatal(err)
	}
	if it.IsHoliday(day("2025-10-04")) {
		t.Error("4 October is a holiday only from 2026")
	}
	if !it.IsHoliday(day("2000-06-04")) || it.IsHoliday(day("2000-06-02")) {
		t.Error("Republic Day 2000 was the first Sunday of June")
	}
	expectYear(t, "ES", 2024, nil, `
		2024-01-01 es.ano-nuevo
		2024-01-06 es.epifania
		2024-03-29 es.viernes-santo
		2024-05-01 es.fiesta-del-trabajo
		2024-08-15 es.asuncion
		2024-10-12 es.fiesta-nacional
		2024-11-01 es.todos-los-santos
		2024-12-06 es.constitucion
		2024-12-08 es.inmaculada
		2024-12-25 es.navidad`)
	expectYear(t, "ES", 2024, []Category{Optional}, `2024-03-28 es.jueves-santo`)
}

func TestPolandCzechia(t *testing.T) {
	expectYear(t, "PL", 2025, nil, `
		2025-01-01 pl.nowy-rok
		2025-01-06 pl.trzech-kroli
		2025-04-20 pl.wielkanoc
		2025-04-21 pl.poniedzialek-wielkanocny
		2025-05-01 pl.swieto-pracy
		2025-05-03 pl.konstytucja-3-maja
		2025-06-08 pl.zielone-swiatki
		2025-06-19 pl.boze-cialo
		2025-08-15 pl.wniebowziecie
		2025-11-01 pl.wszystkich-swietych
		2025-11-11 pl.niepodleglosci
		2025-12-24 pl.wigilia
		2025-12-25 pl.boze-narodzenie-1
		2025-12-26 pl.boze-narodzenie-2`)
	expectYear(t, "PL", 2010, nil, `
		2010-01-01 pl.nowy-rok
		2010-04-04 pl.wielkanoc
		2010-04-05 pl.poniedzialek-wielkanocny
		2010-05-01 pl.swieto-pracy
		2010-05-03 pl.konstytucja-3-maja
		2010-05-23 pl.zielone-swiatki
		2010-06-03 pl.boze-cialo
		2010-08-15 pl.wniebowziecie
		2010-11-01 pl.wszystkich-swietych
		2010-11-11 pl.niepodleglosci
		2010-12-25 pl.boze-narodzenie-1
		2010-12-26 pl.boze-narodzenie-2`)
	pl, err := ForRegion("PL")
	if err != nil {
		t.Fatal(err)
	}
	if !pl.IsHoliday(day("2018-11-12")) || pl.IsHoliday(day("2019-11-12")) || pl.IsHoliday(day("2024-12-24")) {
		t.Error("Polish one-off and new holidays")
	}
	expectYear(t, "CZ", 2016, nil, `
		2016-01-01 cz.novy-rok
		2016-03-25 cz.velky-patek
		2016-03-28 cz.velikonocni-pondeli
		2016-05-01 cz.svatek-prace
		2016-05-08 cz.den-vitezstvi
		2016-07-05 cz.cyril-a-metodej
		2016-07-06 cz.jan-hus
		2016-09-28 cz.den-ceske-statnosti
		2016-10-28 cz.den-vzniku-csr
		2016-11-17 cz.den-boje-za-svobodu
		2016-12-24 cz.stedry-den
		2016-12-25 cz.1-svatek-vanocni
		2016-12-26 cz.2-svatek-vanocni`)
	cz, err := ForRegion("CZ")
	if err != nil {
		t.Fatal(err)
	}
	if cz.IsHoliday(day("2015-04-03")) {
		t.Error("Good Friday only since 2016")
	}
}

func TestNordics(t *testing.T) {
	expectYear(t, "DK", 2023, nil, `
		2023-01-01 dk.nytaarsdag
		2023-04-06 dk.skaertorsdag
		2023-04-07 dk.langfredag
		2023-04-09 dk.paaskedag
		2023-04-10 dk.2-paaskedag
		2023-05-05 dk.store-bededag
		2023-05-18 dk.kristi-himmelfartsdag
		2023-05-28 dk.pinsedag
		2023-05-29 dk.2-pinsedag
		2023-12-25 dk.juledag
		2023-12-26 dk.2-juledag`)
	expectYear(t, "DK", 2024, nil, `
		2024-01-01 dk.nytaarsdag
		2024-03-28 dk.skaertorsdag
		2024-03-29 dk.langfredag
		2024-03-31 dk.paaskedag
		2024-04-01 dk.2-paaskedag
		2024-05-09 dk.kristi-himmelfartsdag
		2024-05-19 dk.pinsedag
		2024-05-20 dk.2-pinsedag
		2024-12-25 dk.juledag
		2024-12-26 dk.2-juledag`)
	expectYear(t, "DK", 2024, []Category{Bank}, `
		2024-06-05 dk.grundlovsdag
		2024-12-24 dk.juleaftensdag
		2024-12-31 dk.nytaarsaftensdag`)
	expectYear(t, "NO", 2024, nil, `
		2024-01-01 no.forste-nyttarsdag
		2024-03-28 no.skjaertorsdag
		2024-03-29 no.langfredag
		2024-03-31 no.forste-paaskedag
		2024-04-01 no.andre-paaskedag
		2024-05-01 no.arbeidernes-dag
		2024-05-09 no.kristi-himmelfartsdag
		2024-05-17 no.grunnlovsdag
		2024-05-19 no.forste-pinsedag
		2024-05-20 no.andre-pinsedag
		2024-12-25 no.forste-juledag
		2024-12-26 no.andre-juledag`)
	expectYear(t, "SE", 2004, nil, `
		2004-01-01 se.nyarsdagen
		2004-01-06 se.trettondedag-jul
		2004-04-09 se.langfredagen
		2004-04-11 se.paskdagen
		2004-04-12 se.annandag-pask
		2004-05-01 se.forsta-maj
		2004-05-20 se.kristi-himmelsfardsdag
		2004-05-30 se.pingstdagen
		2004-05-31 se.annandag-pingst
		2004-06-26 se.midsommardagen
		2004-11-06 se.alla-helgons-dag
		2004-12-25 se.juldagen
		2004-12-26 se.annandag-jul`)
	expectYear(t, "SE", 2005, nil, `
		2005-01-01 se.nyarsdagen
		2005-01-06 se.trettondedag-jul
		2005-03-25 se.langfredagen
		2005-03-27 se.paskdagen
		2005-03-28 se.annandag-pask
		2005-05-01 se.forsta-maj
		2005-05-05 se.kristi-himmelsfardsdag
		2005-05-15 se.pingstdagen
		2005-06-06 se.nationaldagen
		2005-06-25 se.midsommardagen
		2005-11-05 se.alla-helgons-dag
		2005-12-25 se.juldagen
		2005-12-26 se.annandag-jul`)
	expectYear(t, "SE", 2005, []Category{Bank}, `
		2005-06-24 se.midsommarafton
		2005-12-24 se.julafton
		2005-12-31 se.nyarsafton`)
}

func TestIreland(t *testing.T) {
	expectYear(t, "IE", 2022, nil, `
		2022-01-01 ie.new-years-day
		2022-03-17 ie.st-patricks-day
		2022-03-18 ie.day-of-remembrance
		2022-04-18 ie.easter-monday
		2022-05-02 ie.may-day
		2022-06-06 ie.june-holiday
		2022-08-01 ie.august-holiday
		2022-10-31 ie.october-holiday
		2022-12-25 ie.christmas-day
		2022-12-26 ie.st-stephens-day`)
	expectYear(t, "IE", 2023, nil, `
		2023-01-01 ie.new-years-day
		2023-02-06 ie.st-brigids-day
		2023-03-17 ie.st-patricks-day
		2023-04-10 ie.easter-monday
		2023-05-01 ie.may-day
		2023-06-05 ie.june-holiday
		2023-08-07 ie.august-holiday
		2023-10-30 ie.october-holiday
		2023-12-25 ie.christmas-day
		2023-12-26 ie.st-stephens-day`)
	// The one-off public holidays prescribed under the Organisation of
	// Working Time Act 1997, Sch. 2 para. 1(g): the Millennium holiday of
	// 31 December 1999 (Government decision; Dáil written answers of 5 May
	// and 30 November 1999) and the National Day of Mourning of Friday
	// 14 September 2001 (order signed 12 September 2001; RTÉ and Irish Times
	// of that day: "an additional one-off public holiday").
	expectYear(t, "IE", 1999, nil, `
		1999-01-01 ie.new-years-day
		1999-03-17 ie.st-patricks-day
		1999-04-05 ie.easter-monday
		1999-05-03 ie.may-day
		1999-06-07 ie.june-holiday
		1999-08-02 ie.august-holiday
		1999-10-25 ie.october-holiday
		1999-12-25 ie.christmas-day
		1999-12-26 ie.st-stephens-day
		1999-12-31 ie.millennium`)
	expectYear(t, "IE", 2001, nil, `
		2001-01-01 ie.new-years-day
		2001-03-17 ie.st-patricks-day
		2001-04-16 ie.easter-monday
		2001-05-07 ie.may-day
		2001-06-04 ie.june-holiday
		2001-08-06 ie.august-holiday
		2001-09-14 ie.day-of-mourning
		2001-10-29 ie.october-holiday
		2001-12-25 ie.christmas-day
		2001-12-26 ie.st-stephens-day`)
	ie, err := ForRegion("IE")
	if err != nil {
		t.Fatal(err)
	}
	// 1 February 2030 is a Friday: the holiday is that day, not Monday the 4th.
	if !ie.IsHoliday(day("2030-02-01")) || ie.IsHoliday(day("2030-02-04")) {
		t.Error("St Brigid's Day 2030")
	}
	if !ie.IsHoliday(day("2026-02-02")) {
		t.Error("St Brigid's Day 2026 is Monday 2 February")
	}
}

func TestAustriaUpperAustriaPatron(t *testing.T) {
	expectYear(t, "AT-4", 2003, []Category{Optional}, `
		2003-04-18 at.karfreitag
		2003-11-15 at.leopold`)
	expectYear(t, "AT-4", 2004, []Category{Optional}, `
		2004-04-09 at.karfreitag
		2004-05-04 at.florian`)
}
