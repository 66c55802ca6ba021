package itsm_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/itsmkit/itsm"
)

func ExampleParseDuration() {
	d, err := itsm.ParseDuration("90m")
	fmt.Println(d, err)
	_, err = itsm.ParseDuration("3d")
	fmt.Println(errors.Is(err, itsm.ErrDuration))
	// Output:
	// 1h30m <nil>
	// true
}

func ExampleInterval() {
	at := func(h int) time.Time { return time.Date(2026, 7, 6, h, 0, 0, 0, time.UTC) }
	outage := itsm.Interval{Start: at(9), End: at(11)}
	window := itsm.Interval{Start: at(11), End: at(13)}
	fmt.Println(outage.Overlaps(window), outage.Contains(at(11)), outage.Duration())
	b, _ := json.Marshal(outage)
	fmt.Println(string(b))
	// Output:
	// false false 2h0m0s
	// {"start":"2026-07-06T09:00:00Z","end":"2026-07-06T11:00:00Z"}
}

func ExampleRatio() {
	met := itsm.Ratio{Num: 1999, Den: 2000}
	p, _ := met.Percent(2)
	fmt.Println(met, p)
	// Output: 1999/2000 99.95
}
