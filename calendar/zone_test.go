package calendar

import (
	"testing"
	"time"
)

// bruteResolve is the DST policy by definition: the first instant whose wall
// clock reads at least w (the first occurrence of an ambiguous time, the
// first instant after a gap), found by stepping minutes, then seconds.
func bruteResolve(loc *time.Location, w int64) int64 {
	wall := func(u int64) int64 { _, o := time.Unix(u, 0).In(loc).Zone(); return u + int64(o) }
	for u := w - 30*3600; ; u += 60 {
		if wall(u) >= w {
			for v := u - 59; v < u; v++ {
				if wall(v) >= w {
					return v
				}
			}
			return u
		}
	}
}

// The zone resolver (fast path on cached zone periods, slow path by
// bisection) agrees with the definition around every offset change of zones
// with unusual histories: 2 h DST (Antarctica/Troll), negative DST
// (Europe/Dublin), a skipped day (Pacific/Apia 2011), midnight transitions
// (America/Havana, Asia/Beirut, America/Santiago), DST suspended for Ramadan
// (Africa/Casablanca), 30/45-minute offsets and shifts. A shared resolver is
// also walked forward through the walls, as buildBase does.
func TestResolveMatchesDefinition(t *testing.T) {
	zones := []string{"Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe",
		"Antarctica/Troll", "Europe/Dublin", "Pacific/Apia", "Pacific/Kiritimati", "America/Havana", "Asia/Beirut",
		"America/Santiago", "Africa/Casablanca", "Asia/Tehran", "Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns",
		"Europe/Moscow", "America/Caracas", "Pacific/Kwajalein", "Asia/Gaza", "America/Nuuk", "Europe/Amsterdam"}
	years := []int{1900, 1916, 1940, 1945, 1969, 1993, 2007, 2011, 2014, 2016, 2026, 2038, 2040, 2087, 2189}
	for _, zn := range zones {
		loc, err := time.LoadLocation(zn)
		if err != nil {
			t.Fatal(err)
		}
		shared := zoneResolver{loc: loc}
		for _, y := range years {
			for _, tr := range transitions(loc, y) {
				_, o := tr.In(loc).Zone()
				base := tr.Unix() + int64(o)
				base -= ((base % 60) + 60) % 60
				for dw := int64(-2 * 3600); dw <= 2*3600; dw += 900 {
					w := base + dw
					fresh := zoneResolver{loc: loc}
					want := bruteResolve(loc, w)
					if got := fresh.resolve(w); got != want {
						t.Fatalf("%s wall %v: resolve = %v, want %v", zn, time.Unix(w, 0).UTC().Format("2006-01-02 15:04:05"), time.Unix(got, 0).In(loc), time.Unix(want, 0).In(loc))
					}
					if got := shared.resolve(w); got != want {
						t.Fatalf("%s wall %v (shared resolver): resolve = %v, want %v", zn, time.Unix(w, 0).UTC().Format("2006-01-02 15:04:05"), time.Unix(got, 0).In(loc), time.Unix(want, 0).In(loc))
					}
				}
			}
		}
	}
}

// A zone is parsed once per name for the process: later calendars get the
// same *time.Location without reading the zone file (time.LoadLocation
// costs microseconds per call), and names that do not load are not kept.
func TestZoneParsedOnce(t *testing.T) {
	a, err := loadZone("America/Argentina/Ushuaia")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := loadZone("America/Argentina/Ushuaia")
	if a != b {
		t.Error("a zone name loaded twice")
	}
	if n := testing.AllocsPerRun(100, func() { loadZone("America/Argentina/Ushuaia") }); n != 0 {
		t.Errorf("%v allocations per cached zone", n)
	}
	before := zoneCount.Load()
	for _, bad := range []string{"Mars/Olympus", "Local", "../etc/passwd"} {
		if _, err := loadZone(bad); err == nil {
			t.Errorf("%q loaded", bad)
		}
	}
	if zoneCount.Load() != before {
		t.Error("a bad zone name was cached")
	}
	c1 := mustNew(t, Spec{Zone: "America/Argentina/Ushuaia", Week: mustWeek(t, "Mon 08:00-17:00")})
	c2 := mustNew(t, Spec{Zone: "America/Argentina/Ushuaia", Week: mustWeek(t, "Tue 08:00-17:00")})
	if c1.Location() != c2.Location() {
		t.Error("two calendars of one zone hold two locations")
	}
}
