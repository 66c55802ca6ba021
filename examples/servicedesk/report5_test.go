package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cuts a manager forwards: the last 7 days and the month to date
// beside the period, per assignment group and per service, opened against
// resolved per week with the partial weeks marked.
func TestWindowsGroupsServicesAndWeeks(t *testing.T) {
	rep := decodeReport(t, Options{})
	w := rep.table(t, "windows")
	require.NotEmpty(t, w)
	assert.Equal(t, "Opened", w[0]["figure"])
	assert.Equal(t, int64(3342), jn(w[0]["period"]), "the period column agrees with the Data section")
	assert.Greater(t, jn(w[0]["month_to_date"]), int64(0))
	assert.GreaterOrEqual(t, jn(w[0]["last_7_days"]), jn(w[0]["month_to_date"]), "6 July: the last 7 days hold the month so far")

	var sum int64
	for _, r := range rep.table(t, "by_group") {
		sum += jn(r["opened"])
	}
	assert.Equal(t, int64(3342), sum, "every ticket of the period in exactly one group")
	sum = 0
	for _, r := range rep.table(t, "by_service") {
		sum += jn(r["opened"])
	}
	assert.Equal(t, int64(3342), sum)

	weeks := rep.table(t, "weekly_flow")
	var opened int64
	for _, r := range weeks {
		opened += jn(r["opened"])
	}
	var notCancelled int64
	for _, r := range rep.table(t, "rates") {
		if r["kpi"] == "Reassignment rate" { // its denominator: the tickets of the period, cancelled ones left out
			notCancelled, _ = strconv.ParseInt(strings.Split(r["fraction"].(string), "/")[1], 10, 64)
		}
	}
	assert.Equal(t, notCancelled, opened, "the weeks cover the period exactly (cancelled tickets are not work)")
	assert.Equal(t, "01 Apr*", weeks[0]["week"], "1 April 2026 is a Wednesday: a partial week, marked")
	assert.Equal(t, int64(5), jn(weeks[0]["days"]))
	assert.Equal(t, "29 Jun*", weeks[len(weeks)-1]["week"])
	assert.Equal(t, int64(2), jn(weeks[len(weeks)-1]["days"]))
}

// Breaches are listed by overrun, largest first (they were by ticket
// number).
func TestBreachesSortedByOverrun(t *testing.T) {
	rows := decodeReport(t, Options{}).table(t, "breaches")
	require.Greater(t, len(rows), 2)
	prev := time.Duration(1<<63 - 1)
	for _, r := range rows {
		d, err := time.ParseDuration(r["overrun"].(string))
		require.NoError(t, err)
		assert.LessOrEqual(t, d, prev, "%s", r["ticket"])
		prev = d
	}
}

// Text output fits -width: tables wrap long cells and leave out the least
// important columns, naming them (it was 206 columns wide).
func TestTextFitsWidth(t *testing.T) {
	for _, width := range []int{100, 72} {
		out := run(t, Options{Width: width})
		long := 0
		for _, l := range strings.Split(out, "\n") {
			if utf8.RuneCountInString(l) > width && !strings.Contains(l, "T") { // RFC 3339 instants in notes cannot break
				long++
				t.Errorf("width %d: %d runes: %q", width, utf8.RuneCountInString(l), l)
			}
		}
		assert.Contains(t, out, "(left out to fit -width")
	}
	out := run(t, Options{Width: 100})
	assert.Regexp(t, regexp.MustCompile(`INC0011948  P5  In Progress\s+Tue 09 Jun 15:35  19 working days overdue`), out,
		"the open-ticket table keeps its narrow-order columns and shows overdue time in working days")
}

// German output: labels, dates as "Mo 06.07.2026", money as "2.950,00 €",
// decimal commas, overdue in working days.
func TestGerman(t *testing.T) {
	out := run(t, Options{Lang: "de"})
	for _, want := range []string{"Zusammenfassung für Montagmorgen", "Stand Mo 06.07.2026 08:00 CEST", "2.950,00 €",
		"19 Arbeitstage überfällig", "Lösung beim Erstkontakt  24,1 %", "Di 09.06.2026 15:35", "Geplante Changes der Woche Mo 06.07.2026 – So 12.07.2026"} {
		assert.Contains(t, out, want)
	}
	var b strings.Builder
	require.Error(t, Run(Options{Lang: "fr"}, &b, &b))
	err := Run(Options{Lang: "fr"}, &b, &b)
	assert.EqualError(t, err, `-lang "fr": want one of en, de`)
	js := decodeReport(t, Options{Lang: "de"})
	assert.Equal(t, "2026-06-09T15:35:00+02:00", js.table(t, "open_tickets")[0]["resolution_due"], "JSON keeps RFC 3339")
}

// The page works on a phone and on paper: charts scale (viewBox, no fixed
// size), wide tables become cards on a narrow screen with each cell
// labelled and the key columns first, print unfolds every folded table
// and keeps headings with what follows.
func TestHTMLForPhoneAndPaper(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.html")
	run(t, Options{HTML: p})
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	page := string(b)
	for _, svg := range regexp.MustCompile(`<svg [^>]*>`).FindAllString(page, -1) {
		assert.Contains(t, svg, "viewBox=")
		assert.NotRegexp(t, `\swidth="`, svg, "a fixed width overflows a phone")
	}
	assert.Contains(t, page, "@media (max-width:700px)")
	assert.Contains(t, page, `<table class="cards">`)
	assert.Contains(t, page, `data-label="Resolution due" style="order:2"`, "open tickets: priority, then the deadline")
	assert.Contains(t, page, "@media print")
	assert.Contains(t, page, `<div class="printonly">`)
	assert.Equal(t, strings.Count(page, `<details class="screenonly">`), strings.Count(page, `<div class="printonly">`), "every folded table has its printed copy")
	assert.Contains(t, page, "break-after:avoid")
	assert.Contains(t, page, "Availability per service and month")
	assert.Equal(t, 21, strings.Count(page, " · Apr 26<")+strings.Count(page, " · May 26<")+strings.Count(page, " · Jun 26<"), "7 services × 3 months")
}

// The demo's regulatory section is the demo's: a user's export has none.
func TestRegulatoryOnlyForTheDemo(t *testing.T) {
	has := func(r jsonReport) bool {
		for _, s := range r.Sections {
			if s.ID == "regulatory" {
				return true
			}
		}
		return false
	}
	assert.True(t, has(decodeReport(t, Options{})))
	assert.False(t, has(decodeReport(t, Options{In: snExport})))
}
