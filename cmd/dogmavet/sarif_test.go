package main_test

import (
	"encoding/json"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dogmavet/dogmavet/internal/e2etest"
	"github.com/dogmavet/dogmavet/validate"
)

// sarifLog is the part of SARIF 2.1.0 the test reads, declared here rather
// than taken from internal/sarif so that the test checks the JSON names.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID               string `json:"id"`
					Name             string `json:"name"`
					ShortDescription struct {
						Text string `json:"text"`
					} `json:"shortDescription"`
					FullDescription struct {
						Text string `json:"text"`
					} `json:"fullDescription"`
					HelpURI              string `json:"helpUri"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex *int   `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations           []sarifLocation   `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			RelatedLocations    []sarifLocation   `json:"relatedLocations"`
		} `json:"results"`
	} `json:"runs"`
}

type sarifLocation struct {
	ID               *int `json:"id"`
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI       string `json:"uri"`
			URIBaseID string `json:"uriBaseId"`
		} `json:"artifactLocation"`
		Region struct {
			StartLine   int `json:"startLine"`
			StartColumn int `json:"startColumn"`
		} `json:"region"`
	} `json:"physicalLocation"`
	Message *struct {
		Text string `json:"text"`
	} `json:"message"`
}

// checkLocation checks that a location is repository-relative and has a
// start line and column.
func checkLocation(t *testing.T, what string, l sarifLocation) {
	t.Helper()
	a := l.PhysicalLocation.ArtifactLocation
	if a.URIBaseID != "%SRCROOT%" || a.URI == "" || strings.HasPrefix(a.URI, "/") || strings.Contains(a.URI, ":") {
		t.Errorf("%s: artifact location %+v is not relative to %%SRCROOT%%", what, a)
	}
	if l.PhysicalLocation.Region.StartLine < 1 || l.PhysicalLocation.Region.StartColumn < 1 {
		t.Errorf("%s: region %+v lacks a start line or column", what, l.PhysicalLocation.Region)
	}
}

func TestSARIF(t *testing.T) {
	dir := exampleDir("example-defects")
	r := dv(t, root, "sarif", "./testdata/example-defects/...")
	wantCode(t, r, 0) // findings do not fail the run: code scanning reports them
	if r.stderr != "" {
		t.Errorf("sarif wrote to standard error:\n%s", r.stderr)
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-2.1.0") || len(log.Runs) != 1 {
		t.Fatalf("not a single-run SARIF 2.1.0 log: version %q, schema %q, %d runs", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "dogmavet" {
		t.Errorf("driver name %q", run.Tool.Driver.Name)
	}

	// Every rule of the rule book is described, with its documentation.
	rules := map[string]int{}
	for i, rule := range run.Tool.Driver.Rules {
		rules[rule.ID] = i
		if rule.Name == "" || rule.ShortDescription.Text == "" || rule.FullDescription.Text == "" {
			t.Errorf("rule %s lacks a name or description", rule.ID)
		}
		if l := rule.DefaultConfiguration.Level; l != "error" && l != "warning" {
			t.Errorf("rule %s has default level %q", rule.ID, l)
		}
	}
	for _, rule := range validate.Rules() {
		i, ok := rules[string(rule.ID)]
		if !ok {
			t.Errorf("rule %s is missing", rule.ID)
			continue
		}
		if got := run.Tool.Driver.Rules[i].HelpURI; got != rule.ID.URL() {
			t.Errorf("rule %s has helpUri %q, want %q", rule.ID, got, rule.ID.URL())
		}
	}

	var got []e2etest.Finding
	fingerprints := map[string]bool{}
	for _, res := range run.Results {
		i, ok := rules[res.RuleID]
		if !ok {
			t.Errorf("result for undescribed rule %q", res.RuleID)
		} else if res.RuleIndex == nil || *res.RuleIndex != i {
			t.Errorf("result for %s has ruleIndex %v, want %d", res.RuleID, res.RuleIndex, i)
		}
		if res.Level != "error" && res.Level != "warning" {
			t.Errorf("result for %s has level %q", res.RuleID, res.Level)
		}
		if res.Message.Text == "" || len(res.Locations) != 1 {
			t.Errorf("result for %s lacks a message or has %d locations", res.RuleID, len(res.Locations))
			continue
		}
		checkLocation(t, res.RuleID, res.Locations[0])
		for _, rel := range res.RelatedLocations {
			checkLocation(t, res.RuleID+" related", rel)
			if rel.ID == nil || rel.Message == nil || rel.Message.Text == "" {
				t.Errorf("%s: related location lacks an id or message", res.RuleID)
			}
		}
		fp := res.PartialFingerprints["dogmavetLineHash/v1"]
		if fp == "" || fingerprints[fp] {
			t.Errorf("%s: missing or repeated fingerprint %q", res.RuleID, fp)
		}
		fingerprints[fp] = true

		uri, err := url.PathUnescape(res.Locations[0].PhysicalLocation.ArtifactLocation.URI)
		if err != nil {
			t.Fatal(err)
		}
		file := e2etest.Rel(t, dir, filepath.Join(root, filepath.FromSlash(uri)))
		got = append(got, e2etest.Finding{File: file, Line: res.Locations[0].PhysicalLocation.Region.StartLine, Rule: res.RuleID})
	}
	e2etest.SortFindings(got)
	wantFindings(t, got, e2etest.Defects(t, dir))
}

func TestSARIFClean(t *testing.T) {
	r := dv(t, root, "sarif", "./testdata/example/...")
	wantCode(t, r, 0)
	var log sarifLog
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	if n := len(log.Runs[0].Results); n != 0 {
		t.Errorf("clean example has %d results", n)
	}
	if !strings.Contains(r.stdout, `"results": []`) {
		t.Errorf("empty results are not written as [], which GitHub requires")
	}
}

// TestSARIFRoot checks -root: URIs are relative to it, so a SARIF file
// made in a subdirectory still points into the repository.
func TestSARIFRoot(t *testing.T) {
	r := dv(t, filepath.Join(root, "testdata"), "sarif", "-root=example-defects", "./example-defects/...")
	wantCode(t, r, 0)
	var log sarifLog
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	for _, res := range log.Runs[0].Results {
		uri := res.Locations[0].PhysicalLocation.ArtifactLocation.URI
		if strings.HasPrefix(uri, "testdata/") || strings.HasPrefix(uri, "example-defects/") {
			t.Errorf("URI %q is not relative to -root", uri)
		}
	}
	if len(log.Runs[0].Results) == 0 {
		t.Errorf("no results")
	}
}
