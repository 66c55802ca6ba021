package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// greece: the compulsory holidays of Greek labour law (25 March, 15 August,
// 28 October by law; Christmas, Easter Monday, Whit Monday and the others by
// collective agreement and ministerial decision, as the Ministry of Labour
// lists them) and the Orthodox movable feasts: Clean Monday (48 days before
// Orthodox Easter), Good Friday, Easter Sunday and Monday, Whit Monday (the
// Holy Spirit, 50 days after). Labour Day (1 May) is moved by ministerial
// decision when it falls in Holy Week or on Easter Monday: to 7 May 2013, 3
// May 2016, 4 May 2021, 7 May 2024.
func greece() *country {
	ortho := func(id, name, nameEN string, off int) *rule {
		return newRule(id, name, nameEN, func(y int) (date.Date, bool) { return OrthodoxEaster(y) + date.Date(off), true })
	}
	mayDay := map[int]date.Date{
		2013: civilDate(2013, time.May, 7),
		2016: civilDate(2016, time.May, 3),
		2021: civilDate(2021, time.May, 4),
		2024: civilDate(2024, time.May, 7),
	}
	return &country{
		code: "GR", name: "Ελλάδα", nameEN: "Greece",
		rules: []*rule{
			fixed("gr.protochronia", "Πρωτοχρονιά", "New Year's Day", time.January, 1),
			fixed("gr.theofaneia", "Θεοφάνεια", "Epiphany", time.January, 6),
			ortho("gr.kathara-deftera", "Καθαρά Δευτέρα", "Clean Monday", -48),
			fixed("gr.ikosti-pempti-martiou", "Ευαγγελισμός της Θεοτόκου και Εθνική Εορτή", "Independence Day", time.March, 25),
			ortho("gr.megali-paraskevi", "Μεγάλη Παρασκευή", "Orthodox Good Friday", -2),
			ortho("gr.pascha", "Κυριακή του Πάσχα", "Orthodox Easter Sunday", 0),
			ortho("gr.deftera-tou-pascha", "Δευτέρα του Πάσχα", "Orthodox Easter Monday", 1),
			newRule("gr.protomagia", "Εργατική Πρωτομαγιά", "Labour Day", func(y int) (date.Date, bool) {
				if d, ok := mayDay[y]; ok {
					return d, true
				}
				return civilDate(y, time.May, 1), true
			}),
			ortho("gr.agiou-pnevmatos", "Δευτέρα του Αγίου Πνεύματος", "Orthodox Whit Monday", 50),
			fixed("gr.koimisi-tis-theotokou", "Κοίμηση της Θεοτόκου", "Assumption Day", time.August, 15),
			fixed("gr.ochi", "Επέτειος του Όχι", "Ohi Day", time.October, 28),
			fixed("gr.christougenna", "Χριστούγεννα", "Christmas Day", time.December, 25),
			fixed("gr.synaxis-theotokou", "Σύναξη της Υπεραγίας Θεοτόκου", "Second Day of Christmas", time.December, 26),
		},
	}
}
