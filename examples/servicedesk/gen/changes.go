package main

import (
	"bytes"
	"encoding/csv"
	"time"
)

// plannedChange is one request for the week after Now. The list is written by
// hand rather than drawn at random: each row exists to show one check of the
// change board (a conflict on the same CI, on a parent CI, the same
// implementer twice at once, a change outside its maintenance window, one
// inside the inventory freeze, one with too little notice, an emergency).
type plannedChange struct {
	ID, Type, Title, Service, CI string
	Start, End                   time.Time
	Assignee                     string
	Requested                    time.Time
	Rollback, Tested             bool
	Users                        int
	Downtime                     bool
}

func at(day, hour, minute int) time.Time { return time.Date(2026, 7, day, hour, minute, 0, 0, berlin) }
func on(month time.Month, day, hour int) time.Time {
	return time.Date(2026, month, day, hour, 0, 0, 0, berlin)
}

var plannedChanges = []plannedChange{
	{"CHG0030101", "emergency", "Firewall rule for carrier failover", "Network & VPN", "FW-EDGE-01", at(6, 12, 0), at(6, 12, 30), "j.becker", at(6, 7, 40), true, false, 900, false},
	{"CHG0030102", "standard", "Monthly Windows client patches, ring 1", "Workplace", "WS-RING1", at(7, 19, 0), at(7, 21, 0), "m.kowalski", on(time.June, 22, 10), true, true, 150, false},
	{"CHG0030103", "normal", "Telephony SBC software update", "Telephony", "SBC-01", at(7, 20, 0), at(7, 22, 0), "t.nowak", on(time.July, 1, 9), true, true, 400, true},
	{"CHG0030104", "normal", "Core switch firmware update", "Network & VPN", "CORE-SW-01", at(8, 10, 0), at(8, 11, 0), "j.becker", on(time.July, 3, 15), true, false, 900, true},
	{"CHG0030105", "standard", "VLAN for the new packing line", "Network & VPN", "ACCESS-SW-14", at(9, 18, 30), at(9, 19, 0), "j.becker", on(time.June, 29, 11), true, true, 20, false},
	{"CHG0030106", "normal", "Mail gateway certificate renewal", "E-Mail", "MAIL-GW", at(9, 22, 0), at(9, 23, 0), "s.yilmaz", on(time.June, 25, 14), true, true, 900, false},
	{"CHG0030107", "normal", "Replace scanner access points in hall 3", "Warehouse Scanning", "WLAN-HALL3", at(10, 14, 0), at(10, 16, 0), "t.nowak", on(time.June, 30, 8), false, true, 120, true},
	{"CHG0030108", "normal", "Print server migration to Windows Server 2025", "Printing", "PRINT-01", at(11, 8, 0), at(11, 12, 0), "m.kowalski", on(time.June, 24, 16), true, true, 300, true},
	{"CHG0030109", "normal", "SAP kernel upgrade 7.93", "SAP ERP", "SAP-PRD-APP", at(11, 18, 0), at(11, 22, 0), "a.schulte", on(time.June, 15, 9), true, true, 600, true},
	{"CHG0030110", "normal", "SAP HANA database revision update", "SAP ERP", "SAP-PRD-DB", at(11, 20, 0), at(11, 23, 30), "a.schulte", on(time.June, 29, 17), false, true, 600, true},
	{"CHG0030111", "standard", "Weekly SAP transport import", "SAP ERP", "SAP-PRD-APP", at(11, 21, 0), at(11, 21, 30), "d.krause", on(time.July, 2, 10), true, true, 600, false},
	{"CHG0030112", "normal", "VPN concentrator failover test", "Network & VPN", "VPN-GW-01", at(11, 22, 0), at(12, 1, 0), "j.becker", on(time.June, 26, 13), true, true, 250, true},
}

func yesno(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func changesCSV() ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"change", "type", "title", "service", "ci", "start", "end", "assignee", "requested", "rollback", "tested", "users", "downtime"})
	for _, c := range plannedChanges {
		w.Write([]string{c.ID, c.Type, c.Title, c.Service, c.CI, ts(c.Start), ts(c.End), c.Assignee, ts(c.Requested),
			yesno(c.Rollback), yesno(c.Tested), itoa(c.Users), yesno(c.Downtime)})
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

func itoa(n int) string { return itoa0(n) }
