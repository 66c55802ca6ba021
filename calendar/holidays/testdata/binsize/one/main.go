// Command one is a program that uses one region, for TestBinarySize.
package main

import (
	"fmt"
	"os"

	"github.com/itsmkit/itsm/calendar/holidays"
)

func main() {
	s, err := holidays.ForRegion("DE-NW")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println(len(s.Holidays(2026)))
}
