// Command base is the baseline of TestBinarySize: a program with the
// package's dependencies but without the holiday tables.
package main

import (
	"fmt"

	"github.com/rickb777/date/v2"
)

func main() {
	fmt.Println(date.New(2026, 1, 1))
}
