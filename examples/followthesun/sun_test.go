package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.txt")

// bruteOpen is an independent model of the five desks for 22 May – 7 June
// 2026: civil hours in each zone, with the holidays of that stretch written
// out from the official lists.
func bruteOpen(t time.Time) map[string]bool {
	type desk struct {
		zone       string
		open, shut int // local hours
		holidays   []string
	}
	desks := map[string]desk{
		// Feiertagsgesetz NRW § 2: Pfingstmontag, Fronleichnam.
		"DTM": {"Europe/Berlin", 8, 18, []string{"2026-05-25", "2026-06-04"}},
		// California Government Code § 6700: the last Monday in May.
		"SFO": {"America/Los_Angeles", 8, 17, []string{"2026-05-25"}},
		// Public Holidays Act 2010 (NSW): none until the King's Birthday, 8 June.
		"SYD": {"Australia/Sydney", 8, 17, nil},
		// Ministry of Manpower, public holidays 2026: Hari Raya Haji 27 May,
		// Vesak Day 31 May (a Sunday, so Monday 1 June is a holiday).
		"SIN": {"Asia/Singapore", 9, 18, []string{"2026-05-27", "2026-05-31", "2026-06-01"}},
		// Government of Karnataka, DPAR general holidays 2026: May Day 1 May,
		// Bakrid 28 May.
		"BLR": {"Asia/Kolkata", 9, 18, []string{"2026-05-01", "2026-05-28"}},
	}
	out := map[string]bool{}
	for name, d := range desks {
		loc, _ := time.LoadLocation(d.zone)
		l := t.In(loc)
		wd := l.Weekday()
		hol := false
		for _, h := range d.holidays {
			hol = hol || h == l.Format(time.DateOnly)
		}
		out[name] = wd != time.Saturday && wd != time.Sunday && !hol && l.Hour() >= d.open && l.Hour() < d.shut
	}
	return out
}

func TestWeekAgainstMinuteStepping(t *testing.T) {
	week := time.Date(2026, 5, 25, 0, 0, 0, 0, time.UTC)
	opened := time.Date(2026, 5, 22, 18, 0, 0, 0, time.UTC)
	desks, err := LoadDesks(desksJSON)
	require.NoError(t, err)
	r, err := Compute(desks, week, opened, 8*time.Hour)
	require.NoError(t, err)
	require.Len(t, r.Days, 7)
	var covered time.Duration
	var gaps []time.Time // starts of gaps
	prevOpen := true
	for i, day := range r.Days {
		perDesk := map[string]time.Duration{}
		var union time.Duration
		for m := week.AddDate(0, 0, i); m.Before(week.AddDate(0, 0, i+1)); m = m.Add(time.Minute) {
			any := false
			for name, open := range bruteOpen(m) {
				if open {
					perDesk[name] += time.Minute
					any = true
				}
			}
			if any {
				union += time.Minute
			} else if prevOpen {
				gaps = append(gaps, m)
			}
			prevOpen = any
		}
		for _, d := range desks {
			assert.Equal(t, perDesk[d.Name], day.Open[d.Name], "%s %s", day.Date, d.Name)
		}
		assert.Equal(t, union, day.Union, day.Date)
		covered += union
	}
	assert.Equal(t, covered, r.Covered)
	require.Len(t, r.Gaps, len(gaps))
	for i, g := range gaps {
		assert.True(t, g.Equal(r.Gaps[i].Start), "gap %d starts %s, want %s", i, r.Gaps[i].Start, g)
	}

	// The deadline: the first instant by which 8 h of union time have passed.
	var used time.Duration
	m := opened
	for ; used < 8*time.Hour; m = m.Add(time.Minute) {
		for _, open := range bruteOpen(m) {
			if open {
				used += time.Minute
				break
			}
		}
	}
	assert.True(t, m.Equal(r.Deadline), "deadline %s, want %s", r.Deadline, m)
	assert.Equal(t, "2026-05-25T00:00:00Z", r.Deadline.UTC().Format(time.RFC3339), "San Francisco until Friday's close, then Sydney on Monday morning")
	var held time.Duration
	for _, s := range r.Stretches {
		held += s.End.Sub(s.Start)
	}
	assert.Equal(t, 8*time.Hour, held, "the stretches account for the whole target")
}

func TestGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		o    Options
	}{
		{"golden.txt", Options{Week: "2026-05-25", Opened: "2026-05-22T20:00:00+02:00", Target: 8 * time.Hour}},
		{"golden_dst.txt", Options{Week: "2026-03-09", Opened: "2026-03-13T16:30:00+01:00", Target: 8 * time.Hour}},
		{"golden.json", Options{Week: "2026-05-25", Opened: "2026-05-22T20:00:00+02:00", Target: 8 * time.Hour, Format: "json"}},
	} {
		var b bytes.Buffer
		require.NoError(t, Run(c.o, &b))
		p := filepath.Join("testdata", c.name)
		if *update {
			require.NoError(t, os.MkdirAll("testdata", 0o755))
			require.NoError(t, os.WriteFile(p, b.Bytes(), 0o644))
			continue
		}
		want, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.Equal(t, string(want), b.String(), c.name)
	}
}

func TestBadOptions(t *testing.T) {
	var b bytes.Buffer
	assert.ErrorContains(t, Run(Options{Week: "2026-05-26", Opened: "2026-05-22T16:30:00+02:00", Target: time.Hour}, &b), "not a Monday")
	assert.Error(t, Run(Options{Week: "2026-05-25", Opened: "yesterday", Target: time.Hour}, &b))
	assert.Error(t, Run(Options{Week: "2026-05-25", Opened: "2026-05-22T16:30:00+02:00", Target: 0}, &b))
}
