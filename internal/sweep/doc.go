// Package sweep runs dogmavet over large bodies of real Go code, the
// standard library and real modules from the module cache, and checks that
// it neither panics nor reports anything: none of that code is a Dogma
// application with a configuration defect, so every finding would be a false
// positive and every panic a crash a user could meet.
//
// The modules directory is a module of its own that pins the swept modules
// (configkit v0.16.0, testkit v0.18.1, projectionkit v0.7.5, enginekit
// v0.16.2 and x/tools v0.40.0) and the dependencies their tests need; its
// go.mod came from `go get -t <module>/...@<version>`, so do not run
// `go mod tidy` there (it would drop what the tests need).
//
// The sweep takes several minutes on two cores, so go test ./... skips it;
// .ci/run runs it with DOGMAVET_LONG_TESTS=1.
// dogmavet itself stops after loading packages that do not import dogma, so
// the suite is also driven in-process over std and x/tools, where every
// analyzer meets every package as it would under go vet.
package sweep
