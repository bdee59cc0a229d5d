// Package sweep runs dogmavet over large bodies of real Go code, the
// standard library and real modules from the module cache, and checks that
// it neither panics nor reports anything: none of that code is a Dogma
// application with a configuration defect, so every finding would be a false
// positive and every panic a crash a user could meet.
//
// The modules directory is a module of its own that pins the swept modules
// (configkit v0.16.0 and x/tools v0.40.0) and the dependencies their tests
// need; its go.mod came from `go get -t <module>/...@<version>`, so do not
// run `go mod tidy` there (it would drop what the tests need).
//
// The sweep takes minutes the first time and is skipped under -short; go
// vet's cache makes repeated runs with the same dogmavet binary fast.
package sweep
