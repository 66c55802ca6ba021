package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

func main() {
	input := flag.String("input", "../servicedesk/data/incidents*.csv", "event logs in the neutral CSV format: a file or a glob (local paths, gs://…)")
	config := flag.String("config", "../servicedesk/config.json", "configuration: zone, now, calendars, priority matrix and SLA policy (examples/servicedesk's config.json)")
	output := flag.String("output", filepath.Join(os.TempDir(), "itsm-cells"), "output prefix: writes PREFIX.csv and PREFIX.json (local path, gs://…)")
	flag.Parse()
	beam.Init()
	if err := run(context.Background(), *input, *config, *output); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}

// run checks the configuration here, before any worker starts, builds the
// pipeline and runs it on the runner of the -runner flag (Prism when
// none), then prints the pipeline's counters.
func run(ctx context.Context, input, configFile, output string) error {
	raw, err := os.ReadFile(configFile)
	if err != nil {
		return err
	}
	if _, err := NewWorld(raw); err != nil {
		return fmt.Errorf("%s: %w", configFile, err)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, string(raw), input, output)
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	if res == nil {
		return nil // a runner that only submits (Dataflow without -wait)
	}
	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "itsm" {
			counts[c.Name()] += c.Result()
		}
	}
	var names []string
	for n := range counts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-26s %d\n", n, counts[n])
	}
	fmt.Printf("wrote %s.csv and %s.json\n", output, output)
	return nil
}
