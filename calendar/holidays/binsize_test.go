package holidays

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The holiday tables are built by Go code (a builder call per rule), so
// every region added grows the binary of every program that uses the
// package, whatever region it asks for. Issue 16 allows a program that uses
// one region to grow by at most 1 MB over the package before the world
// regions; the package then cost 0.88 MB over its dependencies (a program
// asking DE-NW: 3,806,155 bytes, built at commit 188f30b, against a program
// with the same dependencies and no tables, 2,927,863 bytes, go1.26
// linux/amd64). So the whole package may cost 1.88 MB.
const maxPackageBytes = 880_000 + 1_000_000

// TestBinarySize builds a program that uses one region and one with the
// same dependencies but no holidays, and checks the difference.
func TestBinarySize(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two programs")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	dir := t.TempDir()
	size := func(pkg string) int64 {
		out := filepath.Join(dir, filepath.Base(pkg))
		cmd := exec.Command(goTool, "build", "-o", out, pkg)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", pkg, err, b)
		}
		fi, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	base, one := size("./testdata/binsize/base"), size("./testdata/binsize/one")
	t.Logf("one region: %d bytes, without the package: %d bytes, the package: %d bytes (budget %d)", one, base, one-base, maxPackageBytes)
	if one-base > maxPackageBytes {
		t.Errorf("the package adds %d bytes to a program that uses one region; the budget is %d", one-base, maxPackageBytes)
	}
}
