package cputime

import (
	"runtime"
	"testing"
	"time"
)

func TestProcessAdvances(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("process CPU time is not reported on " + runtime.GOOS)
	}
	before := Process()
	deadline := time.Now().Add(50 * time.Millisecond)
	n := 0
	for time.Now().Before(deadline) {
		n++
	}
	if after := Process(); after <= before {
		t.Errorf("CPU time did not advance over %d busy iterations: %v then %v", n, before, after)
	}
}
