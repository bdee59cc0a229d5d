//go:build amd64 || arm64

package runtime

// curg returns the address of the calling goroutine's runtime descriptor. It
// is unique among live goroutines, which is all the engine needs: it tells
// whether the goroutine calling a method is the one running the engine's
// current operation, that is, a handler calling back into its own engine.
// Asking the runtime for a goroutine ID costs microseconds; this costs a
// nanosecond, so every operation can afford to note it.
func curg() uintptr
