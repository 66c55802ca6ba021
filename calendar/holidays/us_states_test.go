package holidays

import (
	"slices"
	"strings"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"
)

// usOwn lists the holidays of region in year that "US" does not have (its
// own holidays), all categories, as "YYYY-MM-DD id" with " observed" for a
// substitute day and " (category)" for a category other than Public.
func usOwn(t *testing.T, region string, year int) []string {
	t.Helper()
	s, err := ForRegion(region, allCategories...)
	require.NoError(t, err)
	us, err := ForRegion("US", allCategories...)
	require.NoError(t, err)
	fed := us.Holidays(year)
	var out []string
	for _, h := range s.Holidays(year) {
		if slices.Contains(fed, h) {
			continue
		}
		l := h.Date.String() + " " + h.ID
		if h.Observed {
			l += " observed"
		}
		if h.Category != Public {
			l += " (" + h.Category.String() + ")"
		}
		out = append(out, l)
	}
	return out
}

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// The state's own holidays of a year, against each state's published
// schedule or statute (cited per row).
func TestUSStateTables(t *testing.T) {
	cases := []struct {
		region string
		year   int
		source string
		want   string
	}{
		// georgia.gov, "State of Georgia Holiday Schedule" 2024 and 2025.
		{"US-GA", 2024, "georgia.gov holiday schedule 2024", `
			2024-03-29 us-ga.state-holiday-april
			2024-11-29 us-ga.state-holiday-november
			2024-12-24 us-ga.washingtons-birthday`},
		{"US-GA", 2025, "georgia.gov holiday schedule 2025", `
			2025-04-18 us-ga.state-holiday-april
			2025-11-28 us-ga.state-holiday-november
			2025-12-26 us-ga.washingtons-birthday`},
		// Historic: the fourth Monday in April was Confederate Memorial
		// Day (O.C.G.A. § 1-4-1 before HB 737 of 2016).
		{"US-GA", 2015, "O.C.G.A. § 1-4-1 (2015)", `
			2015-04-27 us-ga.state-holiday-april
			2015-11-27 us-ga.state-holiday-november
			2015-12-24 us-ga.washingtons-birthday`},
		// in.gov/spd "State Holidays" 2014, 2015 and 2019.
		{"US-IN", 2014, "Indiana SPD holiday schedule 2014", `
			2014-04-18 us-in.good-friday
			2014-05-06 us-in.primary-election-day
			2014-11-04 us-in.election-day
			2014-11-28 us-in.lincolns-birthday
			2014-12-26 us-in.washingtons-birthday`},
		{"US-IN", 2015, "Indiana SPD holiday schedule 2015", `
			2015-04-03 us-in.good-friday
			2015-05-05 us-in.primary-election-day
			2015-11-03 us-in.election-day
			2015-11-27 us-in.lincolns-birthday
			2015-12-24 us-in.washingtons-birthday`},
		{"US-IN", 2019, "Indiana SPD holiday schedule 2019", `
			2019-04-19 us-in.good-friday
			2019-05-07 us-in.primary-election-day
			2019-11-05 us-in.election-day
			2019-11-29 us-in.lincolns-birthday
			2019-12-24 us-in.washingtons-birthday`},
		// dhr.delaware.gov "2016 Holidays" (1 Del. C. § 501).
		{"US-DE", 2016, "Delaware DHR holidays 2016", `
			2016-03-25 us-de.good-friday
			2016-11-08 us-de.election-day
			2016-11-10 us-de.return-day (halfday)
			2016-11-25 us-de.day-after-thanksgiving`},
		{"US-DE", 2025, "1 Del. C. § 501 (no general election in odd years)", `
			2025-04-18 us-de.good-friday
			2025-11-28 us-de.day-after-thanksgiving`},
		// cs.ny.gov "2021 Calendar of Legal Holidays for State Employees";
		// the Department of Civil Service calendar for 2017 (Lincoln's
		// Birthday on Sunday 12 February, observed Monday 13).
		{"US-NY", 2021, "NY Civil Service calendar 2021", `
			2021-02-12 us-ny.lincolns-birthday (optional)
			2021-11-02 us-ny.election-day (optional)`},
		{"US-NY", 2017, "NY Civil Service calendar 2017", `
			2017-02-12 us-ny.lincolns-birthday (optional)
			2017-02-13 us-ny.lincolns-birthday (optional)
			2017-11-07 us-ny.election-day (optional)`},
		// S.C. Code § 53-5-10; sc.gov state holidays 2025 (10 May a
		// Saturday, observed Friday 9); the first mandatory Confederate
		// Memorial Day, Thursday 10 May 2001 (Post and Courier, 9 May 2001).
		{"US-SC", 2025, "sc.gov state holidays 2025", `
			2025-05-09 us-sc.confederate-memorial-day observed
			2025-05-10 us-sc.confederate-memorial-day
			2025-11-28 us-sc.day-after-thanksgiving
			2025-12-24 us-sc.christmas-eve
			2025-12-26 us-sc.day-after-christmas`},
		{"US-SC", 2001, "S.C. Code § 53-5-10 as amended 2000", `
			2001-05-10 us-sc.confederate-memorial-day
			2001-11-23 us-sc.day-after-thanksgiving
			2001-12-26 us-sc.day-after-christmas`},
		// A.C.A. § 1-5-101 (Saturday → Friday, Sunday → Monday): 2021,
		// Christmas on a Saturday observed Friday 24, Christmas Eve Thursday
		// 23; 2017, Robert E. Lee's Birthday still shared the day.
		{"US-AR", 2021, "A.C.A. § 1-5-101; Arkansas 2021 state holidays", `
			2021-12-23 us-ar.christmas-eve observed`},
		{"US-AR", 2017, "A.C.A. § 1-5-101 before Act 561 of 2017", `
			2017-01-16 us-ar.robert-e-lee-birthday
			2017-12-22 us-ar.christmas-eve observed
			2017-12-24 us-ar.christmas-eve`},
		// Tex. Gov. Code §§ 662.003–662.013; weekend holidays are not
		// moved, and 26 December 2022 is the federal Christmas Day observed.
		// Rosh Hashanah (two days) and Yom Kippur as the Comptroller's
		// schedules list them (fiscal 2012: 29 and 30 September, 8 October
		// 2011; 2025: 23 and 24 September, 2 October).
		{"US-TX", 2022, "Tex. Gov. Code ch. 662; Comptroller, Holidays", `
			2022-01-19 us-tx.confederate-heroes-day (optional)
			2022-03-02 us-tx.texas-independence-day (optional)
			2022-03-31 us-tx.cesar-chavez-day (optional)
			2022-04-15 us-tx.good-friday (optional)
			2022-04-21 us-tx.san-jacinto-day (optional)
			2022-06-19 us-tx.emancipation-day (optional)
			2022-08-27 us-tx.lbj-day (optional)
			2022-09-26 us-tx.rosh-hashanah (optional)
			2022-09-27 us-tx.rosh-hashanah-2 (optional)
			2022-10-05 us-tx.yom-kippur (optional)
			2022-11-25 us-tx.day-after-thanksgiving
			2022-12-24 us-tx.christmas-eve`},
		{"US-TX", 1996, "Tex. Gov. Code ch. 662 (1996)", `
			1996-01-19 us-tx.confederate-heroes-day (optional)
			1996-03-02 us-tx.texas-independence-day (optional)
			1996-04-05 us-tx.good-friday (optional)
			1996-04-21 us-tx.san-jacinto-day (optional)
			1996-06-19 us-tx.emancipation-day (optional)
			1996-08-27 us-tx.lbj-day (optional)
			1996-09-14 us-tx.rosh-hashanah (optional)
			1996-09-15 us-tx.rosh-hashanah-2 (optional)
			1996-09-23 us-tx.yom-kippur (optional)
			1996-11-29 us-tx.day-after-thanksgiving
			1996-12-24 us-tx.christmas-eve
			1996-12-26 us-tx.day-after-christmas`},
		// D.C. Code § 1-612.02: Emancipation Day on Saturday 16 April 2011
		// was observed Friday 15 (the federal tax deadline moved to 18
		// April, IRS IR-2011-03); on Sunday 16 April 2017, Monday 17 (IRS
		// IR-2017-05).
		{usDistrict, 2011, "D.C. Code § 1-612.02; IRS IR-2011-03", `
			2011-04-15 us-dc.emancipation-day observed
			2011-04-16 us-dc.emancipation-day`},
		{usDistrict, 2017, "D.C. Code § 1-612.02; IRS IR-2017-05", `
			2017-01-20 us.inauguration-day
			2017-04-16 us-dc.emancipation-day
			2017-04-17 us-dc.emancipation-day observed`},
		{usDistrict, 2021, "D.C. Code § 1-612.02; D.C. Law 24-0001", `
			2021-01-20 us.inauguration-day
			2021-04-16 us-dc.emancipation-day
			2021-10-11 us-dc.indigenous-peoples-day`},
		{usDistrict, 2004, "before the District of Columbia Emancipation Day Amendment Act of 2004", ``},
		// HRS § 8-1 as listed for 2014 (miraclesalad.com, "calculated from
		// the Hawaii Revised Statutes") and for 2011 (Kuhio Day and
		// Kamehameha Day on Saturdays, observed Fridays 25 March and 10
		// June: hawaii-aloha.com, 17 January 2011).
		{"US-HI", 2014, "HRS § 8-1, 2014 list", `
			2014-03-26 us-hi.kuhio-day
			2014-04-18 us-hi.good-friday
			2014-06-11 us-hi.kamehameha-day
			2014-08-15 us-hi.statehood-day
			2014-11-04 us-hi.election-day`},
		{"US-HI", 2011, "HRS § 8-1, 2011 observed days", `
			2011-03-25 us-hi.kuhio-day observed
			2011-03-26 us-hi.kuhio-day
			2011-04-22 us-hi.good-friday
			2011-06-10 us-hi.kamehameha-day observed
			2011-06-11 us-hi.kamehameha-day
			2011-08-19 us-hi.statehood-day`},
		// C.R.S. 24-11-101 as amended by HB 20-1031 (first Cabrini Day:
		// Monday 5 October 2020).
		{"US-CO", 2020, "C.R.S. 24-11-101; HB 20-1031", `
			2020-03-31 us-co.cesar-chavez-day (optional)
			2020-10-05 us-co.cabrini-day`},
		{"US-CO", 2019, "C.R.S. 24-11-101 before HB 20-1031", `
			2019-03-31 us-co.cesar-chavez-day (optional)`},
		// Va. Code § 2.2-3300: the last Lee-Jackson Day (Friday 17 January
		// 2020) and the first Election Day holiday (3 November 2020).
		{"US-VA", 2020, "Va. Code § 2.2-3300 (2020 Acts c. 418, 419)", `
			2020-01-17 us-va.lee-jackson-day
			2020-11-03 us-va.election-day
			2020-11-27 us-va.day-after-thanksgiving`},
		{"US-VA", 2021, "Va. Code § 2.2-3300 (2021)", `
			2021-11-02 us-va.election-day
			2021-11-26 us-va.day-after-thanksgiving`},
		// Puerto Rico: OCALARH, "Días feriados del Gobierno de Puerto Rico
		// 2014" (Barbosa on Sunday 27 July observed Monday 28; 22 March a
		// Saturday, not moved), and Ley 26-2017 art. 2.05 for 2018.
		{"US-PR", 2014, "OCALARH, días feriados 2014", `
			2014-01-06 us-pr.dia-de-reyes
			2014-01-13 us-pr.natalicio-de-hostos
			2014-03-22 us-pr.abolicion-de-la-esclavitud
			2014-04-18 us-pr.viernes-santo
			2014-04-21 us-pr.natalicio-de-jose-de-diego
			2014-07-21 us-pr.natalicio-de-munoz-rivera
			2014-07-25 us-pr.dia-de-la-constitucion
			2014-07-27 us-pr.natalicio-de-barbosa
			2014-07-28 us-pr.natalicio-de-barbosa observed
			2014-11-19 us-pr.descubrimiento-de-puerto-rico
			2014-12-24 us-pr.nochebuena (halfday)`},
		{"US-PR", 2018, "Ley 26-2017 art. 2.05", `
			2018-01-06 us-pr.dia-de-reyes
			2018-03-02 us-pr.dia-de-la-ciudadania-americana
			2018-03-22 us-pr.abolicion-de-la-esclavitud
			2018-03-30 us-pr.viernes-santo
			2018-11-19 us-pr.descubrimiento-de-puerto-rico
			2018-12-24 us-pr.nochebuena (halfday)`},
		// Virgin Islands 2022: Emancipation Day on Sunday 3 July, not
		// moved; Christmas Second Day on Monday 26 December, the federal
		// Christmas Day observed (officeholidays.com, 2022).
		{"US-VI", 2022, "1 V.I.C. § 171; VI holidays 2022", `
			2022-01-06 us-vi.three-kings-day
			2022-03-31 us-vi.transfer-day
			2022-04-14 us-vi.holy-thursday
			2022-04-15 us-vi.good-friday
			2022-04-18 us-vi.easter-monday
			2022-07-03 us-vi.emancipation-day
			2022-10-10 us-vi.friendship-day
			2022-11-01 us-vi.liberty-day`},
		// Guam History and Chamorro Heritage Day, Monday 2 March 2020
		// (Pacific Daily News, 27 February 2020).
		{"US-GU", 2020, "1 GCA § 1000; PDN 27 Feb 2020", `
			2020-03-02 us-gu.discovery-day
			2020-04-10 us-gu.good-friday
			2020-07-21 us-gu.liberation-day
			2020-11-02 us-gu.all-souls-day
			2020-12-08 us-gu.lady-of-camarin-day`},
		// American Samoa Flag Day on Saturday 17 April 2021, observed
		// Friday 16; Wednesday 17 April 2024 (governor's memorandum of 8
		// April 2024, Samoa News).
		{"US-AS", 2021, "A.S.C.A. § 1.0501 (2021)", `
			2021-04-16 us-as.flag-day observed
			2021-04-17 us-as.flag-day
			2021-07-16 us-as.manua-cession-day`},
		{"US-AS", 2024, "A.S.C.A. § 1.0501; Samoa News 11 April 2024", `
			2024-04-17 us-as.flag-day
			2024-07-16 us-as.manua-cession-day`},
		// Alaska Day on Sunday 18 October 2020, observed Monday 19; on
		// Saturday 18 October 2025, observed Friday 17 (AS 44.12.010).
		{"US-AK", 2020, "AS 44.12.010 (2020)", `
			2020-03-30 us-ak.sewards-day
			2020-10-18 us-ak.alaska-day
			2020-10-19 us-ak.alaska-day observed`},
		{"US-AK", 2025, "AS 44.12.010 (2025)", `
			2025-03-31 us-ak.sewards-day
			2025-10-17 us-ak.alaska-day observed
			2025-10-18 us-ak.alaska-day`},
		// North Carolina OSHR schedule 2022: 23, 26 (Christmas observed)
		// and 27 December; 2024: 24, 25, 26 December.
		{"US-NC", 2022, "OSHR holiday schedule 2022", `
			2022-04-15 us-nc.good-friday
			2022-11-25 us-nc.day-after-thanksgiving
			2022-12-23 us-nc.christmas-eve observed
			2022-12-24 us-nc.christmas-eve
			2022-12-27 us-nc.day-after-christmas observed`},
		{"US-NC", 2024, "OSHR holiday schedule 2024", `
			2024-03-29 us-nc.good-friday
			2024-11-29 us-nc.day-after-thanksgiving
			2024-12-24 us-nc.christmas-eve
			2024-12-26 us-nc.day-after-christmas`},
		// Michigan 2023 (state and circuit-court schedule): Christmas Eve
		// and New Year's Eve on Sundays, observed Fridays 22 and 29.
		{"US-MI", 2023, "Michigan holiday schedule 2023", `
			2023-11-24 us-mi.day-after-thanksgiving
			2023-12-22 us-mi.christmas-eve observed
			2023-12-24 us-mi.christmas-eve
			2023-12-29 us-mi.new-years-eve observed
			2023-12-31 us-mi.new-years-eve`},
		// West Virginia, W. Va. Code § 2-2-1 (2024: primary on 14 May).
		{"US-WV", 2024, "W. Va. Code § 2-2-1 (2024)", `
			2024-05-14 us-wv.primary-election-day
			2024-06-20 us-wv.west-virginia-day
			2024-11-05 us-wv.election-day
			2024-11-29 us-wv.day-after-thanksgiving`},
		// 2026: West Virginia Day on Saturday 20 June; Friday 19 is
		// Juneteenth, so no further day.
		{"US-WV", 2026, "W. Va. Code § 2-2-1 (2026)", `
			2026-05-12 us-wv.primary-election-day
			2026-06-20 us-wv.west-virginia-day
			2026-11-03 us-wv.election-day
			2026-11-27 us-wv.day-after-thanksgiving`},
		// Illinois 2026: Lincoln's Birthday, Casimir Pulaski Day, General
		// Election Day (CMS state holiday list).
		{"US-IL", 2026, "5 ILCS 490; CMS 2026", `
			2026-02-12 us-il.lincolns-birthday
			2026-03-02 us-il.casimir-pulaski-day
			2026-11-03 us-il.election-day`},
	}
	for _, c := range cases {
		require.Equal(t, lines(c.want), usOwn(t, c.region, c.year), "%s %d (%s)", c.region, c.year, c.source)
	}
}

// usFederalDay, used to keep state days off federal ones, agrees with the
// Public days of "US" day by day.
func TestUSFederalDayAgrees(t *testing.T) {
	us, err := ForRegion("US")
	require.NoError(t, err)
	for d := date.New(1900, 1, 1); d < date.New(2200, 1, 1); d++ {
		require.Equal(t, us.IsHoliday(d), usFederalDay(d), "%s", d)
	}
}

// Every US subdivision includes the federal holidays, in every category,
// exactly (the package's rule that a subdivision includes its country).
func TestUSSubdivisionsIncludeFederal(t *testing.T) {
	us, err := ForRegion("US", allCategories...)
	require.NoError(t, err)
	for _, r := range usSubdivisionRegions {
		s, err := ForRegion(r.code, allCategories...)
		require.NoError(t, err)
		for y := 1995; y <= 2060; y++ {
			hs := s.Holidays(y)
			for _, h := range us.Holidays(y) {
				require.Contains(t, hs, h, "%s %d", r.code, y)
			}
		}
	}
}

// The District's own holidays include everything of US-DC (Inauguration
// Day), and a state does not get it.
func TestUSDistrictIncludesInauguration(t *testing.T) {
	d, err := ForRegion(usDistrict)
	require.NoError(t, err)
	require.True(t, d.IsHoliday(day("2025-01-20")))
	require.True(t, d.IsHoliday(day("2013-01-21")))
	md, err := ForRegion("US-MD")
	require.NoError(t, err)
	require.False(t, md.IsHoliday(day("2021-01-20")))
}

// IDs of a subdivision's own holidays carry its code, so that they never
// collide with a federal ID (and its Optional closures by executive order).
func TestUSSubdivisionIDs(t *testing.T) {
	for _, r := range usSubdivisionRules() {
		require.True(t, strings.HasPrefix(r.id, "us-"), r.id)
		require.Len(t, r.in, 1, r.id)
		prefix := usLower(r.in[0])
		if r.in[0] == usDistrict {
			prefix = "us-dc"
		}
		require.True(t, strings.HasPrefix(r.id, prefix+"."), "%s in %s", r.id, r.in[0])
	}
}

// Expanding a state's year stays cheap.
func BenchmarkUSStateYear(b *testing.B) {
	reg := registry().byCode["US-NC"]
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_ = reg.expand(1995 + i%60)
	}
}

// Texas's Jewish optional holidays on the days of the Comptroller's
// holiday schedules for fiscal 2012 (cpa.state.tx.us, state_holidays_2012)
// and 2025.
func TestTexasJewishHolidays(t *testing.T) {
	tx, err := ForRegion("US-TX", Optional)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ date, id string }{
		{"2011-09-29", "us-tx.rosh-hashanah"}, {"2011-09-30", "us-tx.rosh-hashanah-2"}, {"2011-10-08", "us-tx.yom-kippur"},
		{"2025-09-23", "us-tx.rosh-hashanah"}, {"2025-09-24", "us-tx.rosh-hashanah-2"}, {"2025-10-02", "us-tx.yom-kippur"},
	} {
		h, ok := tx.Lookup(day(c.date))
		if !ok || h.ID != c.id {
			t.Errorf("US-TX %s: %+v (%v), want %s", c.date, h, ok, c.id)
		}
	}
}
