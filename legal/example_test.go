package legal_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/itsmkit/itsm/legal"
	"github.com/rickb777/date/v2"
)

// A contractual period under the BGB: one month from a notice received on
// Thursday 5 April 2001 ends on Saturday 5 May, so § 193 moves it to Monday
// 7 May (Dr. C. Kotz, "Wie berechnet man eine Monatsfrist?", example 3).
func ExampleEnd() {
	place, err := legal.PlaceFor("DE-NW", "Europe/Berlin")
	if err != nil {
		panic(err)
	}
	berlin, _ := time.LoadLocation("Europe/Berlin")
	received := time.Date(2001, 4, 5, 10, 30, 0, 0, berlin)
	month, _ := legal.ParsePeriod("1 month")
	d, err := legal.End(received, month, legal.BGB, place)
	if err != nil {
		panic(err)
	}
	fmt.Println(d)
	fmt.Println(d.Explain())
	// Output:
	// Mon 2001-05-07 24:00 CEST (1 month from Thu 2001-04-05 10:30 CEST, bgb)
	// BGB § 187(1): the day of the event, Thu 2001-04-05, is not counted; the period starts at the beginning of Fri 2001-04-06
	// BGB § 188(2): 1 month: the period ends with the expiry of the day with the same number as the event's, Sat 2001-05-05
	// BGB § 193: the last day, Sat 2001-05-05, is a Saturday at the place of performance: the next working day, Mon 2001-05-07, takes its place
}

// Regulation 1182/71 does not count the hour of the event and does not
// move a period expressed in hours: 72 hours from 12:17 on 22 December 2020
// end at 13:00 on Christmas Day.
func ExampleEnd_hours() {
	place, _ := legal.PlaceFor("DE", "Europe/Berlin")
	berlin, _ := time.LoadLocation("Europe/Berlin")
	d, err := legal.End(time.Date(2020, 12, 22, 12, 17, 0, 0, berlin), legal.Period{N: 72, Unit: legal.Hours}, legal.EU1182, place)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Explain())
	// Output:
	// Regulation 1182/71 Art. 3(1): the hour during which the event occurs is not counted; the period starts at the beginning of the next hour, Tue 2020-12-22 13:00 CET
	// Regulation 1182/71 Art. 3(2)(a): the period ends with the expiry of its last hour, 72 hours later: Fri 2020-12-25 13:00 CET
	// Regulation 1182/71 Art. 3(4), 3(5): Fri 2020-12-25 is a public holiday, but Art. 3(4) moves only periods expressed otherwise than in hours, and the package does not apply Art. 3(5) to hours: not extended
}

// A period that begins at the beginning of a day (BGB § 187(2)): interest
// for one month from 4 April 2023 runs until the end of 3 May.
func ExampleEndFromDay() {
	place, _ := legal.PlaceFor("DE", "Europe/Berlin")
	d, err := legal.EndFromDay(date.New(2023, 4, 4), legal.Period{N: 1, Unit: legal.Months}, legal.BGB, place)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.End)
	// Output:
	// 2023-05-04 00:00:00 +0200 CEST
}

// A bank's ransomware incident is a major ICT-related incident (DORA) and
// a personal data breach (GDPR): both regimes' clocks, reported together.
func ExampleTrack() {
	place, _ := legal.PlaceFor("DE-HE", "Europe/Berlin")
	berlin, _ := time.LoadLocation("Europe/Berlin")
	at := func(d, h, m int) time.Time { return time.Date(2026, 5, d, h, m, 0, 0, berlin) }
	inc := legal.Incident{
		ID:    "INC-4711",
		Facts: []legal.Fact{legal.HighRisk, legal.ClientImpact},
		Events: []legal.Event{
			{Kind: legal.Aware, At: at(8, 9, 10)},
			{Kind: legal.Classified, At: at(8, 11, 0)},
			{Kind: legal.Submitted, Obligation: "dora_initial", At: at(8, 13, 30)},
		},
	}
	st, err := legal.Track(inc, at(9, 10, 0), place, legal.DORA(), legal.GDPR())
	if err != nil {
		panic(err)
	}
	fmt.Println(st)
	// Output:
	// incident INC-4711 at Sat 2026-05-09 10:00 CEST, next: gdpr/gdpr_authority
	//   dora/dora_initial (DORA Art. 19(4)(a); Delegated Regulation (EU) 2025/301 Art. 5(1)(a)): met, deadline Fri 2026-05-08 15:00 CEST, submitted Fri 2026-05-08 13:30 CEST
	//   dora/dora_intermediate (DORA Art. 19(4)(b); Delegated Regulation (EU) 2025/301 Art. 5(1)(b)): open, deadline Mon 2026-05-11 13:30 CEST
	//   dora/dora_final (DORA Art. 19(4)(c); Delegated Regulation (EU) 2025/301 Art. 5(1)(c)): waiting
	//   dora/dora_clients (DORA Art. 19(3)): due
	//   gdpr/gdpr_authority (GDPR Art. 33(1)): open, deadline Mon 2026-05-11 09:10 CEST
	//   gdpr/gdpr_controller (GDPR Art. 33(2)): not_applicable
	//   gdpr/gdpr_data_subjects (GDPR Art. 34(1)): due
}

// A regime of one's own, read from JSON: a contract's incident clauses,
// counted by the BGB.
func ExampleParseRegime() {
	r, err := legal.ParseRegime([]byte(`{"name": "outsourcing_contract", "counting": "bgb",
	 "title": "IT outsourcing contract, § 12 (security incidents)",
	 "obligations": [
	  {"id": "contract_notice", "name": "Notify the customer", "citation": "Contract § 12(1)", "trigger": "aware", "within": "4 hours"},
	  {"id": "contract_report", "name": "Written incident report", "citation": "Contract § 12(2)", "trigger": "resolved", "within": "10 days"}]}`))
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Name, r.Counting, r.Obligations[1].Within)
	_, err = legal.ParseRegime([]byte(`{"name": "x", "obligations": [{"id": "a", "name": "A", "citation": "§ 1", "trigger": "aware", "within": "72h"}]}`))
	fmt.Println(err)
	// Output:
	// outsourcing_contract bgb 10 days
	// legal: regime "x" obligation "a" within: "72h": bad period: want "<n> <unit>", such as "72 hours" or "1 month"
}

// Classification of a major ICT-related incident under Delegated
// Regulation (EU) 2024/1772: critical services affected, and two
// thresholds met.
func ExampleClassify() {
	var im legal.Impact
	err := json.Unmarshal([]byte(`{"critical_services": true, "clients_affected": 120000, "clients_total": 900000,
	 "downtime": "3h15m", "member_states": 1, "costs_and_losses": "85000"}`), &im)
	if err != nil {
		panic(err)
	}
	c, err := legal.Classify(im)
	if err != nil {
		panic(err)
	}
	fmt.Println(c)
	for _, a := range c.Criteria {
		fmt.Printf("%-17s met=%-5v counts=%v\n", a.Criterion, a.Met, a.Counts)
	}
	// Output:
	// major (Delegated Regulation (EU) 2024/1772 Art. 8(1)(b): critical services affected and 2 of the other thresholds met: clients, duration)
	// critical_services met=true  counts=false
	// clients           met=true  counts=true
	// reputation        met=false counts=false
	// duration          met=true  counts=true
	// geography         met=false counts=false
	// data_losses       met=false counts=false
	// malicious_access  met=false counts=false
	// economic          met=false counts=false
}
