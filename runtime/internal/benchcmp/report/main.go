// Command report reads `go test -bench` output of BenchmarkEngines from
// stdin, takes the median of each metric over the runs, and replaces the
// benchmark section of the markdown file named by -doc with a table.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"
)

const (
	begin = "<!-- bench:begin (written by runtime/internal/benchcmp/run.sh) -->\n"
	end   = "<!-- bench:end -->\n"
)

type key struct{ workload, engine string }

func main() {
	doc := flag.String("doc", "", "markdown file whose benchmark section is replaced")
	header := flag.String("header", "", "text put above the table")
	flag.Parse()
	log.SetFlags(0)

	metrics := map[key]map[string][]float64{}
	var order []key
	var env []string
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		for _, p := range []string{"goos:", "goarch:", "cpu:"} {
			if strings.HasPrefix(line, p) && !slices.Contains(env, line) {
				env = append(env, line)
			}
		}
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "BenchmarkEngines/") {
			continue
		}
		name := strings.TrimPrefix(f[0], "BenchmarkEngines/")
		if i := strings.LastIndex(name, "-"); i > 0 {
			name = name[:i] // the GOMAXPROCS suffix
		}
		parts := strings.Split(name, "/")
		if len(parts) != 2 {
			continue
		}
		k := key{parts[0], parts[1]}
		if metrics[k] == nil {
			metrics[k] = map[string][]float64{}
			order = append(order, k)
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			metrics[k][f[i+1]] = append(metrics[k][f[i+1]], v)
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	if len(order) == 0 {
		log.Fatal("report: no BenchmarkEngines results on stdin")
	}

	var b strings.Builder
	if *header != "" {
		b.WriteString(*header + "\n\n")
	}
	quoted := make([]string, len(env))
	for i, e := range env {
		quoted[i] = "`" + e + "`"
	}
	b.WriteString(strings.Join(quoted, " "))
	b.WriteString("\n\n| Workload | Engine | runs | commands/s (median) | ns/command | CPU ns/command | allocs/command | B/command | dogmavet ÷ testkit, commands/s | dogmavet ÷ testkit, CPU time |\n|---|---|---|---|---|---|---|---|---|---|\n")
	for _, k := range order {
		m := metrics[k]
		ratio, cpuRatio := "", ""
		if k.engine == "dogmavet" {
			if t := metrics[key{k.workload, "testkit"}]; t != nil {
				ratio = fmt.Sprintf("**%.1f×**", median(m["cmds/s"])/median(t["cmds/s"]))
				if c := median(m["cpu-ns/cmd"]); c > 0 {
					cpuRatio = fmt.Sprintf("%.1f×", median(t["cpu-ns/cmd"])/c)
				}
			}
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %s | %s |\n",
			k.workload, k.engine, len(m["cmds/s"]), median(m["cmds/s"]), median(m["ns/op"]),
			median(m["cpu-ns/cmd"]), median(m["allocs/op"]), median(m["B/op"]), ratio, cpuRatio)
	}

	if *doc == "" {
		fmt.Print(b.String())
		return
	}
	raw, err := os.ReadFile(*doc)
	if err != nil {
		log.Fatal(err)
	}
	s := string(raw)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		log.Fatalf("report: %s has no benchmark section markers", *doc)
	}
	s = s[:i+len(begin)] + b.String() + s[j:]
	if err := os.WriteFile(*doc, []byte(s), 0o644); err != nil {
		log.Fatal(err)
	}
}

func median(vs []float64) float64 {
	if len(vs) == 0 {
		return 0
	}
	s := slices.Clone(vs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
