package holidays

import "testing"

// The Canadian provinces' tables for 2025 and 2010: the Public days (the
// province's general holidays) and, separately, the Optional ones (the
// federal days and the province's days without a statutory right); see
// ca.go for the model.

func TestCanadaNovaScotiaTables(t *testing.T) {
	// Nova Scotia: the general holidays of the Labour Standards Code
	// (R.S.N.S. 1989, c. 246, s. 2: New Year's Day, Nova Scotia Heritage Day
	// from 2015, Good Friday, Canada Day, Labour Day, Christmas Day) and
	// Remembrance Day (Remembrance Day Act, R.S.N.S. 1989, c. 394), as the
	// province's Labour Standards page "Holidays" lists them; Easter Monday,
	// Victoria Day, Natal Day, Thanksgiving and Boxing Day are not general
	// holidays (days of the provincial public service or of some employers:
	// Optional). Christmas 2010 (a Saturday) is taken on Monday 27 December,
	// the package's documented choice for a holiday on a day off (ca.go).
	expectYear(t, "CA-NS", 2025, nil, `
		2025-01-01 ca.new-years-day
		2025-02-17 ca-ns.heritage-day
		2025-04-18 ca.good-friday
		2025-07-01 ca.canada-day
		2025-09-01 ca.labour-day
		2025-11-11 ca-ns.remembrance-day
		2025-12-25 ca.christmas-day
	`)
	expectYear(t, "CA-NS", 2025, []Category{Optional}, `
		2025-04-21 ca-ns.easter-monday
		2025-04-21 ca.easter-monday
		2025-05-19 ca-ns.victoria-day
		2025-05-19 ca.victoria-day
		2025-08-04 ca-ns.civic-holiday
		2025-08-04 ca.civic-holiday
		2025-09-30 ca.truth-and-reconciliation
		2025-10-13 ca-ns.thanksgiving
		2025-10-13 ca.thanksgiving
		2025-11-11 ca.remembrance-day
		2025-12-26 ca-ns.boxing-day
		2025-12-26 ca.boxing-day
	`)
	expectYear(t, "CA-NS", 2010, nil, `
		2010-01-01 ca.new-years-day
		2010-04-02 ca.good-friday
		2010-07-01 ca.canada-day
		2010-09-06 ca.labour-day
		2010-11-11 ca-ns.remembrance-day
		2010-12-25 ca.christmas-day
		2010-12-27 ca.christmas-day observed
	`)
	expectYear(t, "CA-NS", 2010, []Category{Optional}, `
		2010-04-05 ca-ns.easter-monday
		2010-04-05 ca.easter-monday
		2010-05-24 ca-ns.victoria-day
		2010-05-24 ca.victoria-day
		2010-08-02 ca-ns.civic-holiday
		2010-08-02 ca.civic-holiday
		2010-10-11 ca-ns.thanksgiving
		2010-10-11 ca.thanksgiving
		2010-11-11 ca.remembrance-day
		2010-12-26 ca-ns.boxing-day
		2010-12-26 ca.boxing-day
	`)
}

func TestCanadaNewBrunswickTables(t *testing.T) {
	// New Brunswick: the paid public holidays of the Employment Standards
	// Act (S.N.B. 1982, c. E-7.2, s. 1: New Year's Day, Family Day from 2018,
	// Good Friday, Canada Day, New Brunswick Day, Labour Day, Remembrance
	// Day, Christmas Day; GNB news release of 8 January 2018: the first
	// Family Day, "eight paid public holidays"); Victoria Day, Thanksgiving and Boxing Day are prescribed
	// days of rest without holiday pay, Easter Monday the provincial public
	// service's (Optional).
	expectYear(t, "CA-NB", 2025, nil, `
		2025-01-01 ca.new-years-day
		2025-02-17 ca-nb.family-day
		2025-04-18 ca.good-friday
		2025-07-01 ca.canada-day
		2025-08-04 ca-nb.new-brunswick-day
		2025-09-01 ca.labour-day
		2025-11-11 ca-nb.remembrance-day
		2025-12-25 ca.christmas-day
	`)
	expectYear(t, "CA-NB", 2025, []Category{Optional}, `
		2025-04-21 ca-nb.easter-monday
		2025-04-21 ca.easter-monday
		2025-05-19 ca-nb.victoria-day
		2025-05-19 ca.victoria-day
		2025-08-04 ca.civic-holiday
		2025-09-30 ca.truth-and-reconciliation
		2025-10-13 ca-nb.thanksgiving
		2025-10-13 ca.thanksgiving
		2025-11-11 ca.remembrance-day
		2025-12-26 ca-nb.boxing-day
		2025-12-26 ca.boxing-day
	`)
	expectYear(t, "CA-NB", 2010, nil, `
		2010-01-01 ca.new-years-day
		2010-04-02 ca.good-friday
		2010-07-01 ca.canada-day
		2010-08-02 ca-nb.new-brunswick-day
		2010-09-06 ca.labour-day
		2010-11-11 ca-nb.remembrance-day
		2010-12-25 ca.christmas-day
		2010-12-27 ca.christmas-day observed
	`)
	expectYear(t, "CA-NB", 2010, []Category{Optional}, `
		2010-04-05 ca-nb.easter-monday
		2010-04-05 ca.easter-monday
		2010-05-24 ca-nb.victoria-day
		2010-05-24 ca.victoria-day
		2010-08-02 ca.civic-holiday
		2010-10-11 ca-nb.thanksgiving
		2010-10-11 ca.thanksgiving
		2010-11-11 ca.remembrance-day
		2010-12-26 ca-nb.boxing-day
		2010-12-26 ca.boxing-day
	`)
}

func TestCanadaSaskatchewanTables(t *testing.T) {
	// Saskatchewan: the ten public holidays of The Saskatchewan Employment
	// Act (S.S. 2013, c. S-15.1, s. 2-1; before 2014 The Labour Standards
	// Act, R.S.S. 1978, c. L-1, s. 38, Family Day from 2007): New Year's Day,
	// Family Day, Good Friday, Victoria Day, Canada Day, Saskatchewan Day,
	// Labour Day, Thanksgiving, Remembrance Day, Christmas Day, as the
	// province's "Public Holidays" page lists them; Easter Monday and Boxing
	// Day are not public holidays (Optional).
	expectYear(t, "CA-SK", 2025, nil, `
		2025-01-01 ca.new-years-day
		2025-02-17 ca-sk.family-day
		2025-04-18 ca.good-friday
		2025-05-19 ca-sk.victoria-day
		2025-07-01 ca.canada-day
		2025-08-04 ca-sk.civic-holiday
		2025-09-01 ca.labour-day
		2025-10-13 ca-sk.thanksgiving
		2025-11-11 ca-sk.remembrance-day
		2025-12-25 ca.christmas-day
	`)
	expectYear(t, "CA-SK", 2025, []Category{Optional}, `
		2025-04-21 ca-sk.easter-monday
		2025-04-21 ca.easter-monday
		2025-05-19 ca.victoria-day
		2025-08-04 ca.civic-holiday
		2025-09-30 ca.truth-and-reconciliation
		2025-10-13 ca.thanksgiving
		2025-11-11 ca.remembrance-day
		2025-12-26 ca-sk.boxing-day
		2025-12-26 ca.boxing-day
	`)
	expectYear(t, "CA-SK", 2010, nil, `
		2010-01-01 ca.new-years-day
		2010-02-15 ca-sk.family-day
		2010-04-02 ca.good-friday
		2010-05-24 ca-sk.victoria-day
		2010-07-01 ca.canada-day
		2010-08-02 ca-sk.civic-holiday
		2010-09-06 ca.labour-day
		2010-10-11 ca-sk.thanksgiving
		2010-11-11 ca-sk.remembrance-day
		2010-12-25 ca.christmas-day
		2010-12-27 ca.christmas-day observed
	`)
	expectYear(t, "CA-SK", 2010, []Category{Optional}, `
		2010-04-05 ca-sk.easter-monday
		2010-04-05 ca.easter-monday
		2010-05-24 ca.victoria-day
		2010-08-02 ca.civic-holiday
		2010-10-11 ca.thanksgiving
		2010-11-11 ca.remembrance-day
		2010-12-26 ca-sk.boxing-day
		2010-12-26 ca.boxing-day
	`)
}
