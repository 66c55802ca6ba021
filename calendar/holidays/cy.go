package holidays

import (
	"time"

	"github.com/rickb777/date/v2"
)

// cyprus: the public holidays the Government lists each year under the
// Public Holidays Laws: the Orthodox movable feasts (Green Monday, Good
// Friday, Easter Sunday and Monday, Whit Monday/Kataklysmos) and Cyprus
// Independence Day (1 October). Easter Tuesday and Christmas Eve are
// holidays for the public service and banks only: Bank.
func cyprus() *country {
	ortho := func(id, name, nameEN string, off int) *rule {
		return newRule(id, name, nameEN, func(y int) (date.Date, bool) { return OrthodoxEaster(y) + date.Date(off), true })
	}
	return &country{
		code: "CY", name: "Κύπρος / Kıbrıs", nameEN: "Cyprus",
		rules: []*rule{
			fixed("cy.protochronia", "Πρωτοχρονιά", "New Year's Day", time.January, 1),
			fixed("cy.theofaneia", "Θεοφάνεια", "Epiphany", time.January, 6),
			ortho("cy.kathara-deftera", "Καθαρά Δευτέρα", "Green Monday", -48),
			fixed("cy.ethniki-eorti", "Ευαγγελισμός της Θεοτόκου / Εθνική Εορτή", "Greek Independence Day", time.March, 25),
			fixed("cy.ethniki-eorti-kyprou", "Εθνική Επέτειος (ΕΟΚΑ)", "Cyprus National Day", time.April, 1),
			ortho("cy.megali-paraskevi", "Μεγάλη Παρασκευή", "Orthodox Good Friday", -2),
			ortho("cy.pascha", "Κυριακή του Πάσχα", "Orthodox Easter Sunday", 0),
			ortho("cy.deftera-tou-pascha", "Δευτέρα της Διακαινησίμου", "Orthodox Easter Monday", 1),
			ortho("cy.triti-tou-pascha", "Τρίτη της Διακαινησίμου", "Orthodox Easter Tuesday", 2).category(Bank),
			fixed("cy.protomagia", "Πρωτομαγιά", "Labour Day", time.May, 1),
			ortho("cy.kataklysmos", "Κατακλυσμός (Αγίου Πνεύματος)", "Orthodox Whit Monday", 50),
			fixed("cy.koimisi-tis-theotokou", "Κοίμηση της Θεοτόκου", "Assumption Day", time.August, 15),
			fixed("cy.imera-anexartisias", "Ημέρα της Κυπριακής Ανεξαρτησίας", "Cyprus Independence Day", time.October, 1),
			fixed("cy.ochi", "Επέτειος του Όχι", "Ohi Day", time.October, 28),
			fixed("cy.paramoni-christougennon", "Παραμονή Χριστουγέννων", "Christmas Eve", time.December, 24).category(Bank),
			fixed("cy.christougenna", "Χριστούγεννα", "Christmas Day", time.December, 25),
			fixed("cy.deftera-christougennon", "Δεύτερη μέρα των Χριστουγέννων", "Second Day of Christmas", time.December, 26),
		},
	}
}
