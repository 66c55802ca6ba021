package main

import (
	"fmt"
	"time"

	"github.com/itsmkit/itsm"
	"github.com/itsmkit/itsm/legal"
)

// regulatoryIncident is the demo's one major incident: ransomware at the
// company's payment subsidiary (a payment institution, so under DORA) that
// also exposed customer data (a personal data breach under the GDPR). Its
// events are placed relative to the report's "now": aware on the Friday
// evening before, classified as major after midnight, the DORA initial
// notification filed during the night.
func regulatoryIncident(now time.Time) (legal.Incident, legal.Impact) {
	loc := now.Location()
	y, m, d := now.Date()
	day := func(back int, h, min int) time.Time { return time.Date(y, m, d-back, h, min, 0, 0, loc) }
	inc := legal.Incident{
		ID:    "MI-PAY-1",
		Facts: []legal.Fact{legal.HighRisk, legal.ClientImpact},
		Events: []legal.Event{
			{Kind: legal.Aware, At: day(3, 21, 40)},
			{Kind: legal.Classified, At: day(2, 0, 30)},
			{Kind: legal.Submitted, Obligation: "dora_initial", At: day(2, 3, 55)},
		},
	}
	im := legal.Impact{
		CriticalServices: true,
		ClientsAffected:  12_000, ClientsTotal: 80_000,
		Downtime:     itsm.Duration(6 * time.Hour),
		DataImpact:   true,
		MemberStates: 1,
	}
	return inc, im
}

// regulatorySection shows the regulatory reporting clocks of the demo's
// major incident under DORA and the GDPR, computed by package legal: each
// duty's provision, state and deadline at "now", the next deadline and
// the overdue ones, and the classification under Delegated Regulation (EU)
// 2024/1772. It is meant for the embedded demo data: Build lists it after
// the change section when the report runs on the demo.
func (a *analysis) regulatorySection() (*Section, error) {
	place, err := legal.PlaceFor("DE-NW", a.Loc.String())
	if err != nil {
		return nil, err
	}
	inc, im := regulatoryIncident(a.Now)
	cls, err := legal.Classify(im)
	if err != nil {
		return nil, err
	}
	st, err := legal.Track(inc, a.Now, place, legal.DORA(), legal.GDPR())
	if err != nil {
		return nil, err
	}
	t := &Table{ID: "regulatory_clocks", Columns: []Column{
		{"regime", "Regime", false, false}, {"obligation", "Obligation", false, false},
		{"provision", "Provision", false, true}, {"state", "State", false, false},
		{"deadline", "Deadline", false, false}, {"submitted", "Submitted", false, false},
	}}
	for _, d := range st.Duties {
		t.Add(txt(d.Regime), txt(d.Name), txt(d.Citation), txt(d.State.String()), at(d.Deadline.In(a.Loc)), at(d.Submitted.In(a.Loc)))
	}
	s := &Section{ID: "regulatory", Title: "Regulatory clocks — major incident " + inc.ID, Tables: []*Table{t}}
	s.Intro = append(s.Intro, "Classification: "+cls.String()+".")
	// Status names duties "regime/obligation"; people read the duty's name,
	// its provision and its deadline.
	named := func(id string) string {
		for _, d := range st.Duties {
			if d.Regime+"/"+d.Obligation == id {
				return fmt.Sprintf("%s (%s), due %s", d.Name, d.Citation, d.Deadline.In(a.Loc).Format("Mon 02 Jan 15:04"))
			}
		}
		return id
	}
	if st.Next != "" {
		next := named(st.Next)
		s.Intro = append(s.Intro, "Next deadline: "+next+".")
		a.key("Next regulatory deadline", txt(next), "Regulatory clocks")
	}
	for _, id := range st.Overdue {
		s.Intro = append(s.Intro, "Overdue: "+named(id)+".")
	}
	s.Notes = append(s.Notes, "Deadlines are computed from the cited provisions (exact counting; the weekend relief of Delegated Regulation (EU) 2025/301 Art. 5(4) is not applied); they are not legal advice.")
	return s, nil
}
