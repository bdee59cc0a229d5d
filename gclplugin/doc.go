// Package gclplugin makes dogmavet a golangci-lint v2 module plugin.
//
// Build a golangci-lint binary that includes it with "golangci-lint custom"
// (which clones golangci-lint's source with git) and this .custom-gcl.yml,
// whose path names a checkout of dogmavet until a release is published:
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/dogmavet/dogmavet
//	    import: github.com/dogmavet/dogmavet/gclplugin
//	    path: ../dogmavet
//
// then enable it in .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable: [dogmavet]
//	  settings:
//	    custom:
//	      dogmavet:
//	        type: module
//	        description: checks the configuration of Dogma applications
//	        settings:
//	          disable: [identity-key-canonical]
//
// The settings select rules by ID (see docs/rules.md): "enable", when
// given, lists the only rules to report; "disable" lists rules not to
// report. An unknown rule ID is an error, so that a typo does not silently
// turn a rule on or off.
//
// Each finding is one issue whose text ends with its rule ID, with its
// related positions in brackets before it: golangci-lint would otherwise
// show each related position as an issue of its own.
//
// No other package of dogmavet imports this one: only a golangci-lint build
// pulls in golangci-lint's plugin registry.
package gclplugin
