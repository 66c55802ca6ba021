package main

import (
	"strings"
	"testing"
	"time"
)

func TestDefaultDemo(t *testing.T) {
	var b strings.Builder
	if err := run(&b, "2026-05-22T16:30", 8*time.Hour, "2026-05-26T09:30"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	// Friday 22 May 2026, 16:30: 30 minutes on Friday, Monday 25 May is
	// Pfingstmontag (closed in NRW), so 7h30m remain for Tuesday 26 May:
	// due 15:30. At Tuesday 09:30, 30m (Friday) + 1h30m (Tuesday) = 2h are used.
	for _, want := range []string{
		"Due:      Tue 26 May 2026 15:30 CEST",
		"Fri 22 May 2026 16:30 CEST – 17:00  30m0s",
		"Tue 26 May 2026 08:00 CEST – 15:30  7h30m0s",
		"2h0m0s used, 6h0m0s left",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestBadInput(t *testing.T) {
	var b strings.Builder
	for _, tc := range []struct {
		opened string
		target time.Duration
		want   string
	}{
		{"Friday", 8 * time.Hour, `-opened "Friday"`},
		{"2026-05-22T16:30", 0, "-target 0s: must be positive"},
	} {
		err := run(&b, tc.opened, tc.target, "")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("run(%q, %v) = %v, want error containing %q", tc.opened, tc.target, err, tc.want)
		}
	}
}
