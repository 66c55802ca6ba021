package holidays

import "testing"

func TestSwitzerland(t *testing.T) {
	expectYear(t, "CH", 2024, nil, `
		2024-01-01 ch.neujahr
		2024-05-09 ch.auffahrt
		2024-08-01 ch.bundesfeier
		2024-12-25 ch.weihnachten`)
	expectYear(t, "CH", 1993, nil, `
		1993-01-01 ch.neujahr
		1993-05-20 ch.auffahrt
		1993-12-25 ch.weihnachten`)
	expectYear(t, "CH-ZH", 2024, nil, `
		2024-01-01 ch.neujahr
		2024-03-29 ch.karfreitag
		2024-04-01 ch.ostermontag
		2024-05-01 ch.tag-der-arbeit
		2024-05-09 ch.auffahrt
		2024-05-20 ch.pfingstmontag
		2024-08-01 ch.bundesfeier
		2024-12-25 ch.weihnachten
		2024-12-26 ch.stephanstag`)
	expectYear(t, "CH-ZH", 2024, []Category{Optional}, `2024-01-02 ch.berchtoldstag`)
	expectYear(t, "CH-GE", 2024, nil, `
		2024-01-01 ch.neujahr
		2024-03-29 ch.karfreitag
		2024-04-01 ch.ostermontag
		2024-05-09 ch.auffahrt
		2024-05-20 ch.pfingstmontag
		2024-08-01 ch.bundesfeier
		2024-09-05 ch.jeune-genevois
		2024-12-25 ch.weihnachten
		2024-12-31 ch.restauration-republique`)
	expectYear(t, "CH-VD", 2024, nil, `
		2024-01-01 ch.neujahr
		2024-01-02 ch.berchtoldstag
		2024-03-29 ch.karfreitag
		2024-04-01 ch.ostermontag
		2024-05-09 ch.auffahrt
		2024-05-20 ch.pfingstmontag
		2024-08-01 ch.bundesfeier
		2024-09-16 ch.lundi-du-jeune
		2024-12-25 ch.weihnachten`)
	expectYear(t, "CH-TI", 2024, nil, `
		2024-01-01 ch.neujahr
		2024-01-06 ch.heilige-drei-koenige
		2024-03-19 ch.josefstag
		2024-04-01 ch.ostermontag
		2024-05-01 ch.tag-der-arbeit
		2024-05-09 ch.auffahrt
		2024-05-20 ch.pfingstmontag
		2024-05-30 ch.fronleichnam
		2024-06-29 ch.peter-und-paul
		2024-08-01 ch.bundesfeier
		2024-08-15 ch.mariae-himmelfahrt
		2024-11-01 ch.allerheiligen
		2024-12-08 ch.mariae-empfaengnis
		2024-12-25 ch.weihnachten
		2024-12-26 ch.stephanstag`)
	s, err := ForRegion("CH-TI")
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := s.Lookup(day("2024-06-29")); h.Name != "Santi Pietro e Paolo" {
		t.Errorf("Ticino names are Italian, got %q", h.Name)
	}
	gl, err := ForRegion("CH-GL")
	if err != nil {
		t.Fatal(err)
	}
	// Näfelser Fahrt: first Thursday of April, a week later when that is Maundy Thursday (2021).
	for d, want := range map[string]bool{"2024-04-04": true, "2021-04-01": false, "2021-04-08": true} {
		if h, ok := gl.Lookup(day(d)); (ok && h.ID == "ch.naefelser-fahrt") != want {
			t.Errorf("Näfelser Fahrt %s: %v", d, ok)
		}
	}
	ne, err := ForRegion("CH-NE")
	if err != nil {
		t.Fatal(err)
	}
	for d, want := range map[string]bool{"2023-01-02": true, "2024-01-02": false, "2022-12-26": true, "2023-12-26": false, "2024-03-01": true, "2024-05-01": true, "2024-04-01": false} {
		if ne.IsHoliday(day(d)) != want {
			t.Errorf("Neuchâtel %s: want %v", d, want)
		}
	}
}

func TestSwitzerlandStephanstagRules(t *testing.T) {
	for _, code := range []string{"CH-AI", "CH-AR", "CH-UR"} {
		s, err := ForRegion(code)
		if err != nil {
			t.Fatal(err)
		}
		// 2017 and 2023: Christmas on Monday; 2020: on Friday; 2024: Wednesday.
		for d, want := range map[string]bool{"2017-12-26": false, "2023-12-26": false, "2020-12-26": false, "2024-12-26": true, "2022-12-26": true} {
			if s.IsHoliday(day(d)) != want {
				t.Errorf("%s %s: want %v", code, d, want)
			}
		}
	}
	ag, err := ForRegion("CH-AG")
	if err != nil {
		t.Fatal(err)
	}
	// 26 Dec 2006 was a Tuesday (a working day in Aargau until 2007); 2017 too, after the change.
	for d, want := range map[string]bool{"2006-12-26": false, "2007-12-26": true, "2017-12-26": true} {
		if ag.IsHoliday(day(d)) != want {
			t.Errorf("CH-AG %s: want %v", d, want)
		}
	}
}

func TestSolothurn(t *testing.T) {
	expectYear(t, "CH-SO", 2024, nil, `
		2024-01-01 ch.neujahr
		2024-03-29 ch.karfreitag
		2024-05-09 ch.auffahrt
		2024-08-01 ch.bundesfeier
		2024-12-25 ch.weihnachten`)
	expectYear(t, "CH-SO", 2024, []Category{HalfDay, Optional}, `
		2024-01-02 ch.berchtoldstag
		2024-04-01 ch.ostermontag
		2024-05-01 ch.tag-der-arbeit
		2024-05-20 ch.pfingstmontag
		2024-05-30 ch.fronleichnam
		2024-08-15 ch.mariae-himmelfahrt
		2024-11-01 ch.allerheiligen
		2024-12-26 ch.stephanstag`)
}
