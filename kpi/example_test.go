package kpi_test

import (
	"fmt"
	"time"

	"github.com/itsmkit/itsm/kpi"
	"github.com/shopspring/decimal"
)

func ExampleAllowedDowntime() {
	d, _ := kpi.AllowedDowntime(decimal.RequireFromString("99.9"), kpi.Days30)
	y, _ := kpi.AllowedDowntime(decimal.RequireFromString("99.99"), kpi.Year365)
	fmt.Println(d, y)
	// Output: 43m12s 52m33.6s
}

func ExampleComputeAvailability() {
	start := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	period := kpi.Interval{Start: start, End: start.AddDate(0, 0, 30)}
	outages := []kpi.Interval{
		{Start: start.Add(50 * time.Hour), End: start.Add(50*time.Hour + 30*time.Minute)},
		{Start: start.Add(50*time.Hour + 20*time.Minute), End: start.Add(50*time.Hour + 43*time.Minute + 12*time.Second)},
	}
	maintenance := []kpi.Interval{{Start: start.Add(100 * time.Hour), End: start.Add(102 * time.Hour)}}
	a, err := kpi.ComputeAvailability(period, outages, maintenance, kpi.WallClock{})
	if err != nil {
		panic(err)
	}
	p, _ := a.Percent(4)
	fmt.Println(p, a.Ratio(), a.Down, a.Scheduled, a.OverlapsMerged)
	// Output: 99.8997 2582208000000000/2584800000000000 43m12s 718h0m0s true
}

func ExampleRatio_Percent() {
	r := kpi.Ratio{Num: 2, Den: 3}
	p, ok := r.Percent(2)
	fmt.Println(p, ok)
	_, ok = kpi.Ratio{}.Percent(2)
	fmt.Println(ok)
	// Output:
	// 66.67 true
	// false
}

func ExampleMergeIntervals() {
	t := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	m, overlapped, _ := kpi.MergeIntervals([]kpi.Interval{
		{Start: t, End: t.Add(time.Hour)},
		{Start: t.Add(30 * time.Minute), End: t.Add(2 * time.Hour)},
	})
	fmt.Println(len(m), m[0].Duration(), overlapped)
	// Output: 1 2h0m0s true
}
