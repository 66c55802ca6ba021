package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Days start at the DST policy's midnight too, in every zone. Lebanon's
// clocks go forward at 00:00 on the last Sunday of March (2026-03-29 00:00
// EET → 01:00 EEST) and Cuba's on the second Sunday of March (2026-03-08
// 00:00 CST → 01:00 CDT; IANA tz database, asia and northamerica, Rules
// Lebanon and Cuba), so those days start at 01:00. date.MidnightIn put the
// Beirut midnight at 23:00 the day before and time.Date the Havana one, so
// the report's period and its "today" began a day early.
func TestDaysStartAtCivilMidnightInAGap(t *testing.T) {
	p := filepath.Join(t.TempDir(), "in.csv")
	data := "ticket,time,event,state,team,service,impact,urgency,priority,reason,contact,csat,nps\n" +
		"INC1,2026-03-08 09:00,open,New,Service Desk,E-Mail,2,2,,,phone,,\n" +
		"INC2,2026-03-29 09:00,open,New,Service Desk,E-Mail,2,2,,,phone,,\n"
	require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	type report struct {
		Subtitle string `json:"subtitle"`
		Sections []struct {
			Title string `json:"title"`
		} `json:"sections"`
	}
	runJSON := func(o Options) report {
		var out, errb bytes.Buffer
		o.In, o.Format = p, "json"
		o.MaxRejected = "100"
		require.NoError(t, Run(o, &out, &errb))
		var rep report
		require.NoError(t, json.Unmarshal(out.Bytes(), &rep))
		return rep
	}
	rep := runJSON(Options{Zone: "Asia/Beirut", Now: "2026-03-30T12:00:00+03:00", From: "2026-03-29", To: "2026-03-31"})
	assert.Contains(t, rep.Subtitle, "period 2026-03-29 – 2026-03-30")
	rep = runJSON(Options{ConfigFile: "config.json", Zone: "America/Havana", Now: "2026-03-08T12:00:00-04:00", From: "2026-03-01", To: "2026-03-09"})
	var titles []string
	for _, s := range rep.Sections {
		titles = append(titles, s.Title)
	}
	assert.Contains(t, titles, "Escalations and deadlines due today (Sun 08 Mar)")

	havana, err := time.LoadLocation("America/Havana")
	require.NoError(t, err)
	assert.Equal(t, "2026-03-08T01:00:00-04:00", midnight(2026, time.March, 8, havana).Format(time.RFC3339))
	assert.Equal(t, "2026-03-08T01:00:00-04:00", startOfDay(time.Date(2026, 3, 8, 15, 0, 0, 0, havana)).Format(time.RFC3339))
	assert.Equal(t, "2026-03-09T00:00:00-04:00", midnight(2026, time.March, 8+1, havana).Format(time.RFC3339))
	y, m, d := mondayOf(time.Date(2026, 3, 8, 15, 0, 0, 0, havana))
	assert.Equal(t, "2026-03-02", midnight(y, m, d, havana).Format(time.DateOnly))
}

// A timestamp outside the calendars' range (1900 to 2189) rejects its row:
// a ticket opened in 1700 made the backlog age overflow time.Duration and
// the whole report fail.
func TestTimestampOutsideRangeRejectsRowNotReport(t *testing.T) {
	p := filepath.Join(t.TempDir(), "in.csv")
	data := "ticket,time,event,state,team,service,impact,urgency,priority,reason,contact,csat,nps\n" +
		"INC1,1700-06-01T09:00:00+02:00,open,New,Service Desk,E-Mail,2,2,,,phone,,\n" +
		"INC2,2026-06-01T09:00:00+02:00,open,New,Service Desk,E-Mail,2,2,,,phone,,\n" +
		"INC3,2026-06-01T09:00:00+02:00,open,New,Service Desk,E-Mail,2,2,,,phone,,\n" +
		"INC3,2400-06-01 09:00,state,Resolved,,,,,,,,,\n"
	require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	for _, o := range []Options{
		{In: p, Now: "2026-06-02T08:00:00+02:00", From: "2026-06-01", To: "2026-06-02"},
		{In: p, Now: "2026-06-02T08:00:00+02:00"},
	} {
		o.Format = "json"
		var out, errb bytes.Buffer
		o.MaxRejected = "100"
		require.NoError(t, Run(o, &out, &errb))
		var rep jsonReport
		require.NoError(t, json.Unmarshal(out.Bytes(), &rep))
		rej := rep.table(t, "rejected_rows")
		require.Len(t, rej, 2)
		assert.Contains(t, rej[0]["error"], `timestamp "1700-06-01T09:00:00+02:00": outside the supported range 1900-01-01 to 2189-12-31`)
		assert.Contains(t, rej[1]["error"], `"2400-06-01 09:00"`)
	}
}
