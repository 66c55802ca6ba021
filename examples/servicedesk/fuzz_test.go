package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/itsmkit/itsm/priority"
)

// The readers take any bytes: no panic, no hang, and every row is
// accounted for (read = used + rejected).
func fuzzReader(f *testing.F, read func(string, *strings.Reader, LoadOptions) (LoadStats, error), seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	loc, _ := time.LoadLocation("Europe/Berlin")
	f.Fuzz(func(t *testing.T, data string) {
		st, err := read("f.csv", strings.NewReader(data), LoadOptions{Zone: loc, Matrix: priority.ServiceNow()})
		if err != nil {
			return // a bad header is fatal
		}
		if st.Read != st.Used+st.Rejected || st.Rejected != len(st.Errors) {
			t.Fatalf("rows not accounted for: %+v", st)
		}
		for _, e := range st.Errors {
			if e.Line < 2 {
				t.Fatalf("row error on line %d: %v", e.Line, e)
			}
		}
	})
}

func seedFile(f *testing.F, name string) string {
	b, err := os.ReadFile(name)
	if err != nil {
		f.Fatal(err)
	}
	return string(b)
}

func FuzzReadNeutral(f *testing.F) {
	fuzzReader(f, func(n string, r *strings.Reader, o LoadOptions) (LoadStats, error) {
		_, st, err := ReadNeutral(n, r, o)
		return st, err
	}, badNeutral, "ticket,time,event\nA,2026-01-01T00:00:00Z,state\n")
}

func FuzzReadServiceNow(f *testing.F) {
	fuzzReader(f, func(n string, r *strings.Reader, o LoadOptions) (LoadStats, error) {
		_, st, err := ReadServiceNow(n, r, o)
		return st, err
	}, snSmall)
}

const snSmall = "number,incident_state,opened_at,sys_updated_at,impact,urgency,priority,reassignment_count,reopen_count,made_sla,resolved_at,closed_at\n" +
	"INC1,New,03-06-2026 09:12,03-06-2026 09:12,2 - Medium,2 - Medium,3 - Moderate,0,0,true,?,?\n" +
	"INC1,Resolved,03-06-2026 09:12,03-06-2026 10:12,2 - Medium,2 - Medium,3 - Moderate,1,0,true,03-06-2026 10:12,?\n"

func FuzzReadJira(f *testing.F) {
	fuzzReader(f, func(n string, r *strings.Reader, o LoadOptions) (LoadStats, error) {
		_, st, err := ReadJira(n, r, o)
		return st, err
	}, seedFile(f, "testdata/jira_sample.csv"))
}
